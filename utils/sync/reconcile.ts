/**
 * One sync round, as pure data: merge this device's records with what
 * `storage.sync` holds (utils/model/merge.ts: per item the newer stamp wins,
 * ties by device id; per table the higher floor wins), then say what changes
 * locally and which items to write. A provisional profile is never merged
 * into an established one: the user is asked instead (`adoption`).
 */

import { changedRecords, floorsOf, mergeRecords, stampsOf } from '../model/merge';

export { changedRecords } from '../model/merge';

import { canonical } from '../model/order';
import type { Floors, NoteRecord, ProfileRecord, ProgressRecord } from '../model/records';
import { nextStamp, observeStamps } from '../model/stamps';
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
  /** The remote profile, to merge in; null when there is none to take. */
  readonly profile: ProfileRecord | null;
  readonly progress: readonly ProgressRecord[];
  readonly notes: readonly NoteRecord[];
  /** The remote floors, when they are higher than this device's in any table. */
  readonly floors: Floors | null;
  /** This device's provisional profile `from`, established as `to` (nothing synced had one). */
  readonly establish: { readonly from: ProfileRecord; readonly to: ProfileRecord } | null;
  /** Another browser's established plan, offered instead of this device's provisional one. */
  readonly adoption: ProfileRecord | null;
  /** The clock floor after seeing the remote stamps. */
  readonly clockFloor: number;
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

function floorsRaised(local: Floors, remote: Floors): boolean {
  return (
    remote.profile > local.profile || remote.progress > local.progress || remote.notes > local.notes
  );
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
  /** This device's wall clock and clock floor, for stamping an established profile. */
  readonly now?: number;
  readonly clockFloor?: number;
  /** False leaves notes out of what is written (the browser refused them). */
  readonly notes?: boolean;
}

export function planRound(
  local: StoreSnapshot,
  remoteItems: SyncItems,
  deviceId: string,
  options: RoundOptions = {},
): RoundPlan {
  const remote = unpackSyncItems(remoteItems);
  if (remote.newerFormat) return { kind: 'newer-format' };
  const now = options.now ?? 0;
  const stamped: StoreSnapshot = { ...local, progress: stampDevice(local.progress, deviceId) };
  const incoming: StoreSnapshot = {
    profile: remote.profile ? profileForDevice(remote.profile, local.profile) : null,
    progress: remote.progress,
    notes: remote.notes,
    ...(remote.floors ? { floors: remote.floors } : {}),
  };
  const clockFloor = Math.max(
    observeStamps(options.clockFloor ?? 0, stampsOf(incoming), now),
    ...Object.values(floorsOf(incoming)),
  );
  const merged = mergeRecords(stamped, incoming);
  const localProfile = local.profile;
  const waiting = localProfile?.provisional === true;
  // Another browser's established plan: ask, never merge this one's provisional plan into it.
  const established =
    merged.profile !== null && merged.profile.provisional !== true ? merged.profile : null;
  // The same plan (say, this browser's own from before sync was switched off) is simply taken.
  const samePlan =
    established !== null &&
    established.planId === localProfile?.planId &&
    established.startDate === localProfile.startDate;
  const adoption = waiting && !samePlan ? established : null;
  // Nothing synced holds an established plan: this device's becomes the one.
  const establish =
    waiting && established === null
      ? {
          from: localProfile,
          to: establishedProfile(
            localProfile,
            nextStamp(now, clockFloor, merged.profile?.updatedAt ?? localProfile.updatedAt),
          ),
        }
      : null;
  const result: StoreSnapshot = establish ? { ...merged, profile: establish.to } : merged;
  const profileChanged =
    adoption === null &&
    establish === null &&
    result.profile !== null &&
    (localProfile === null || canonical(result.profile) !== canonical(localProfile));
  const packed = packSyncData({
    profile: result.profile ? syncedProfileOf(result.profile) : null,
    progress: result.progress,
    notes: options.notes === false ? [] : result.notes,
    ...(result.floors ? { floors: result.floors } : {}),
  });
  const waitingForPartial = remote.partial && options.writeOverPartial !== true;
  const mayWrite = packed.fits && !waitingForPartial;
  const remoteFloors = floorsOf(incoming);
  return {
    kind: 'merge',
    local: {
      profile: profileChanged ? result.profile : null,
      progress: changedRecords(stamped.progress, result.progress, (record) => record.itemId),
      notes: changedRecords(local.notes, result.notes, (note) => note.date),
      floors: floorsRaised(floorsOf(local), remoteFloors) ? remoteFloors : null,
      establish,
      adoption,
      clockFloor: establish ? Math.max(clockFloor, establish.to.updatedAt) : clockFloor,
    },
    writes: mayWrite ? writesBetween(remoteItems, packed.items) : null,
    waitingForPartial,
    notesIncluded: packed.notesIncluded && options.notes !== false,
    fits: packed.fits,
    packed,
  };
}

function establishedProfile(profile: ProfileRecord, updatedAt: number): ProfileRecord {
  const { provisional: _provisional, ...established } = profile;
  return { ...established, updatedAt };
}

export function hasWrites(writes: SyncWrites | null): writes is SyncWrites {
  return writes !== null && (Object.keys(writes.set).length > 0 || writes.remove.length > 0);
}
