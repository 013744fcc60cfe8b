/**
 * The plan calendar: which dates are study days, and which plan day each date holds.
 * Plan day N is the Nth study day since the start date; a study day is neither a rest day
 * (by the rest-day rule in force on that date; before the first rule there are none) nor
 * inside a pause, unless the learner chose
 * to study anyway. Rules carry the date they apply from, so the past is never renumbered.
 * Pure and small: the start-up path uses it too.
 */
import { fromDayNumber, type LocalDate, toDayNumber, weekdayOfDayNumber } from './date';
import type { PauseRecord, ProfileRecord, RestDayRule, Weekday } from './model/records';

/** What the calendar reads; a profile without `scheduleRules` has its `restDays` from the start. */
export type CalendarProfile = Pick<ProfileRecord, 'startDate'> &
  Partial<Pick<ProfileRecord, 'restDays' | 'scheduleRules' | 'pauses' | 'studyAnywayDates'>>;

/** The rest-day history: the stored rules, or the weekly rest days from the start date. */
export function rulesOf(profile: CalendarProfile): readonly RestDayRule[] {
  return profile.scheduleRules ?? [{ from: profile.startDate, restDays: profile.restDays ?? [] }];
}

export interface PlanCalendar {
  readonly startDate: LocalDate;
  isStudyDay(date: LocalDate): boolean;
  /** Study days from the start up to, not including, `date` (0 on and before the start). */
  studyDaysBefore(date: LocalDate): number;
  /** The date of plan day `day` (1-based), or null when no such study day will ever come. */
  dateOfPlanDay(day: number): LocalDate | null;
  /** The pause `date` lies in, or null (also on a "Study anyway" date). */
  pauseOn(date: LocalDate): PauseRecord | null;
}

/** A stretch of days with one weekly pattern; `hi` is Infinity for the last one. */
interface Span {
  readonly lo: number;
  readonly hi: number;
  /** Study weekdays, indexed 0 = Sunday. */
  readonly study: readonly boolean[];
  readonly perWeek: number;
  /** Study days before this span, from the start. */
  readonly before: number;
}

const ALL_STUDY: readonly boolean[] = [true, true, true, true, true, true, true];
const NONE: readonly boolean[] = [false, false, false, false, false, false, false];

/** The rest days in force on `dayNumber`: the last rule from on or before it, or none. */
export function restDaysOn(
  rules: readonly RestDayRule[] | undefined,
  dayNumber: number,
): readonly Weekday[] {
  let found: readonly Weekday[] = [];
  for (const rule of rules ?? []) if (toDayNumber(rule.from) <= dayNumber) found = rule.restDays;
  return found;
}

function countIn(lo: number, hi: number, study: readonly boolean[], perWeek: number): number {
  if (hi < lo) return 0;
  const length = hi - lo + 1;
  const weeks = Math.floor(length / 7);
  let count = weeks * perWeek;
  for (let day = lo + weeks * 7; day <= hi; day++) if (study[weekdayOfDayNumber(day)]) count++;
  return count;
}

export function planCalendar(profile: CalendarProfile): PlanCalendar {
  const start = toDayNumber(profile.startDate);
  const rules = [...rulesOf(profile)].sort((a, b) => toDayNumber(a.from) - toDayNumber(b.from));
  const pauses = (profile.pauses ?? []).map((pause) => ({
    pause,
    lo: toDayNumber(pause.from),
    hi: pause.until === null ? Number.POSITIVE_INFINITY : toDayNumber(pause.until),
  }));
  const anyway = new Set((profile.studyAnywayDates ?? []).map(toDayNumber));
  const pauseAt = (day: number) => pauses.find((entry) => entry.lo <= day && day <= entry.hi);
  const patternAt = (day: number): readonly boolean[] => {
    if (anyway.has(day)) return ALL_STUDY;
    if (pauseAt(day)) return NONE;
    const rest = restDaysOn(rules, day);
    return ALL_STUDY.map((_, weekday) => !rest.includes(weekday as Weekday));
  };

  const edges = new Set<number>([start]);
  for (const rule of rules) edges.add(toDayNumber(rule.from));
  for (const { lo, hi } of pauses) edges.add(lo).add(hi + 1);
  for (const day of anyway) edges.add(day).add(day + 1);
  const starts = [...edges].filter((day) => day >= start && Number.isFinite(day));
  starts.sort((a, b) => a - b);
  const spans: Span[] = [];
  let before = 0;
  starts.forEach((lo, index) => {
    const hi = (starts[index + 1] ?? Number.POSITIVE_INFINITY) - 1;
    const study = patternAt(lo);
    const perWeek = study.filter(Boolean).length;
    spans.push({ lo, hi, study, perWeek, before });
    if (Number.isFinite(hi)) before += countIn(lo, hi, study, perWeek);
  });

  const isStudyDay = (date: LocalDate) => {
    const day = toDayNumber(date);
    return patternAt(day)[weekdayOfDayNumber(day)] === true;
  };

  const studyDaysBefore = (date: LocalDate) => {
    const last = toDayNumber(date) - 1;
    if (last < start) return 0;
    const span = spans.findLast((candidate) => candidate.lo <= last);
    return span ? span.before + countIn(span.lo, last, span.study, span.perWeek) : 0;
  };

  const dateOfPlanDay = (planDay: number): LocalDate | null => {
    if (!Number.isInteger(planDay) || planDay < 1) return null;
    for (const span of spans) {
      const inSpan = Number.isFinite(span.hi)
        ? countIn(span.lo, span.hi, span.study, span.perWeek)
        : span.perWeek > 0
          ? Number.POSITIVE_INFINITY
          : 0;
      if (span.before + inSpan < planDay) continue;
      let left = planDay - span.before;
      const weeks = Math.floor((left - 1) / span.perWeek);
      left -= weeks * span.perWeek;
      for (let day = span.lo + weeks * 7; ; day++) {
        if (span.study[weekdayOfDayNumber(day)]) left--;
        if (left === 0) return fromDayNumber(day);
      }
    }
    return null;
  };

  const pauseOn = (date: LocalDate) => {
    const day = toDayNumber(date);
    return anyway.has(day) ? null : (pauseAt(day)?.pause ?? null);
  };

  return { startDate: profile.startDate, isStudyDay, studyDaysBefore, dateOfPlanDay, pauseOn };
}

