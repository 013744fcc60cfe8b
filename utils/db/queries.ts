import type { PlanId } from '../curriculum/types';
import type { LocalDate } from '../date';
import type { NoteRecord, ProfileRecord, ProgressRecord } from '../model/records';
import type { BackendPathDatabase } from './schema';

/** The reads behind the views; each uses an index so it stays fast over years of data. */

export function readProfile(db: BackendPathDatabase): Promise<ProfileRecord | undefined> {
  return db.profile.get('profile');
}

export async function readPlanProgress(
  db: BackendPathDatabase,
  planId: PlanId,
): Promise<ReadonlyMap<string, ProgressRecord>> {
  const records = await db.progress.where('planId').equals(planId).toArray();
  return new Map(records.map((record) => [record.itemId, record]));
}

/** Progress of a few known items (today's checklist), straight by primary key. */
export async function readItemsProgress(
  db: BackendPathDatabase,
  itemIds: readonly string[],
): Promise<ReadonlyMap<string, ProgressRecord>> {
  const records = await db.progress.bulkGet([...itemIds]);
  const found = new Map<string, ProgressRecord>();
  for (const record of records) if (record) found.set(record.itemId, record);
  return found;
}

export function readNote(
  db: BackendPathDatabase,
  date: LocalDate,
): Promise<NoteRecord | undefined> {
  return db.notes.get(date);
}

/**
 * Resolved items (done or skipped) per local date, from `since` on (all time if
 * omitted). Reads the derived `activity` table: at most one row per day, so
 * even ten years stay a few thousand rows.
 */
export async function readActivity(
  db: BackendPathDatabase,
  since?: LocalDate,
): Promise<ReadonlyMap<LocalDate, number>> {
  const rows =
    since === undefined
      ? await db.activity.toArray()
      : await db.activity.where('date').aboveOrEqual(since).toArray();
  return new Map(rows.map(({ date, count }) => [date, count]));
}

/** Every note with text, newest date first, for the notes view. */
export async function readAllNotes(db: BackendPathDatabase): Promise<readonly NoteRecord[]> {
  const notes = await db.notes.orderBy('date').reverse().toArray();
  return notes.filter((note) => note.text.trim() !== '');
}
