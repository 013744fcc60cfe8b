/** How the user's progress compares with the calendar, and how to catch up. */
import type { Plan } from './curriculum/types';
import { addDays, type LocalDate } from './date';
import { firstUnfinishedDay } from './progress';
import { dayOfPlan, type ResolvedItems } from './schedule';

export type ScheduleStatus =
  | { kind: 'on-track' }
  | { kind: 'behind'; days: number; firstUnfinishedDay: number }
  | { kind: 'ahead'; days: number };

/**
 * Progress against the calendar. Today's plan day is clamped to 0…length+1:
 * - before the start, days done in advance count as "ahead";
 * - after the end, any open item means "behind" by the days from the first
 *   unfinished one through the last day; with nothing open it is "on-track".
 * Today itself being open is never "behind".
 */
export function scheduleStatus(
  plan: Plan,
  startDate: LocalDate,
  today: LocalDate,
  resolved: ResolvedItems,
): ScheduleStatus {
  const current = Math.min(Math.max(dayOfPlan(startDate, today), 0), plan.lengthDays + 1);
  const firstOpen = firstUnfinishedDay(plan, resolved) ?? plan.lengthDays + 1;
  if (firstOpen < current) {
    return { kind: 'behind', days: current - firstOpen, firstUnfinishedDay: firstOpen };
  }
  // Days after today that are already done, without a gap since today.
  const daysAhead = firstOpen - 1 - current;
  return daysAhead > 0 ? { kind: 'ahead', days: daysAhead } : { kind: 'on-track' };
}

/**
 * The start date that makes today the first unfinished day. When everything is
 * resolved it returns the start that makes yesterday the last day, so the plan
 * reads as finished rather than reopening a day.
 */
export function rescheduleStartDate(
  plan: Plan,
  today: LocalDate,
  resolved: ResolvedItems,
): LocalDate {
  const firstOpen = firstUnfinishedDay(plan, resolved) ?? plan.lengthDays + 1;
  return addDays(today, -(firstOpen - 1));
}
