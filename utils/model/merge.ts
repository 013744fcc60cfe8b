/**
 * The merge rules every import and sync round follows. Per record, the newer `updatedAt`
 * wins; ties break the same way on every device, so merging is order-independent.
 */
import type { ItemState } from './ids';
import { canonical, compareText } from './order';
import type { NoteRecord, ProfileRecord, ProgressRecord, StoreSnapshot } from './records';

const RESOLVEDNESS: Readonly<Record<ItemState, number>> = { open: 0, skipped: 1, done: 2 };

/**
 * Per record, the newer `updatedAt` wins. Progress ties go to the larger
 * `updatedBy` device id, then the more resolved item; any tie left goes to the
 * larger canonical text, so merging is order-independent.
 */
export function mergeRecords(local: StoreSnapshot, incoming: StoreSnapshot): StoreSnapshot {
  return {
    profile: pickProfile(local.profile, incoming.profile),
    progress: mergeByKey(
      local.progress,
      incoming.progress,
      (record) => record.itemId,
      pickProgress,
    ),
    notes: mergeByKey(local.notes, incoming.notes, (note) => note.date, pickNote),
  };
}

function pickProgress(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  // Same instant on two devices: the larger device id wins, as every device decides alike.
  const byDevice = compareText(a.updatedBy ?? '', b.updatedBy ?? '');
  if (byDevice !== 0) return byDevice > 0 ? a : b;
  const byState = RESOLVEDNESS[a.state] - RESOLVEDNESS[b.state];
  if (byState !== 0) return byState > 0 ? a : b;
  return compareText(canonical(a), canonical(b)) >= 0 ? a : b;
}

function pickNote(a: NoteRecord, b: NoteRecord): NoteRecord {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return compareText(a.text, b.text) >= 0 ? a : b;
}

function pickProfile(a: ProfileRecord | null, b: ProfileRecord | null): ProfileRecord | null {
  if (a === null || b === null) return a ?? b;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return compareText(canonical(a), canonical(b)) >= 0 ? a : b;
}

export function mergeByKey<T>(
  local: readonly T[],
  incoming: readonly T[],
  keyOf: (record: T) => string,
  pick: (a: T, b: T) => T,
): T[] {
  const merged = new Map<string, T>();
  for (const record of [...local, ...incoming]) {
    const key = keyOf(record);
    const existing = merged.get(key);
    merged.set(key, existing === undefined ? record : pick(existing, record));
  }
  return [...merged.entries()].sort(([a], [b]) => compareText(a, b)).map(([, record]) => record);
}

/**
 * The stamp for a change made on top of a record stamped `previous`: now, but always later
 * than what it replaces, so a local edit can never tie with (and lose to) the state it changed.
 */
export function stampAfter(now: number, previous: number | undefined): number {
  return previous === undefined ? now : Math.max(now, previous + 1);
}
