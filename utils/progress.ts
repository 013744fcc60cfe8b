import type { Phase, Plan, PlanDay } from './curriculum/types';
import type { ItemState } from './model/records';
import type { ResolvedItems } from './schedule';

export interface Progress {
  readonly resolvedItems: number;
  readonly totalItems: number;
  /** resolvedItems / totalItems, 0 when there are no items. */
  readonly fraction: number;
  /** Days whose every item is resolved. */
  readonly completedDays: number;
}

/** Ids of the items marked done or skipped; `open` records are untick tombstones. */
export function resolvedItemIds(
  records: Iterable<{ readonly itemId: string; readonly state: ItemState }>,
): Set<string> {
  const resolved = new Set<string>();
  for (const record of records) {
    if (record.state !== 'open') resolved.add(record.itemId);
  }
  return resolved;
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
