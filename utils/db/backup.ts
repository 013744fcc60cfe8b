import { withScheduleRules } from '../calendar';
import type { Clock } from '../date';
import { today } from '../date';
import { changedRecords } from '../model/merge';
import { canonical } from '../model/order';
import {
  buildExport,
  type ExportFile,
  exportFileName,
  type StoreSnapshot,
} from '../transfer/format';
import { type ImportMode, importedState } from '../transfer/merge';
import { raiseFloors } from './actions';
import { putProgress, rebuildActivity } from './activity';
import { classifyStoreError, type StoreError } from './errors';
import { readFloors, withStamps } from './meta';
import type { BackendPathDatabase } from './schema';

/** Profile, progress, notes and the floors a reset left, as one consistent read. */
export function readSnapshot(db: BackendPathDatabase): Promise<StoreSnapshot> {
  return db.transaction('r', [db.profile, db.progress, db.notes, db.meta], async () => {
    const [profile, progress, notes, floors] = await Promise.all([
      db.profile.get('profile'),
      db.progress.toArray(),
      db.notes.toArray(),
      readFloors(db),
    ]);
    return { profile: profile ?? null, progress, notes, floors };
  });
}

export type ExportResult =
  | { readonly ok: true; readonly file: ExportFile; readonly fileName: string }
  | { readonly ok: false; readonly error: StoreError };

export async function exportDatabase(
  db: BackendPathDatabase,
  appVersion: string,
  clock: Clock,
): Promise<ExportResult> {
  try {
    const snapshot = await readSnapshot(db);
    return {
      ok: true,
      file: buildExport(snapshot, appVersion, clock.now()),
      fileName: exportFileName(today(clock)),
    };
  } catch (error) {
    return { ok: false, error: classifyStoreError(error) };
  }
}

/**
 * Writes a parsed import in one transaction: it lands completely or, on any
 * failure, not at all. Files carry no `activity`; it is recounted from the
 * resulting progress. What the import brings is a change made now, so it is
 * stamped now (above everything this device has seen) and syncs as such:
 * - Merge takes, per record, the newer of the two and never removes anything;
 * - Replace raises the floors, so every device drops what the file does not hold.
 * A profile from before the plan calendar gets its rest days from today on, as the v4
 * upgrade gives them (`importedFromToday`), so no day already lived is renumbered.
 */
export async function applyImport(
  db: BackendPathDatabase,
  data: StoreSnapshot,
  mode: ImportMode,
  clock: Clock,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly error: StoreError }> {
  try {
    await db.transaction(
      'rw',
      [db.profile, db.progress, db.activity, db.notes, db.meta],
      async () => {
        const current = await readSnapshot(db);
        const next = importedState(current, importedFromToday(data, clock), mode);
        if (mode === 'replace') await replaceWith(db, next, data.profile !== null, clock);
        else await mergeIn(db, current, next, clock);
      },
    );
    return { ok: true };
  } catch (error) {
    return { ok: false, error: classifyStoreError(error) };
  }
}

/** What an import brings, with a pre-calendar profile's rest days applying from today on. */
export function importedFromToday<T extends StoreSnapshot>(data: T, clock: Clock): T {
  return data.profile === null || data.profile.scheduleRules !== undefined
    ? data
    : { ...data, profile: withScheduleRules(data.profile, today(clock)) };
}

async function replaceWith(
  db: BackendPathDatabase,
  next: StoreSnapshot,
  replacesProfile: boolean,
  clock: Clock,
): Promise<void> {
  const floor = await raiseFloors(
    db,
    clock,
    replacesProfile ? ['profile', 'progress', 'notes'] : ['progress', 'notes'],
  );
  const restamp = <T extends { readonly updatedAt: number }>(record: T): T => ({
    ...record,
    updatedAt: floor,
  });
  await Promise.all([db.progress.clear(), db.notes.clear()]);
  const progress = next.progress.map(restamp);
  await db.progress.bulkPut(progress);
  await rebuildActivity(db.activity, progress);
  await db.notes.bulkPut(next.notes.map(restamp));
  if (replacesProfile && next.profile) {
    const { provisional: _provisional, ...profile } = next.profile;
    await db.profile.put(restamp(profile));
  }
}

async function mergeIn(
  db: BackendPathDatabase,
  current: StoreSnapshot,
  next: StoreSnapshot,
  clock: Clock,
): Promise<void> {
  const progress = changedRecords(current.progress, next.progress, (record) => record.itemId);
  const notes = changedRecords(current.notes, next.notes, (note) => note.date);
  const profileChanged =
    next.profile !== null && canonical(next.profile) !== canonical(current.profile);
  await withStamps(db, clock.now(), async (stamp) => {
    const restamp = <T extends { readonly updatedAt: number }>(record: T): T => ({
      ...record,
      updatedAt: stamp(record.updatedAt),
    });
    await putProgress(db.progress, db.activity, progress.map(restamp));
    await db.notes.bulkPut(notes.map(restamp));
    if (profileChanged && next.profile) await db.profile.put(restamp(next.profile));
  });
}
