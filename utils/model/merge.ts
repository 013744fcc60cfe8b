/**
 * The merge rules every import and sync round follows. Per record, the newer `updatedAt`
 * wins; ties break the same way on every device, so merging is order-independent.
 * Per table, the larger floor wins, and every record stamped below it is gone: that is how
 * a reset or a Replace import stays done on every device. An established profile always
 * outranks a provisional one (made before this device had looked at the synced data).
 */
import type { ItemState } from './ids';
import { canonical, compareText } from './order';
import {
  type Floors,
  NO_FLOORS,
  type NoteRecord,
  type ProfileRecord,
  type ProgressRecord,
  type StoreSnapshot,
} from './records';

const RESOLVEDNESS: Readonly<Record<ItemState, number>> = { open: 0, skipped: 1, done: 2 };

/**
 * Per record, the newer `updatedAt` wins. Progress ties go to the larger
 * `updatedBy` device id, then the more resolved item; any tie left goes to the
 * larger canonical text, so merging is order-independent.
 */
export function mergeRecords(local: StoreSnapshot, incoming: StoreSnapshot): StoreSnapshot {
  const floors = higherFloors(floorsOf(local), floorsOf(incoming));
  const profile = pickProfile(local.profile, incoming.profile);
  const merged: StoreSnapshot = {
    profile: profile !== null && profile.updatedAt >= floors.profile ? profile : null,
    progress: mergeByKey(
      local.progress,
      incoming.progress,
      (record) => record.itemId,
      pickProgress,
    ).filter((record) => record.updatedAt >= floors.progress),
    notes: mergeByKey(local.notes, incoming.notes, (note) => note.date, pickNote).filter(
      (note) => note.updatedAt >= floors.notes,
    ),
  };
  return local.floors || incoming.floors ? { ...merged, floors } : merged;
}

export function floorsOf(snapshot: StoreSnapshot): Floors {
  return snapshot.floors ?? NO_FLOORS;
}

export function higherFloors(a: Floors, b: Floors): Floors {
  return {
    profile: Math.max(a.profile, b.profile),
    progress: Math.max(a.progress, b.progress),
    notes: Math.max(a.notes, b.notes),
  };
}

/** Every stamp a snapshot holds, floors included: what a device has seen of it. */
export function stampsOf(snapshot: StoreSnapshot): number[] {
  const floors = floorsOf(snapshot);
  return [
    floors.profile,
    floors.progress,
    floors.notes,
    ...(snapshot.profile ? [snapshot.profile.updatedAt] : []),
    ...snapshot.progress.map((record) => record.updatedAt),
    ...snapshot.notes.map((note) => note.updatedAt),
  ];
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
  const aProvisional = a.provisional === true;
  if (aProvisional !== (b.provisional === true)) return aProvisional ? b : a;
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

/** Records in `next` that are new or differ from `before` (by key). */
export function changedRecords<T>(
  before: readonly T[],
  next: readonly T[],
  keyOf: (record: T) => string,
): T[] {
  const old = new Map(before.map((record) => [keyOf(record), canonical(record)]));
  return next.filter((record) => old.get(keyOf(record)) !== canonical(record));
}
