/**
 * The store's side of sync: one consistent read, and merged remote changes
 * written in one transaction. The merge is redone inside that transaction, so
 * a tick made on this device while the round was under way is never overwritten
 * by an older remote change.
 */

import { putProgress, rebuildActivity } from '../db/activity';
import {
  raiseClockFloor,
  readAdoption,
  readClockFloor,
  readFloors,
  readSyncSwitch,
  writeFloors,
} from '../db/meta';
import type { BackendPathDatabase } from '../db/schema';
import { floorsOf, mergeRecords } from '../model/merge';
import { canonical } from '../model/order';
import type { ProfileRecord, StoreSnapshot } from '../model/records';
import type { LocalChanges } from './reconcile';
import { changedRecords, stampDevice } from './reconcile';

export interface SyncState extends StoreSnapshot {
  readonly clockFloor: number;
  /** Whether this device syncs at all (see readSyncSwitch). */
  readonly syncEnabled: boolean;
}

/** Profile, progress, notes and floors as one consistent read, with the clock floor. */
export function readSyncState(db: BackendPathDatabase): Promise<SyncState> {
  return db.transaction('r', [db.profile, db.progress, db.notes, db.meta], async () => {
    const [profile, progress, notes, floors, clockFloor] = await Promise.all([
      db.profile.get('profile'),
      db.progress.toArray(),
      db.notes.toArray(),
      readFloors(db),
      readClockFloor(db),
    ]);
    const syncEnabled = await readSyncSwitch(db, profile);
    return { profile: profile ?? null, progress, notes, floors, clockFloor, syncEnabled };
  });
}

export interface AppliedCounts {
  readonly progress: number;
  readonly notes: number;
  readonly profile: boolean;
  /** The profile as the round left it, when the round changed it. */
  readonly changedProfile?: ProfileRecord | null;
}

export async function applySyncChanges(
  db: BackendPathDatabase,
  changes: LocalChanges,
  deviceId: string,
): Promise<AppliedCounts> {
  return db.transaction(
    'rw',
    [db.profile, db.progress, db.activity, db.notes, db.meta],
    async () => {
      const [profile, storedProgress, storedNotes, floors] = await Promise.all([
        db.profile.get('profile'),
        db.progress.toArray(),
        db.notes.toArray(),
        readFloors(db),
      ]);
      const current: StoreSnapshot = {
        profile: profile ?? null,
        progress: stampDevice(storedProgress, deviceId),
        notes: storedNotes,
        floors,
      };
      // Established only if the profile is still the one the round planned from.
      const establish =
        changes.establish && profile && canonical(profile) === canonical(changes.establish.from)
          ? changes.establish.to
          : null;
      const incomingProfile = establish ?? changes.profile;
      const merged = mergeRecords(current, {
        // This device's own settings stay as they are now.
        profile: incomingProfile && {
          ...incomingProfile,
          reminderTime: profile?.reminderTime ?? incomingProfile.reminderTime,
          syncEnabled: profile?.syncEnabled ?? incomingProfile.syncEnabled,
        },
        progress: changes.progress,
        notes: changes.notes,
        floors: changes.floors ?? floors,
      });
      const progress = changedRecords(current.progress, merged.progress, (record) => record.itemId);
      const notes = changedRecords(current.notes, merged.notes, (note) => note.date);
      const nextFloors = floorsOf(merged);
      const floorsChanged = canonical(nextFloors) !== canonical(floors);
      const profileChanged =
        (merged.profile === null) !== (current.profile === null) ||
        (merged.profile !== null && canonical(merged.profile) !== canonical(current.profile));

      if (floorsChanged) {
        await writeFloors(db, nextFloors);
        // Whatever fell below a floor is gone, as on the device that cleared it.
        const keptItems = new Set(merged.progress.map((record) => record.itemId));
        const keptDates = new Set(merged.notes.map((note) => note.date));
        await db.progress.bulkDelete(
          storedProgress.filter((r) => !keptItems.has(r.itemId)).map((r) => r.itemId),
        );
        await db.notes.bulkDelete(
          storedNotes.filter((n) => !keptDates.has(n.date)).map((n) => n.date),
        );
        await db.progress.bulkPut(progress.map((record) => ({ ...record })));
        await rebuildActivity(db.activity, await db.progress.toArray());
      } else {
        // Through the same path as every tick, so `activity` stays in step.
        await putProgress(db.progress, db.activity, progress);
      }
      await db.notes.bulkPut(notes.map((note) => ({ ...note })));
      if (profileChanged) {
        if (merged.profile) await db.profile.put({ ...merged.profile });
        else await db.profile.delete('profile');
      }
      await raiseClockFloor(db, changes.clockFloor);
      await recordAdoption(db, changes.adoption);
      return {
        progress: progress.length,
        notes: notes.length,
        profile: profileChanged,
        ...(profileChanged ? { changedProfile: merged.profile } : {}),
      };
    },
  );
}

/** Keeps the offered plan in `meta` while there is one; writes only when it changes. */
async function recordAdoption(
  db: BackendPathDatabase,
  offered: LocalChanges['adoption'],
): Promise<void> {
  const stored = await readAdoption(db);
  if (offered === null) {
    if (stored !== null) await db.meta.delete('adoption');
    return;
  }
  if (stored === null || canonical(stored) !== canonical(offered)) {
    await db.meta.put({ key: 'adoption', profile: { ...offered } });
  }
}
