import type { ItemState, NoteRecord, ProfileRecord, ProgressRecord } from '../model/records';
import { compareText, type StoreSnapshot } from './format';

export type ImportMode = 'merge' | 'replace';

export interface TableChanges {
  readonly added: number;
  readonly updated: number;
  readonly removed: number;
  readonly unchanged: number;
}

export interface ImportPreview {
  readonly progress: TableChanges;
  readonly notes: TableChanges;
  readonly profile: {
    readonly change: 'added' | 'updated' | 'removed' | 'unchanged';
    /** Names of the settings that would change. */
    readonly fields: readonly string[];
  };
}

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

/** The state the store would hold after importing `incoming` in `mode`. */
export function importedState(
  current: StoreSnapshot,
  incoming: StoreSnapshot,
  mode: ImportMode,
): StoreSnapshot {
  if (mode === 'merge') return mergeRecords(current, incoming);
  // A file without settings replaces progress and notes but keeps the plan the user has.
  return { ...incoming, profile: incoming.profile ?? current.profile };
}

export function previewImport(
  current: StoreSnapshot,
  incoming: StoreSnapshot,
  mode: ImportMode,
): ImportPreview {
  const next = importedState(current, incoming, mode);
  return {
    progress: countChanges(current.progress, next.progress, (record) => record.itemId),
    notes: countChanges(current.notes, next.notes, (note) => note.date),
    profile: profileChange(current.profile, next.profile),
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

function mergeByKey<T>(
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

function countChanges<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (record: T) => string,
): TableChanges {
  const old = new Map(before.map((record) => [keyOf(record), record]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const record of after) {
    const previous = old.get(keyOf(record));
    if (previous === undefined) added += 1;
    else if (canonical(previous) === canonical(record)) unchanged += 1;
    else updated += 1;
  }
  const kept = new Set(after.map(keyOf));
  const removed = before.filter((record) => !kept.has(keyOf(record))).length;
  return { added, updated, removed, unchanged };
}

function profileChange(
  before: ProfileRecord | null,
  after: ProfileRecord | null,
): ImportPreview['profile'] {
  if (before === null) return { change: after === null ? 'unchanged' : 'added', fields: [] };
  if (after === null) return { change: 'removed', fields: [] };
  const fields = (Object.keys(after) as (keyof ProfileRecord)[]).filter(
    (field) => field !== 'updatedAt' && canonical(before[field]) !== canonical(after[field]),
  );
  return { change: fields.length > 0 ? 'updated' : 'unchanged', fields };
}

/** JSON with object keys sorted, so equal records compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => compareText(a, b)))
      : inner,
  );
}
