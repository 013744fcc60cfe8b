/**
 * Is a typed start date one a plan can use? Pure rules behind the start-date field in
 * onboarding and in Options: hard limits the date input also carries (`min`/`max`), and
 * dates that are real but probably a slip (the plan would be over already, or it starts
 * more than a year from now), which the learner confirms in words.
 */
import { planCalendar } from './calendar';
import { addDays, compareLocalDates, daysBetween, type LocalDate, parseLocalDate } from './date';
import { daysInMonth, localDateOfFields } from './model/local-date';
import type { Weekday } from './model/records';

/** How far the input's `min` and `max` reach from today, in years. */
export const START_DATE_REACH_YEARS = 5;

export interface StartDateBounds {
  readonly min: LocalDate;
  readonly max: LocalDate;
}

export interface StartDateContext {
  readonly today: LocalDate;
  /** The chosen plan's length in study days. */
  readonly lengthDays: number;
  /** Weekly rest days, which make the plan last longer on the calendar. */
  readonly restDays?: readonly Weekday[];
}

export type StartDateProblem = 'empty' | 'short-year' | 'not-a-date' | 'too-early' | 'too-late';

export type StartDateVerdict =
  | { readonly kind: 'ok'; readonly date: LocalDate }
  | {
      readonly kind: 'refused';
      readonly problem: StartDateProblem;
      readonly bounds: StartDateBounds;
    }
  | {
      readonly kind: 'confirm';
      readonly date: LocalDate;
      /** `over`: the plan's last day is already past. `far-ahead`: more than a year away. */
      readonly reason: 'over' | 'far-ahead';
      /** Calendar days between the date and today, always positive. */
      readonly days: number;
    };

/** The same day `years` years on (29 February becomes 28 February in a common year). */
export function addYears(date: LocalDate, years: number): LocalDate {
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return localDateOfFields(year, month, day);
}

export function startDateBounds(today: LocalDate): StartDateBounds {
  return {
    min: addYears(today, -START_DATE_REACH_YEARS),
    max: addYears(today, START_DATE_REACH_YEARS),
  };
}

// A date input hands over "0202-12-01" while the year is typed, or when it was mistyped.
const SHORT_YEAR = /^(\d{1,4})-\d{2}-\d{2}$/;

/** The date the plan's last study day falls on when it starts on `start`; null if never. */
export function lastPlanDate(start: LocalDate, context: StartDateContext): LocalDate | null {
  if (!context.restDays || context.restDays.length === 0)
    return addDays(start, context.lengthDays - 1);
  return planCalendar({ startDate: start, restDays: context.restDays }).dateOfPlanDay(
    context.lengthDays,
  );
}

export function judgeStartDate(value: string, context: StartDateContext): StartDateVerdict {
  const bounds = startDateBounds(context.today);
  const refuse = (problem: StartDateProblem): StartDateVerdict => ({
    kind: 'refused',
    problem,
    bounds,
  });
  if (value.trim() === '') return refuse('empty');
  const year = SHORT_YEAR.exec(value)?.[1];
  if (year !== undefined && Number(year) < 1000) return refuse('short-year');
  const date = parseLocalDate(value);
  if (!date) return refuse('not-a-date');
  if (compareLocalDates(date, bounds.min) < 0) return refuse('too-early');
  if (compareLocalDates(date, bounds.max) > 0) return refuse('too-late');
  const last = lastPlanDate(date, context);
  if (last !== null && compareLocalDates(last, context.today) < 0)
    return { kind: 'confirm', date, reason: 'over', days: daysBetween(date, context.today) };
  if (compareLocalDates(date, addYears(context.today, 1)) > 0)
    return { kind: 'confirm', date, reason: 'far-ahead', days: daysBetween(context.today, date) };
  return { kind: 'ok', date };
}
