import type { PlanId } from '../curriculum/types';
import { type Clock, type LocalDate, localDateOf } from '../date';
import { stampAfter } from '../model/merge';
import {
  type ItemState,
  NOTE_MAX_LENGTH,
  type NoteRecord,
  type ProfileRecord,
  type ProgressRecord,
} from '../model/records';
import type { WriteResult } from '../model/results';
import { putProgress } from './activity';
import { classifyStoreError } from './errors';
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
    updatedAt: stampAfter(now, replaces?.updatedAt),
  };
}

/** Ticks, skips or unticks one item. Unticking keeps an `open` tombstone so merges see it. */
export function setItemState(
  db: BackendPathDatabase,
  change: { readonly itemId: string; readonly planId: PlanId; readonly state: ItemState },
  clock: Clock,
): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', [db.progress, db.activity], async () => {
      const current = await db.progress.get(change.itemId);
      if (current?.state === change.state && current.planId === change.planId) return OK;
      await putProgress(db.progress, db.activity, [
        progressRecord(change.itemId, change.planId, change.state, clock, current),
      ]);
      return OK;
    }),
  );
}

/** Marks every item of a day done, leaving already done or skipped ones as they are. */
export function completeDay(
  db: BackendPathDatabase,
  planId: PlanId,
  itemIds: readonly string[],
  clock: Clock,
): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', [db.progress, db.activity], async () => {
      const current = await db.progress.bulkGet([...itemIds]);
      const marked = itemIds.flatMap((id, index) => {
        const previous = current[index];
        const open = previous === undefined || previous.state === 'open';
        return open ? [progressRecord(id, planId, 'done', clock, previous)] : [];
      });
      await putProgress(db.progress, db.activity, marked);
      return OK;
    }),
  );
}

export function saveProfile(db: BackendPathDatabase, profile: ProfileRecord): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', db.profile, async () => {
      await db.profile.put({ ...profile });
      return OK;
    }),
  );
}

/** Read-modify-write in one transaction; never invents a profile that is not there. */
export function updateProfile(
  db: BackendPathDatabase,
  patch: ProfilePatch,
  clock: Clock,
): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', db.profile, async () => {
      const current = await db.profile.get('profile');
      if (!current) {
        return invalid(
          'There is no saved plan to change yet.',
          'Choose a plan and start date first.',
        );
      }
      const updatedAt = stampAfter(clock.now(), current.updatedAt);
      await db.profile.put({ ...current, ...patch, id: 'profile', updatedAt });
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
    db.transaction('rw', db.notes, async () => {
      const previous = await db.notes.get(date);
      const note: NoteRecord = {
        date,
        text,
        updatedAt: stampAfter(clock.now(), previous?.updatedAt),
      };
      await db.notes.put(note);
      return OK;
    }),
  );
}

/**
 * Unticks every resolved item with a newer `open` tombstone instead of deleting it,
 * so sync and import merges see the reset and cannot bring the old ticks back.
 */
async function untickAll(db: BackendPathDatabase, clock: Clock): Promise<void> {
  const resolved = await db.progress.filter((record) => record.state !== 'open').toArray();
  await putProgress(
    db.progress,
    db.activity,
    resolved.map((record) => progressRecord(record.itemId, record.planId, 'open', clock, record)),
  );
}

/** Forgets every ticked item; plan, settings and notes stay. */
export function resetProgress(db: BackendPathDatabase, clock: Clock): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', [db.progress, db.activity], async () => {
      await untickAll(db, clock);
      return OK;
    }),
  );
}

/** Starts over: no plan, no ticks, empty notes (kept as newer empty notes, for the same reason). */
export function resetEverything(db: BackendPathDatabase, clock: Clock): Promise<WriteResult> {
  return write(() =>
    db.transaction('rw', [db.profile, db.progress, db.activity, db.notes, db.backups], async () => {
      await untickAll(db, clock);
      const notes = await db.notes.filter((note) => note.text !== '').toArray();
      await db.notes.bulkPut(
        notes.map((note) => ({
          date: note.date,
          text: '',
          updatedAt: stampAfter(clock.now(), note.updatedAt),
        })),
      );
      await Promise.all([db.profile.clear(), db.backups.clear()]);
      return OK;
    }),
  );
}
