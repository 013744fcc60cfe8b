import type { PlanId } from '../curriculum/types';
import { type Clock, type LocalDate, localDateOf } from '../date';
import {
  type Floors,
  type ItemState,
  NOTE_MAX_LENGTH,
  type NoteRecord,
  type ProfileRecord,
  type ProgressRecord,
} from '../model/records';
import type { WriteResult } from '../model/results';
import { putProgress } from './activity';
import { classifyStoreError } from './errors';
import {
  readAdoption,
  readFloors,
  readSyncSwitch,
  type Stamper,
  withStamps,
  writeFloors,
} from './meta';
import type { BackendPathDatabase } from './schema';

export type { WriteResult } from '../model/results';

export type ProfilePatch = Partial<Omit<ProfileRecord, 'id' | 'updatedAt'>>;

const OK: WriteResult = { ok: true };

async function write(run: () => Promise<WriteResult>): Promise<WriteResult> {
  try {
    return await run();
  } catch (error) {
    return { ok: false, error: classifyStoreError(error) };
  }
}

function invalid(title: string, advice: string): WriteResult {
  return { ok: false, error: { kind: 'invalid', title, advice } };
}

function progressRecord(
  itemId: string,
  planId: PlanId,
  state: ItemState,
  clock: Clock,
  stamp: Stamper,
  replaces?: ProgressRecord,
): ProgressRecord {
  const now = clock.now();
  const resolved = state !== 'open';
  return {
    itemId,
    planId,
    state,
    completedAt: resolved ? now : null,
    completedOn: resolved ? localDateOf(now, clock.timeZone()) : null,
    updatedAt: stamp(replaces?.updatedAt),
  };
}

/** Ticks, skips or unticks one item. Unticking keeps an `open` tombstone so merges see it. */
export function setItemState(
  db: BackendPathDatabase,
  change: { readonly itemId: string; readonly planId: PlanId; readonly state: ItemState },
  clock: Clock,
): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', [db.progress, db.activity, db.meta], async () => {
      const current = await db.progress.get(change.itemId);
      if (current?.state === change.state && current.planId === change.planId) return OK;
      await withStamps(db, clock.now(), (stamp) =>
        putProgress(db.progress, db.activity, [
          progressRecord(change.itemId, change.planId, change.state, clock, stamp, current),
        ]),
      );
      return OK;
    }),
  );
}

/** What a completion marked: each item with the stamp it wrote, so an undo can tell later changes. */
export type MarkedItems = ReadonlyMap<string, number>;
export type CompleteDayResult = WriteResult & { readonly marked?: MarkedItems };

/**
 * Marks every item of a day done, leaving already done or skipped ones as they are.
 * Reports the items it marked, so an undo can reopen exactly those.
 */
export async function completeDay(
  db: BackendPathDatabase,
  planId: PlanId,
  itemIds: readonly string[],
  clock: Clock,
): Promise<CompleteDayResult> {
  let marked: MarkedItems = new Map();
  const result = await write(() =>
    db.transaction('rw', [db.progress, db.activity, db.meta], async () => {
      const current = await db.progress.bulkGet([...itemIds]);
      await withStamps(db, clock.now(), (stamp) => {
        const records = itemIds.flatMap((id, index) => {
          const previous = current[index];
          const open = previous === undefined || previous.state === 'open';
          return open ? [progressRecord(id, planId, 'done', clock, stamp, previous)] : [];
        });
        marked = new Map(records.map((record) => [record.itemId, record.updatedAt]));
        return putProgress(db.progress, db.activity, records);
      });
      return OK;
    }),
  );
  return result.ok ? { ok: true, marked } : result;
}

/**
 * Undoes "Mark the whole day complete" in one write: each item it marked is open again,
 * unless it changed since (its stamp is no longer the completion's). The reopened items get
 * a newer stamp than the completion, so the undo stands on every synced device.
 */
export function reopenItems(
  db: BackendPathDatabase,
  planId: PlanId,
  marked: MarkedItems,
  clock: Clock,
): Promise<WriteResult> {
  const itemIds = [...marked.keys()];
  return write(() =>
    db.transaction('rw', [db.progress, db.activity, db.meta], async () => {
      const current = await db.progress.bulkGet(itemIds);
      await withStamps(db, clock.now(), (stamp) => {
        const records = itemIds.flatMap((id, index) => {
          const previous = current[index];
          const unchanged = previous !== undefined && previous.updatedAt === marked.get(id);
          return unchanged ? [progressRecord(id, planId, 'open', clock, stamp, previous)] : [];
        });
        return putProgress(db.progress, db.activity, records);
      });
      return OK;
    }),
  );
}

/** Stores `profile` exactly as given (a fixture or a restored record). */
export function saveProfile(db: BackendPathDatabase, profile: ProfileRecord): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', db.profile, async () => {
      await db.profile.put({ ...profile });
      return OK;
    }),
  );
}

/**
 * Saves the plan chosen in onboarding, stamped above everything this device has seen. While
 * sync is on it is provisional: until the synced data has been looked at, it must not
 * outrank a plan another browser already has.
 */
export function createProfile(
  db: BackendPathDatabase,
  profile: Omit<ProfileRecord, 'updatedAt' | 'provisional'>,
  clock: Clock,
): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', [db.profile, db.meta], async () => {
      const previous = await db.profile.get('profile');
      await withStamps(db, clock.now(), async (stamp) => {
        const provisional = profile.syncEnabled ? { provisional: true as const } : {};
        await db.profile.put({ ...profile, ...provisional, updatedAt: stamp(previous?.updatedAt) });
      });
      return OK;
    }),
  );
}

