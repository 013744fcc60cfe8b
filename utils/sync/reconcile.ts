/**
 * One sync round, as pure data: merge this device's records with what
 * `storage.sync` holds (the import merge's rules: per item the newer change
 * wins, ties by device id), then say what changes locally and which items to
 * write. Local data is only ever merged into, never replaced.
 */

import { mergeRecords } from '../model/merge';
import { canonical } from '../model/order';
import type { NoteRecord, ProfileRecord, ProgressRecord } from '../model/records';
import type { StoreSnapshot } from '../transfer/format';
import {
  isSyncKey,
  type PackResult,
  packSyncData,
  type SyncedProfile,
  type SyncItems,
  syncedProfileOf,
  unpackSyncItems,
} from './pack';

export interface LocalChanges {
  readonly profile: ProfileRecord | null;
  readonly progress: readonly ProgressRecord[];
  readonly notes: readonly NoteRecord[];
}

export interface SyncWrites {
  readonly set: SyncItems;
  readonly remove: readonly string[];
}

export type RoundPlan =
  | {
      readonly kind: 'merge';
      readonly local: LocalChanges;
      /** Null when nothing may be written now. */
      readonly writes: SyncWrites | null;
      /** Another device's write has only partly arrived; writing waits for the rest. */
      readonly waitingForPartial: boolean;
      readonly notesIncluded: boolean;
      readonly fits: boolean;
      readonly packed: PackResult;
    }
  | { readonly kind: 'newer-format' };

/** This install's own records carry no device id in the store; sync needs it on each. */
export function stampDevice(
  progress: readonly ProgressRecord[],
  deviceId: string,
): ProgressRecord[] {
  return progress.map((record) =>
    record.updatedBy === undefined ? { ...record, updatedBy: deviceId } : record,
  );
}

/** The remote profile with this device's own reminder time and sync switch. */
export function profileForDevice(
  remote: SyncedProfile,
  local: ProfileRecord | null,
): ProfileRecord {
  return {
    ...remote,
    id: 'profile',
    reminderTime: local?.reminderTime ?? null,
    syncEnabled: local?.syncEnabled ?? true,
  };
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

function writesBetween(remote: SyncItems, wanted: SyncItems): SyncWrites {
  const set = Object.fromEntries(
    Object.entries(wanted).filter(
      ([key, value]) => remote[key] === undefined || canonical(remote[key]) !== canonical(value),
    ),
  );
  const remove = Object.keys(remote).filter((key) => isSyncKey(key) && !(key in wanted));
  return { set, remove };
}

export interface RoundOptions {
  /** Write even over a half-arrived write (the rest was waited for and never came). */
  readonly writeOverPartial?: boolean;
}

export function planRound(
  local: StoreSnapshot,
  remoteItems: SyncItems,
  deviceId: string,
  options: RoundOptions = {},
): RoundPlan {
  const remote = unpackSyncItems(remoteItems);
  if (remote.newerFormat) return { kind: 'newer-format' };
  const stamped: StoreSnapshot = { ...local, progress: stampDevice(local.progress, deviceId) };
  const merged = mergeRecords(stamped, {
    profile: remote.profile ? profileForDevice(remote.profile, local.profile) : null,
    progress: remote.progress,
    notes: remote.notes,
  });
  const profileChanged =
    merged.profile !== null &&
    (local.profile === null || canonical(merged.profile) !== canonical(local.profile));
  const packed = packSyncData({
    profile: merged.profile ? syncedProfileOf(merged.profile) : null,
    progress: merged.progress,
    notes: merged.notes,
  });
  const waitingForPartial = remote.partial && options.writeOverPartial !== true;
  const mayWrite = packed.fits && !waitingForPartial;
  return {
    kind: 'merge',
    local: {
      profile: profileChanged ? merged.profile : null,
      progress: changedRecords(stamped.progress, merged.progress, (record) => record.itemId),
      notes: changedRecords(local.notes, merged.notes, (note) => note.date),
    },
    writes: mayWrite ? writesBetween(remoteItems, packed.items) : null,
    waitingForPartial,
    notesIncluded: packed.notesIncluded,
    fits: packed.fits,
    packed,
  };
}

export function hasWrites(writes: SyncWrites | null): writes is SyncWrites {
  return writes !== null && (Object.keys(writes.set).length > 0 || writes.remove.length > 0);
}
