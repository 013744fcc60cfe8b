import type { Clock } from '../date';
import { today } from '../date';
import {
  buildExport,
  type ExportFile,
  exportFileName,
  type StoreSnapshot,
} from '../transfer/format';
import { type ImportMode, importedState } from '../transfer/merge';
import { rebuildActivity } from './activity';
import { classifyStoreError, type StoreError } from './errors';
import type { BackendPathDatabase } from './schema';

/** Profile, progress and notes as one consistent read. */
export function readSnapshot(db: BackendPathDatabase): Promise<StoreSnapshot> {
  return db.transaction('r', [db.profile, db.progress, db.notes], async () => {
    const [profile, progress, notes] = await Promise.all([
      db.profile.get('profile'),
      db.progress.toArray(),
      db.notes.toArray(),
    ]);
    return { profile: profile ?? null, progress, notes };
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
 * resulting progress.
 */
export async function applyImport(
  db: BackendPathDatabase,
  data: StoreSnapshot,
  mode: ImportMode,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly error: StoreError }> {
  try {
    await db.transaction('rw', [db.profile, db.progress, db.activity, db.notes], async () => {
      const current = await readSnapshot(db);
      const next = importedState(current, data, mode);
      await Promise.all([db.progress.clear(), db.notes.clear(), db.profile.clear()]);
      await db.progress.bulkPut(next.progress.map((record) => ({ ...record })));
      await rebuildActivity(db.activity, next.progress);
      await db.notes.bulkPut(next.notes.map((note) => ({ ...note })));
      if (next.profile) await db.profile.put({ ...next.profile });
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: classifyStoreError(error) };
  }
}
