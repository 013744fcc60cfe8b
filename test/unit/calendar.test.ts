import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarProfile,
  pauseAdded,
  pausesResumedOn,
  planCalendar,
  restDaysFromToday,
  studyAnywayOn,
} from '../../utils/calendar';
import { addDays, fromDayNumber, type LocalDate, toDayNumber } from '../../utils/date';
import { WEEKDAYS } from '../../utils/model/ids';
import { localDate } from '../../utils/model/local-date';
import type { PauseRecord, RestDayRule, Weekday } from '../../utils/model/records';

const MONDAY = localDate('2026-11-30');
const SAT_SUN: Weekday[] = [0, 6];

const dateArb = fc
  .integer({ min: toDayNumber(localDate('2020-01-01')), max: toDayNumber(localDate('2030-12-31')) })
  .map(fromDayNumber);
const restArb = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { maxLength: 7 }),
  fc.constant<Weekday[]>([0, 1, 2, 3, 4, 5, 6]),
);
/** A profile with rules, pauses and "study anyway" dates around its start. */
const profileArb: fc.Arbitrary<CalendarProfile> = dateArb.chain((startDate) => {
  const near = fc.integer({ min: -30, max: 200 }).map((shift) => addDays(startDate, shift));
  const rule: fc.Arbitrary<RestDayRule> = fc.record({ from: near, restDays: restArb });
  const pause: fc.Arbitrary<PauseRecord> = fc
    .tuple(near, fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }))
    .map(([from, length]) => ({ from, until: length === null ? null : addDays(from, length) }));
  return fc.record({
    startDate: fc.constant(startDate),
    restDays: restArb,
    scheduleRules: fc.option(fc.array(rule, { maxLength: 4 }), { nil: undefined }),
    pauses: fc.array(pause, { maxLength: 3 }),
    studyAnywayDates: fc.array(near, { maxLength: 5 }),
  });
});

/** Walks day by day: the slow, obvious count the calendar must agree with. */
function studyDatesByWalking(profile: CalendarProfile, days: number): LocalDate[] {
  const calendar = planCalendar(profile);
  const dates: LocalDate[] = [];
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(profile.startDate, offset);
    if (calendar.isStudyDay(date)) dates.push(date);
  }
  return dates;
}

describe('the plan calendar', () => {
  it('counts only study days: weekends off make Saturday wait and Monday day 6', () => {
    const profile = { startDate: MONDAY, scheduleRules: [{ from: MONDAY, restDays: SAT_SUN }] };
    const calendar = planCalendar(profile);
    expect(calendar.studyDaysBefore(addDays(MONDAY, 5)) + 1).toBe(6); // Saturday waits for day 6
    expect(calendar.isStudyDay(addDays(MONDAY, 5))).toBe(false);
    expect(calendar.dateOfPlanDay(6)).toBe(addDays(MONDAY, 7)); // the Monday after
    expect(calendar.studyDaysBefore(addDays(MONDAY, 7)) + 1).toBe(6);
  });

  it('gives every study day exactly one plan day, none skipped or repeated', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const calendar = planCalendar(profile);
        const walked = studyDatesByWalking(profile, 400);
        walked.forEach((date, index) => {
          expect(calendar.studyDaysBefore(date)).toBe(index);
          expect(calendar.dateOfPlanDay(index + 1)).toBe(date);
        });
        // A day that is not a study day holds the number of the next one.
        for (let offset = 0; offset < 400; offset += 7) {
          const date = addDays(profile.startDate, offset);
          const before = walked.filter((studied) => studied < date).length;
          expect(calendar.studyDaysBefore(date)).toBe(before);
        }
      }),
      { numRuns: 150, seed: 1207 },
    );
  });

  it('with every weekday a rest day from some date on, later plan days have no date', () => {
    const rules = [{ from: addDays(MONDAY, 3), restDays: [0, 1, 2, 3, 4, 5, 6] as Weekday[] }];
    const calendar = planCalendar({ startDate: MONDAY, scheduleRules: rules });
    expect(calendar.dateOfPlanDay(3)).toBe(addDays(MONDAY, 2));
    expect(calendar.dateOfPlanDay(4)).toBeNull();
    expect(calendar.studyDaysBefore(addDays(MONDAY, 300))).toBe(3);
  });

  it('changing rest days, pausing or resuming today never renumbers a past date', () => {
    const change = fc.oneof(
      restArb.map((rest) => (p: CalendarProfile, today: LocalDate) => ({
        ...p,
        ...restDaysFromToday(p, rest, today),
      })),
      fc
        .tuple(fc.integer({ min: -10, max: 30 }), fc.option(fc.nat(20), { nil: null }))
        .map(([shift, length]) => (p: CalendarProfile, today: LocalDate) => {
          const from = addDays(today, shift);
          return {
            ...p,
            ...pauseAdded(p, from, length === null ? null : addDays(from, length), today),
          };
        }),
      fc.constant((p: CalendarProfile, today: LocalDate) => ({
        ...p,
        ...pausesResumedOn(p, today),
      })),
      fc.constant((p: CalendarProfile, today: LocalDate) => ({ ...p, ...studyAnywayOn(p, today) })),
    );
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 0, max: 150 }), change, (profile, shift, apply) => {
        const today = addDays(profile.startDate, shift);
        const before = planCalendar(profile);
        const after = planCalendar(apply(profile, today));
        for (let back = 1; back <= shift + 5; back++) {
          const past = addDays(today, -back);
          expect(after.isStudyDay(past)).toBe(before.isStudyDay(past));
          expect(after.studyDaysBefore(past)).toBe(before.studyDaysBefore(past));
        }
        // Today itself: what was lived before today is unchanged.
        expect(after.studyDaysBefore(today)).toBe(before.studyDaysBefore(today));
      }),
      { numRuns: 300, seed: 2026 },
    );
  });

  it('reads a profile without rules as its rest days from the start', () => {
    const legacy = planCalendar({ startDate: MONDAY, restDays: SAT_SUN });
    expect(legacy.dateOfPlanDay(6)).toBe(addDays(MONDAY, 7));
    expect(planCalendar({ startDate: MONDAY }).dateOfPlanDay(6)).toBe(addDays(MONDAY, 5));
  });

  it('a pause holds the day; "Study anyway" makes one date a study day', () => {
    const pauses = [{ from: addDays(MONDAY, 2), until: addDays(MONDAY, 8) }];
    const calendar = planCalendar({ startDate: MONDAY, pauses });
    expect(calendar.pauseOn(addDays(MONDAY, 4))).toEqual(pauses[0]);
    expect(calendar.dateOfPlanDay(3)).toBe(addDays(MONDAY, 9));
    const anyway = planCalendar({
      startDate: MONDAY,
      pauses,
      studyAnywayDates: [addDays(MONDAY, 4)],
    });
    expect(anyway.pauseOn(addDays(MONDAY, 4))).toBeNull();
    expect(anyway.dateOfPlanDay(3)).toBe(addDays(MONDAY, 4));
  });

  it('resuming ends a running pause yesterday and drops one that began today', () => {
    const today = addDays(MONDAY, 3);
    const running = { from: MONDAY, until: null };
    const fromToday = { from: today, until: addDays(today, 4) };
    const later = { from: addDays(today, 10), until: addDays(today, 12) };
    expect(pausesResumedOn({ pauses: [running, fromToday, later] }, today).pauses).toEqual([
      { from: MONDAY, until: addDays(today, -1) },
      later,
    ]);
    expect(pauseAdded({ pauses: [] }, addDays(today, -2), null, today).pauses).toEqual([
      { from: today, until: null },
    ]);
  });
});