/**
 * Read-modify-write in one transaction; never invents a profile that is not there. A patch
 * given as a function is made from the profile stored now, so a list another tab changed
 * meanwhile (pauses, say) is changed, not overwritten.
 */
export function updateProfile(
  db: BackendPathDatabase,
  patch: ProfilePatch | ((current: ProfileRecord) => ProfilePatch),
  clock: Clock,
): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', [db.profile, db.meta], async () => {
      const current = await db.profile.get('profile');
      if (!current) {
        return invalid(
          'There is no saved plan to change yet.',
          'Choose a plan and start date first.',
        );
      }
      const changes = typeof patch === 'function' ? patch(current) : patch;
      // Turning sync on: this plan must not overwrite one another browser already has.
      const turningSyncOn = changes.syncEnabled === true && !current.syncEnabled;
      await withStamps(db, clock.now(), async (stamp) => {
        const updatedAt = stamp(current.updatedAt);
        const next: ProfileRecord = { ...current, ...changes, id: 'profile', updatedAt };
        await db.profile.put(turningSyncOn ? { ...next, provisional: true } : next);
      });
      return OK;
    }),
  );
}

export function saveNote(
  db: BackendPathDatabase,
  date: LocalDate,
  text: string,
  clock: Clock,
): Promise<WriteResult> {
  if (text.length > NOTE_MAX_LENGTH) {
    return Promise.resolve(
      invalid(
        `This note is ${text.length.toLocaleString('en-US')} characters long; a note can hold at most ${NOTE_MAX_LENGTH.toLocaleString('en-US')}.`,
        'Shorten the note and save again.',
      ),
    );
  }
  return write(() =>
    db.transaction('rw', [db.notes, db.meta], async () => {
      const previous = await db.notes.get(date);
      await withStamps(db, clock.now(), async (stamp) => {
        const note: NoteRecord = { date, text, updatedAt: stamp(previous?.updatedAt) };
        await db.notes.put(note);
      });
      return OK;
    }),
  );
}

/** Forgets every ticked item; plan, settings and notes stay. */
export function resetProgress(db: BackendPathDatabase, clock: Clock): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', [db.progress, db.activity, db.meta], async () => {
      await raiseFloors(db, clock, ['progress']);
      await Promise.all([db.progress.clear(), db.activity.clear()]);
      return OK;
    }),
  );
}

/** Starts over: no plan, no ticks, no notes, on every device that syncs. */
export function resetEverything(db: BackendPathDatabase, clock: Clock): Promise<WriteResult> {
  return write(() =>
    db.transaction(
      'rw',
      [db.profile, db.progress, db.activity, db.notes, db.backups, db.meta],
      async () => {
        // With sync on, the reset itself must still reach the other browsers.
        const syncing = await readSyncSwitch(db, await db.profile.get('profile'));
        await raiseFloors(db, clock, ['profile', 'progress', 'notes']);
        await db.meta.put({ key: 'sync-without-plan', enabled: syncing });
        await Promise.all([
          db.profile.clear(),
          db.progress.clear(),
          db.activity.clear(),
          db.notes.clear(),
          db.backups.clear(),
          db.meta.delete('adoption'),
        ]);
        return OK;
      },
    ),
  );
}

/**
 * Raises the floors of `tables` above every stamp this device has seen, so every device that
 * merges with it drops their older records: the clear stays done, whatever the clocks say.
 * Returns the new floor, which is also the clock floor.
 */
export async function raiseFloors(
  db: BackendPathDatabase,
  clock: Clock,
  tables: readonly (keyof Floors)[],
): Promise<number> {
  const floors = await readFloors(db);
  return withStamps(db, clock.now(), async (stamp) => {
    const floor = stamp(Math.max(floors.profile, floors.progress, floors.notes));
    const raised = { ...floors };
    for (const table of tables) raised[table] = floor;
    await writeFloors(db, raised);
    return floor;
  });
}

/** "Use it": the plan found in the synced data becomes this browser's, as it is everywhere. */
export function acceptOfferedPlan(db: BackendPathDatabase): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', [db.profile, db.meta], async () => {
      const offered = await readAdoption(db);
      if (!offered) return OK;
      const current = await db.profile.get('profile');
      await db.profile.put({
        ...offered,
        id: 'profile',
        reminderTime: current?.reminderTime ?? offered.reminderTime,
        syncEnabled: true,
      });
      await db.meta.delete('adoption');
      return OK;
    }),
  );
}

/**
 * "Start over here": an explicit reset on every browser that syncs, keeping the plan
 * chosen on this one, which becomes the established plan.
 */
export function startOverHere(db: BackendPathDatabase, clock: Clock): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', [db.profile, db.progress, db.activity, db.notes, db.meta], async () => {
      const current = await db.profile.get('profile');
      if (!current) return invalid('There is no plan on this browser yet.', 'Choose one first.');
      const floor = await raiseFloors(db, clock, ['profile', 'progress', 'notes']);
      await Promise.all([
        db.progress.clear(),
        db.activity.clear(),
        db.notes.clear(),
        db.meta.delete('adoption'),
      ]);
      const { provisional: _provisional, ...established } = current;
      await db.profile.put({ ...established, updatedAt: floor });
      return OK;
    }),
  );
}