/**
 * A profile stored before the plan calendar (no `scheduleRules`) gets its rest days from
 * `from` on: they did not move the plan before, so no day already lived is renumbered.
 * The Dexie v4 upgrade and the import of older backups both use it; a profile that has
 * rules is returned as it is.
 */
export function withScheduleRules<T extends Pick<ProfileRecord, 'restDays' | 'scheduleRules'>>(
  profile: T,
  from: LocalDate,
): T {
  if (profile.scheduleRules !== undefined) return profile;
  const scheduleRules: RestDayRule[] =
    profile.restDays.length > 0 ? [{ from, restDays: [...profile.restDays] }] : [];
  return { ...profile, scheduleRules };
}

// ---- rule changes: each applies from `today` on and keeps the past as it was ----

type SchedulePatch = Pick<ProfileRecord, 'restDays' | 'scheduleRules'>;

/** New rest days from `today` on: earlier rules stay, one from today replaces any later ones. */
export function restDaysFromToday(
  profile: CalendarProfile,
  restDays: readonly Weekday[],
  today: LocalDate,
): SchedulePatch {
  const day = toDayNumber(today);
  const kept = rulesOf(profile).filter((rule) => toDayNumber(rule.from) < day);
  const same = (a: readonly Weekday[], b: readonly Weekday[]) =>
    a.length === b.length && a.every((weekday) => b.includes(weekday));
  const scheduleRules = same(restDaysOn(kept, day), restDays)
    ? kept
    : [...kept, { from: today, restDays: [...restDays] }];
  return { restDays: [...restDays], scheduleRules };
}

/** A pause added to the list; one that would begin in the past begins today instead. */
export function pauseAdded(
  profile: Pick<ProfileRecord, 'pauses'>,
  from: LocalDate,
  until: LocalDate | null,
  today: LocalDate,
): Pick<ProfileRecord, 'pauses'> {
  const begins = toDayNumber(from) < toDayNumber(today) ? today : from;
  return { pauses: [...(profile.pauses ?? []), { from: begins, until }] };
}

/**
 * Resumes today: a pause that began before today ends yesterday; one that begins today or
 * later is dropped when `dropUpcoming`, else kept. Pauses that ended already stay as lived.
 */
export function pausesResumedOn(
  profile: Pick<ProfileRecord, 'pauses'>,
  today: LocalDate,
  dropUpcoming = false,
): Pick<ProfileRecord, 'pauses'> {
  const day = toDayNumber(today);
  const pauses = (profile.pauses ?? []).flatMap((pause): PauseRecord[] => {
    const lo = toDayNumber(pause.from);
    const hi = pause.until === null ? Number.POSITIVE_INFINITY : toDayNumber(pause.until);
    if (hi < day) return [pause];
    if (lo >= day) return lo === day || dropUpcoming ? [] : [pause];
    return [{ from: pause.from, until: fromDayNumber(day - 1) }];
  });
  return { pauses };
}

/** An upcoming pause (beginning after today) taken off the list; lived ones cannot be. */
export function pauseRemoved(
  profile: Pick<ProfileRecord, 'pauses'>,
  pause: PauseRecord,
  today: LocalDate,
): Pick<ProfileRecord, 'pauses'> {
  const day = toDayNumber(today);
  return {
    pauses: (profile.pauses ?? []).filter(
      (entry) =>
        toDayNumber(entry.from) <= day || entry.from !== pause.from || entry.until !== pause.until,
    ),
  };
}

/** `today` made a study day although it is a rest day or paused. */
export function studyAnywayOn(
  profile: Pick<ProfileRecord, 'studyAnywayDates'>,
  today: LocalDate,
): Pick<ProfileRecord, 'studyAnywayDates'> {
  const dates = profile.studyAnywayDates ?? [];
  return { studyAnywayDates: dates.includes(today) ? [...dates] : [...dates, today] };
}
