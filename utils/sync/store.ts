/**
 * The store's side of sync: one consistent read, and merged remote changes
 * written in one transaction. The merge is redone inside that transaction, so
 * a tick made on this device while the round was under way is never overwritten
 * by an older remote change.
 */

import { putProgress } from '../db/activity';
import { readSnapshot } from '../db/backup';
import type { BackendPathDatabase } from '../db/schema';
import { mergeRecords } from '../model/merge';
import type { LocalChanges } from './reconcile';
import { changedRecords, stampDevice } from './reconcile';

export { readSnapshot as readSyncState };

export interface AppliedCounts {
  readonly progress: number;
  readonly notes: number;
  readonly profile: boolean;
}

export async function applySyncChanges(
  db: BackendPathDatabase,
  changes: LocalChanges,
  deviceId: string,
): Promise<AppliedCounts> {
  if (changes.progress.length === 0 && changes.notes.length === 0 && changes.profile === null) {
    return { progress: 0, notes: 0, profile: false };
  }
  return db.transaction('rw', [db.profile, db.progress, db.activity, db.notes], async () => {
    const [profile, storedProgress, storedNotes] = await Promise.all([
      db.profile.get('profile'),
      db.progress.bulkGet(changes.progress.map((record) => record.itemId)),
      db.notes.bulkGet(changes.notes.map((note) => note.date)),
    ]);
    const current = {
      profile: profile ?? null,
      progress: stampDevice(
        storedProgress.filter((record) => record !== undefined),
        deviceId,
      ),
      notes: storedNotes.filter((note) => note !== undefined),
    };
    const merged = mergeRecords(current, {
      // This device's own settings stay as they are now.
      profile: changes.profile && {
        ...changes.profile,
        reminderTime: profile?.reminderTime ?? changes.profile.reminderTime,
        syncEnabled: profile?.syncEnabled ?? changes.profile.syncEnabled,
      },
      progress: changes.progress,
      notes: changes.notes,
    });
    const progress = changedRecords(current.progress, merged.progress, (record) => record.itemId);
    const notes = changedRecords(current.notes, merged.notes, (note) => note.date);
    const profileChanged = merged.profile !== null && merged.profile !== current.profile;
    // Through the same path as every tick, so `activity` stays in step.
    await putProgress(db.progress, db.activity, progress);
    await db.notes.bulkPut(notes.map((note) => ({ ...note })));
    if (profileChanged && merged.profile) await db.profile.put({ ...merged.profile });
    return { progress: progress.length, notes: notes.length, profile: profileChanged };
  });
}
