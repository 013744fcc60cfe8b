import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCalendar } from '../../utils/calendar';
import type { Phase, Plan, PlanDay } from '../../utils/curriculum/types';
import {
  addDays,
  daysBetween,
  fromDayNumber,
  type LocalDate,
  localDateOf,
  toDayNumber,
} from '../../utils/date';
import { msUntilNextLocalMidnight } from '../../utils/midnight';
import { localDate } from '../../utils/model/local-date';
import {
  firstUnfinishedDay,
  isDayComplete,
  phaseProgress,
  planProgress,
} from '../../utils/progress';
import { dayOfPlan, planState } from '../../utils/schedule';
import { rescheduleStartDate, scheduleStatus } from '../../utils/schedule-status';

/** The calendar of a profile from before rest-day rules: every day a study day. */
const cal = (startDate: LocalDate) => ({ startDate });
const stateAt = (plan: Plan, start: LocalDate, on: LocalDate) => planState(plan, cal(start), on);
const statusAt = (plan: Plan, start: LocalDate, on: LocalDate, resolved: ReadonlySet<string>) =>
  scheduleStatus(plan, stateAt(plan, start, on), resolved);
const dateAt = (start: LocalDate, day: number) => planCalendar(cal(start)).dateOfPlanDay(day);

/** A plan with the given phase lengths and `itemsPerDay` items on every day. */
function syntheticPlan(phaseLengths: readonly number[], itemsPerDay = 2): Plan {
  let firstDay = 1;
  const phases: Phase[] = phaseLengths.map((length, index) => {
    const id = `p-test-${index}`;
    const days: PlanDay[] = Array.from({ length }, (_, offset) => ({
      day: firstDay + offset,
      title: `Day ${firstDay + offset}`,
      items: Array.from({ length: itemsPerDay }, (_, n) => ({
        id: `${id}.d${offset + 1}.${n + 1}`,
        text: `Task ${n + 1}`,
      })),
      retired: [],
    }));
    const phase: Phase = {
      id,
      firstDay,
      lastDay: firstDay + length - 1,
      focus: `Focus ${index}`,
      goal: { text: 'Learn' },
      topics: ['fundamentals'],
      days,
    };
    firstDay += length;
    return phase;
  });
  return {
    id: 'plan-20',
    lengthDays: firstDay - 1,
    dailyMinutes: { min: 60, max: 180 },
    title: 'Test plan',
    summary: 'Synthetic',
    phases,
  };
}

const allDays = (plan: Plan): PlanDay[] => plan.phases.flatMap((phase) => phase.days);
const itemsOfDays = (plan: Plan, days: readonly number[]): Set<string> =>
  new Set(
    allDays(plan)
      .filter((planDay) => days.includes(planDay.day))
      .flatMap((planDay) => planDay.items.map((item) => item.id)),
  );
const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);

const PLAN = syntheticPlan([3, 4, 3]); // days 1-3, 4-7, 8-10
const START = localDate('2024-03-08');

const planArb = fc
  .array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 })
  .map((lengths) => syntheticPlan(lengths));
const dateArb = fc
  .integer({ min: toDayNumber(localDate('1999-01-01')), max: toDayNumber(localDate('2101-12-31')) })
  .map(fromDayNumber);
/** A plan with a random subset of its items resolved. */
const planWithProgress = planArb.chain((plan) => {
  const ids = allDays(plan).flatMap((planDay) => planDay.items.map((item) => item.id));
  return fc
    .subarray(ids)
    .map((resolved) => ({ plan, resolved: new Set<string>(resolved) as ReadonlySet<string> }));
});
/** A plan whose first `done` days are finished and whose later items are random. */
const planWithPrefixDone = planArb.chain((plan) =>
  fc.integer({ min: 0, max: plan.lengthDays }).chain((done) => {
    const later = allDays(plan)
      .filter((planDay) => planDay.day > done + 1)
      .flatMap((planDay) => planDay.items.map((item) => item.id));
    return fc.subarray(later).map((extra) => ({
      plan,
      done,
      resolved: new Set([...itemsOfDays(plan, range(1, done)), ...extra]) as ReadonlySet<string>,
    }));
  }),
);

