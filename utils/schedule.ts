/**
 * Where the user is in their plan on a given calendar day, and how their
 * progress compares with the schedule. Progress is keyed on item ids, so
 * moving the start date never loses what was done.
 */

import { dayOfPlanData, phaseOfDay } from './curriculum/lookup';
import type { Phase, Plan, PlanDay } from './curriculum/types';
import { addDays, daysBetween, type LocalDate } from './date';

/** Ids of checklist items marked done or skipped. */
export type ResolvedItems = ReadonlySet<string>;

export type PlanState =
  | {
      kind: 'not-started';
      daysUntilStart: number;
      startDate: LocalDate;
      preview: PlanDay;
      phase: Phase;
    }
  | { kind: 'active'; day: number; date: LocalDate; phase: Phase; planDay: PlanDay }
  | { kind: 'finished'; endedOn: LocalDate; daysSinceEnd: number };

export interface Progress {
  readonly resolvedItems: number;
  readonly totalItems: number;
  /** resolvedItems / totalItems, 0 when there are no items. */
  readonly fraction: number;
  /** Days whose every item is resolved. */
  readonly completedDays: number;
}

export type ScheduleStatus =
  | { kind: 'on-track' }
  | { kind: 'behind'; days: number; firstUnfinishedDay: number }
  | { kind: 'ahead'; days: number };

/** 1 on the start date, ≤ 0 before it; may exceed the plan's length. */
export function dayOfPlan(startDate: LocalDate, today: LocalDate): number {
  return daysBetween(startDate, today) + 1;
}

export function dateOfPlanDay(startDate: LocalDate, day: number): LocalDate {
  return addDays(startDate, day - 1);
}

// Days 1…length must resolve; a gap is a curriculum bug, so fail loudly.
function phaseHolding(plan: Plan, day: number): Phase {
  const phase = phaseOfDay(plan, day);
  if (!phase) throw new RangeError(`${plan.id} has no phase for day ${day}`);
  return phase;
}

function planDayIn(plan: Plan, day: number): PlanDay {
  const planDay = dayOfPlanData(plan, day);
  if (!planDay) throw new RangeError(`${plan.id} has no entry for day ${day}`);
  return planDay;
}

export function planState(plan: Plan, startDate: LocalDate, today: LocalDate): PlanState {
  const day = dayOfPlan(startDate, today);
  if (day < 1) {
    const phase = phaseHolding(plan, 1);
    return {
      kind: 'not-started',
      daysUntilStart: 1 - day,
      startDate,
      preview: planDayIn(plan, 1),
      phase,
    };
  }
  if (day > plan.lengthDays) {
    return {
      kind: 'finished',
      endedOn: dateOfPlanDay(startDate, plan.lengthDays),
      daysSinceEnd: day - plan.lengthDays,
    };
  }
  const phase = phaseHolding(plan, day);
  return { kind: 'active', day, date: today, phase, planDay: planDayIn(plan, day) };
}

/** A day without items counts as complete: there is nothing left to do on it. */
export function isDayComplete(planDay: PlanDay, resolved: ResolvedItems): boolean {
  return planDay.items.every((item) => resolved.has(item.id));
}

function progressOfDays(days: Iterable<PlanDay>, resolved: ResolvedItems): Progress {
  let resolvedItems = 0;
  let totalItems = 0;
  let completedDays = 0;
  for (const planDay of days) {
    let resolvedToday = 0;
    for (const item of planDay.items) if (resolved.has(item.id)) resolvedToday++;
    resolvedItems += resolvedToday;
    totalItems += planDay.items.length;
    if (resolvedToday === planDay.items.length) completedDays++;
  }
  return {
    resolvedItems,
    totalItems,
    fraction: totalItems === 0 ? 0 : resolvedItems / totalItems,
    completedDays,
  };
}

function* daysOf(plan: Plan): Generator<PlanDay> {
  for (const phase of plan.phases) yield* phase.days;
}

export function planProgress(plan: Plan, resolved: ResolvedItems): Progress {
  return progressOfDays(daysOf(plan), resolved);
}

export function phaseProgress(phase: Phase, resolved: ResolvedItems): Progress {
  return progressOfDays(phase.days, resolved);
}

/** The earliest plan day with an open item; null when everything is resolved. */
export function firstUnfinishedDay(plan: Plan, resolved: ResolvedItems): number | null {
  for (const planDay of daysOf(plan)) {
    if (!isDayComplete(planDay, resolved)) return planDay.day;
  }
  return null;
}

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
