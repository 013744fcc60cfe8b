import { mergeRecords } from '../model/merge';
import { canonical } from '../model/order';
import type { ProfileRecord, StoreSnapshot } from '../model/records';

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

/** The state the store would hold after importing `incoming` in `mode`. */
export function importedState(
  current: StoreSnapshot,
  incoming: StoreSnapshot,
  mode: ImportMode,
): StoreSnapshot {
  // Merge never removes: neither side's floors apply to what the user chose to bring in.
  if (mode === 'merge') return mergeRecords(recordsOf(current), recordsOf(incoming));
  // A file without settings replaces progress and notes but keeps the plan the user has.
  return {
    profile: incoming.profile ?? current.profile,
    progress: incoming.progress,
    notes: incoming.notes,
  };
}

function recordsOf(snapshot: StoreSnapshot): StoreSnapshot {
  return { profile: snapshot.profile, progress: snapshot.progress, notes: snapshot.notes };
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

/** Whether applying would leave the store exactly as it is. */
export function importChangesNothing(preview: ImportPreview): boolean {
  return (
    preview.profile.change === 'unchanged' &&
    [preview.progress, preview.notes].every(
      (table) => table.added + table.updated + table.removed === 0,
    )
  );
}