describe('day of plan', () => {
  it('is 1 on the start date and counts calendar days', () => {
    expect(dayOfPlan(cal(START), START)).toBe(1);
    expect(dayOfPlan(cal(START), localDate('2024-03-07'))).toBe(0);
    expect(dayOfPlan(cal(START), localDate('2024-03-01'))).toBe(-6);
    expect(dayOfPlan(cal(localDate('2024-02-28')), localDate('2024-03-01'))).toBe(3); // leap day in between
    expect(dayOfPlan(cal(localDate('2100-02-28')), localDate('2100-03-01'))).toBe(2);
    expect(dayOfPlan(cal(localDate('2023-12-30')), localDate('2024-01-02'))).toBe(4);
    expect(dateAt(localDate('2024-02-28'), 2)).toBe(localDate('2024-02-29'));
  });

  it('dateOfPlanDay inverts dayOfPlan', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 400 }), (start, day) => {
        const date = dateAt(start, day);
        if (!date) throw new Error('every day is a study day here');
        expect(dayOfPlan(cal(start), date)).toBe(day);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  const DST_CASES: ReadonlyArray<[string, LocalDate]> = [
    ['America/New_York', localDate('2024-03-05')],
    ['America/New_York', localDate('2024-10-30')],
    ['Europe/London', localDate('2024-03-28')],
    ['Europe/London', localDate('2024-10-24')],
    ['Australia/Sydney', localDate('2024-04-03')],
    ['Australia/Sydney', localDate('2024-10-02')],
    ['America/Santiago', localDate('2024-04-03')],
    ['America/Santiago', localDate('2024-09-05')],
    ['Australia/Lord_Howe', localDate('2024-10-02')],
    ['America/Havana', localDate('2024-03-07')],
    ['Pacific/Kiritimati', localDate('2024-12-29')],
    ['Pacific/Pago_Pago', localDate('2024-02-27')],
  ];

  it.each(DST_CASES)('steps by exactly 1 at each local midnight in %s from %s', (zone, start) => {
    // Begin at noon UTC the day before the start and cross 10 local midnights.
    let at = toDayNumber(addDays(start, -1)) * 86_400_000 + 12 * 3_600_000;
    let day = dayOfPlan(cal(start), localDateOf(at, zone));
    for (let step = 0; step < 10; step++) {
      const wait = msUntilNextLocalMidnight(at, zone);
      // Just before midnight the day is unchanged; at midnight it is one more.
      expect(dayOfPlan(cal(start), localDateOf(at + wait - 1, zone))).toBe(day);
      at += wait;
      const next = dayOfPlan(cal(start), localDateOf(at, zone));
      expect(next).toBe(day + 1);
      day = next;
    }
  });
});

