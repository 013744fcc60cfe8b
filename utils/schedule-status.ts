/** How the user's progress compares with the plan calendar, and how to catch up. */

import { type CalendarProfile, planCalendar } from './calendar';
import type { Plan } from './curriculum/types';
import { addDays, type LocalDate } from './date';
import { firstUnfinishedDay, planProgress } from './progress';
import type { PlanState, ResolvedItems } from './schedule';

export type ScheduleStatus =
  | { kind: 'on-track' }
  /** Counted in study days: rest days and pauses never make anyone behind. */
  | { kind: 'behind'; days: number; firstUnfinishedDay: number }
  | { kind: 'ahead'; days: number }
  /** The planned days are over and items are still open. */
  | { kind: 'time-up'; openItems: number; firstUnfinishedDay: number }
  /** The planned days are over and every item is done or skipped. */
  | { kind: 'finished' };

function currentDay(plan: Plan, state: PlanState): number {
  switch (state.kind) {
    case 'not-started':
      return 0;
    case 'ended':
      return plan.lengthDays + 1;
    default:
      return state.day;
  }
}

/**
 * Progress against the calendar:
 * - before the start, days done in advance count as "ahead";
 * - on a rest day or in a pause, the waiting day counts as today;
 * - after the last planned day, any open item means "time's up", else "finished".
 * Today itself being open is never "behind".
 */
export function scheduleStatus(
  plan: Plan,
  state: PlanState,
  resolved: ResolvedItems,
): ScheduleStatus {
  const current = currentDay(plan, state);
  const firstOpen = firstUnfinishedDay(plan, resolved);
  if (state.kind === 'ended') {
    if (firstOpen === null) return { kind: 'finished' };
    const progress = planProgress(plan, resolved);
    return {
      kind: 'time-up',
      openItems: progress.totalItems - progress.resolvedItems,
      firstUnfinishedDay: firstOpen,
    };
  }
  const open = firstOpen ?? plan.lengthDays + 1;
  if (open < current) return { kind: 'behind', days: current - open, firstUnfinishedDay: open };
  // Days after today that are already done, without a gap since today.
  const daysAhead = open - 1 - current;
  return daysAhead > 0 ? { kind: 'ahead', days: daysAhead } : { kind: 'on-track' };
}

// Walking back never runs forever: before the first rule or pause every day is a study day.
const MAX_DAYS_BACK = 200_000;

/**
 * The start date that makes today the first unfinished day under the same rest days and
 * pauses (the start itself a study day). When everything is resolved it makes the last
 * study day before today the plan's last day, so the plan reads as finished.
 */
export function rescheduleStartDate(
  plan: Plan,
  profile: CalendarProfile,
  today: LocalDate,
  resolved: ResolvedItems,
): LocalDate {
  const daysBefore = (firstUnfinishedDay(plan, resolved) ?? plan.lengthDays + 1) - 1;
  if (daysBefore === 0) return today;
  const calendar = planCalendar(profile);
  let found = 0;
  for (let back = 1; back <= MAX_DAYS_BACK; back++) {
    const date = addDays(today, -back);
    if (calendar.isStudyDay(date)) found++;
    if (found === daysBefore) return date;
  }
  return addDays(today, -daysBefore);
}
