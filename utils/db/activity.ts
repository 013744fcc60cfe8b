import type { Table } from 'dexie';
import type { LocalDate } from '../date';
import type { ActivityRecord, ProgressRecord } from '../model/records';

/**
 * The `activity` table is derived from `progress`: per local date, how many
 * items are resolved (done or skipped) with that `completedOn`. Every write to
 * `progress` keeps it in step inside the same transaction.
 */

type ActivityTable = Table<ActivityRecord, LocalDate>;

/** The date a record counts towards, or null when it counts nowhere (open). */
function countedOn(record: ProgressRecord | undefined): LocalDate | null {
  if (record === undefined || record.state === 'open') return null;
  return record.completedOn;
}

/** Resolved items per `completedOn` date: what `activity` must hold for `progress`. */
export function countActivity(progress: Iterable<ProgressRecord>): Map<LocalDate, number> {
  const counts = new Map<LocalDate, number>();
  for (const record of progress) {
    const date = countedOn(record);
    if (date !== null) counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return counts;
}

/** How each date's count moves when `before[i]` is replaced by `after[i]`. */
export function activityChange(
  before: readonly (ProgressRecord | undefined)[],
  after: readonly ProgressRecord[],
): Map<LocalDate, number> {
  const change = new Map<LocalDate, number>();
  const shift = (date: LocalDate | null, by: number) => {
    if (date !== null) change.set(date, (change.get(date) ?? 0) + by);
  };
  after.forEach((next, index) => {
    const previous = countedOn(before[index]);
    const current = countedOn(next);
    if (previous === current) return;
    shift(previous, -1);
    shift(current, +1);
  });
  for (const [date, by] of change) if (by === 0) change.delete(date);
  return change;
}

/** Applies a change; a count never goes below zero and a date at zero has no row. */
export async function applyActivityChange(
  activity: ActivityTable,
  change: ReadonlyMap<LocalDate, number>,
): Promise<void> {
  if (change.size === 0) return;
  const dates = [...change.keys()];
  const stored = await activity.bulkGet(dates);
  const kept: ActivityRecord[] = [];
  const emptied: LocalDate[] = [];
  dates.forEach((date, index) => {
    const count = Math.max(0, (stored[index]?.count ?? 0) + (change.get(date) ?? 0));
    if (count > 0) kept.push({ date, count });
    else emptied.push(date);
  });
  await Promise.all([activity.bulkPut(kept), activity.bulkDelete(emptied)]);
}

/** Puts progress records and moves their activity counts; call inside a transaction over both. */
export async function putProgress(
  progress: Table<ProgressRecord, string>,
  activity: ActivityTable,
  records: readonly ProgressRecord[],
): Promise<void> {
  // One record per item (the last wins, as bulkPut would), so a repeated id counts once.
  const unique = [...new Map(records.map((record) => [record.itemId, record])).values()];
  if (unique.length === 0) return;
  const before = await progress.bulkGet(unique.map((record) => record.itemId));
  await progress.bulkPut(unique.map((record) => ({ ...record })));
  await applyActivityChange(activity, activityChange(before, unique));
}

/** Replaces all of `activity` with counts derived from `progress`. */
export async function rebuildActivity(
  activity: ActivityTable,
  progress: Iterable<ProgressRecord>,
): Promise<void> {
  const rows = [...countActivity(progress)].map(([date, count]) => ({ date, count }));
  await activity.clear();
  await activity.bulkPut(rows);
}