describe('planState', () => {
  it('counts down before the start and previews day 1', () => {
    const state = stateAt(PLAN, START, localDate('2024-03-05'));
    expect(state).toMatchObject({ kind: 'not-started', daysUntilStart: 3, startDate: START });
    if (state.kind !== 'not-started') throw new Error('unreachable');
    expect(state.preview.day).toBe(1);
    expect(state.phase.id).toBe('p-test-0');
  });

  it('gives the day, its phase and its checklist while active', () => {
    const state = stateAt(PLAN, START, localDate('2024-03-11'));
    expect(state).toMatchObject({ kind: 'active', day: 4, date: localDate('2024-03-11') });
    if (state.kind !== 'active') throw new Error('unreachable');
    expect(state.phase.id).toBe('p-test-1');
    expect(state.planDay.items[0]?.id).toBe('p-test-1.d1.1');
  });

  it('reports a finished plan with its end date', () => {
    expect(stateAt(PLAN, START, localDate('2024-03-17'))).toMatchObject({
      kind: 'active',
      day: 10,
    });
    expect(stateAt(PLAN, START, localDate('2024-03-20'))).toEqual({
      kind: 'ended',
      endedOn: localDate('2024-03-17'),
      daysSinceEnd: 3,
    });
  });

  it('agrees with dayOfPlan for any start and today', () => {
    fc.assert(
      fc.property(planArb, dateArb, fc.integer({ min: -60, max: 60 }), (plan, start, shift) => {
        const todayDate = addDays(start, shift);
        const day = dayOfPlan(cal(start), todayDate);
        const state = stateAt(plan, start, todayDate);
        if (day < 1) {
          expect(state).toMatchObject({ kind: 'not-started', daysUntilStart: 1 - day });
        } else if (day > plan.lengthDays) {
          expect(state).toMatchObject({ kind: 'ended', daysSinceEnd: day - plan.lengthDays });
          if (state.kind === 'ended') {
            expect(daysBetween(state.endedOn, todayDate)).toBe(state.daysSinceEnd);
          }
        } else {
          expect(state.kind).toBe('active');
          if (state.kind !== 'active') return;
          expect(state.planDay.day).toBe(day);
          expect(state.phase.firstDay <= day && day <= state.phase.lastDay).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a plan whose phases do not cover its days', () => {
    const broken: Plan = { ...PLAN, phases: [] };
    expect(() => stateAt(broken, START, START)).toThrow(RangeError);
    const missingDay: Plan = {
      ...PLAN,
      phases: PLAN.phases.map((phase) => ({ ...phase, days: [] })),
    };
    expect(() => stateAt(missingDay, START, START)).toThrow(RangeError);
  });
});

describe('progress', () => {
  it('counts items and complete days per plan and phase', () => {
    const resolved = new Set([...itemsOfDays(PLAN, [1, 2]), 'p-test-0.d3.1', 'p-test-1.d1.2']);
    expect(planProgress(PLAN, resolved)).toEqual({
      resolvedItems: 6,
      totalItems: 20,
      fraction: 0.3,
      completedDays: 2,
    });
    const [first, second] = PLAN.phases;
    if (!first || !second) throw new Error('fixture');
    expect(phaseProgress(first, resolved)).toMatchObject({ resolvedItems: 5, completedDays: 2 });
    expect(phaseProgress(second, resolved)).toMatchObject({ resolvedItems: 1, completedDays: 0 });
    expect(isDayComplete(first.days[2] as PlanDay, resolved)).toBe(false);
    expect(isDayComplete({ day: 1, title: 'empty', items: [], retired: [] }, resolved)).toBe(true);
    expect(planProgress(syntheticPlan([2], 0), resolved).fraction).toBe(0);
  });

  it('ignores resolved ids that are not in the plan', () => {
    expect(planProgress(PLAN, new Set(['elsewhere.d1.1'])).resolvedItems).toBe(0);
  });

  it('phase progress sums to plan progress, fraction in [0, 1]', () => {
    fc.assert(
      fc.property(planWithProgress, ({ plan, resolved }) => {
        const whole = planProgress(plan, resolved);
        const parts = plan.phases.map((phase) => phaseProgress(phase, resolved));
        expect(parts.reduce((sum, part) => sum + part.resolvedItems, 0)).toBe(whole.resolvedItems);
        expect(parts.reduce((sum, part) => sum + part.completedDays, 0)).toBe(whole.completedDays);
        expect(whole.resolvedItems).toBe(resolved.size);
        expect(whole.fraction).toBeGreaterThanOrEqual(0);
        expect(whole.fraction).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('firstUnfinishedDay is the earliest incomplete day, null when all is done', () => {
    expect(firstUnfinishedDay(PLAN, new Set())).toBe(1);
    expect(firstUnfinishedDay(PLAN, itemsOfDays(PLAN, [1, 2, 4]))).toBe(3);
    expect(firstUnfinishedDay(PLAN, itemsOfDays(PLAN, range(1, 10)))).toBeNull();
    fc.assert(
      fc.property(planWithProgress, ({ plan, resolved }) => {
        const first = firstUnfinishedDay(plan, resolved);
        const incomplete = allDays(plan).filter((planDay) => !isDayComplete(planDay, resolved));
        expect(first).toBe(incomplete[0]?.day ?? null);
      }),
      { numRuns: 200 },
    );
  });
});

describe('scheduleStatus', () => {
  const status = (todayDate: LocalDate, doneDays: readonly number[]) =>
    statusAt(PLAN, START, todayDate, itemsOfDays(PLAN, doneDays));

  it('is on track when everything before today is done', () => {
    expect(status(localDate('2024-03-10'), [1, 2])).toEqual({ kind: 'on-track' }); // day 3 open
    expect(status(localDate('2024-03-10'), [1, 2, 3])).toEqual({ kind: 'on-track' }); // today done too
  });

  it('is behind by the days from the first unfinished day to today', () => {
    expect(status(localDate('2024-03-10'), [1])).toEqual({
      kind: 'behind',
      days: 1,
      firstUnfinishedDay: 2,
    });
    expect(status(localDate('2024-03-12'), [2, 3, 4])).toEqual({
      kind: 'behind',
      days: 4,
      firstUnfinishedDay: 1,
    });
  });

  it('is ahead by the finished days after today', () => {
    expect(status(localDate('2024-03-09'), [1, 2, 3, 4])).toEqual({ kind: 'ahead', days: 2 });
    expect(status(localDate('2024-03-09'), [1, 2, 3, 5])).toEqual({ kind: 'ahead', days: 1 });
  });

  it('before the start: days done in advance are ahead, nothing done is on track', () => {
    expect(status(localDate('2024-03-01'), [])).toEqual({ kind: 'on-track' });
    expect(status(localDate('2024-03-01'), [1, 2])).toEqual({ kind: 'ahead', days: 2 });
    expect(status(localDate('2024-03-01'), range(1, 10))).toEqual({ kind: 'ahead', days: 10 });
  });

  it("after the end: open items mean time's up, a plan with none is finished", () => {
    expect(status(localDate('2024-04-30'), range(1, 8))).toEqual({
      kind: 'time-up',
      openItems: 4,
      firstUnfinishedDay: 9,
    });
    expect(status(localDate('2024-04-30'), range(1, 10))).toEqual({ kind: 'finished' });
    expect(status(localDate('2024-03-17'), range(1, 10))).toEqual({ kind: 'on-track' }); // last day, all done
  });

  it('behind days never exceed the days scheduled so far', () => {
    fc.assert(
      fc.property(planWithProgress, dateArb, fc.integer({ min: -30, max: 90 }), (p, s, shift) => {
        const result = statusAt(p.plan, s, addDays(s, shift), p.resolved);
        const scheduledBeforeToday = Math.min(Math.max(shift, 0), p.plan.lengthDays);
        if (result.kind === 'behind') {
          expect(result.days).toBeGreaterThan(0);
          expect(result.days).toBeLessThanOrEqual(scheduledBeforeToday);
          expect(result.firstUnfinishedDay).toBe(firstUnfinishedDay(p.plan, p.resolved));
        } else if (result.kind === 'ahead') {
          expect(result.days).toBeGreaterThan(0);
          expect(result.days).toBeLessThanOrEqual(p.plan.lengthDays);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('rescheduleStartDate', () => {
  it('makes today the first unfinished day', () => {
    const resolved = itemsOfDays(PLAN, [1, 2, 3]);
    const newStart = rescheduleStartDate(PLAN, cal(START), localDate('2024-03-20'), resolved);
    expect(newStart).toBe(localDate('2024-03-17'));
    expect(stateAt(PLAN, newStart, localDate('2024-03-20'))).toMatchObject({
      kind: 'active',
      day: 4,
    });
    expect(statusAt(PLAN, newStart, localDate('2024-03-20'), resolved)).toEqual({
      kind: 'on-track',
    });
  });

  it('with everything done, ends the plan yesterday', () => {
    const newStart = rescheduleStartDate(
      PLAN,
      cal(START),
      localDate('2024-05-01'),
      itemsOfDays(PLAN, range(1, 10)),
    );
    expect(stateAt(PLAN, newStart, localDate('2024-05-01'))).toEqual({
      kind: 'ended',
      endedOn: localDate('2024-04-30'),
      daysSinceEnd: 1,
    });
  });

  it('is never behind afterwards, and keeps done days done', () => {
    fc.assert(
      fc.property(planWithPrefixDone, dateArb, ({ plan, done, resolved }, todayDate) => {
        const newStart = rescheduleStartDate(plan, cal(START), todayDate, resolved);
        const first = firstUnfinishedDay(plan, resolved);
        expect(first === null ? plan.lengthDays + 1 : first).toBe(done + 1);
        expect(dayOfPlan(cal(newStart), todayDate)).toBe(done + 1);
        expect(statusAt(plan, newStart, todayDate, resolved).kind).not.toBe('behind');
        expect(planProgress(plan, resolved).completedDays).toBeGreaterThanOrEqual(done);
      }),
      { numRuns: 300 },
    );
  });
});
