import type { Clock } from '../../../utils/date';
import { exportDatabase } from '../../../utils/db/backup';
import type { BackendPathDatabase } from '../../../utils/db/schema';
import { serializeExport } from '../../../utils/transfer/format';
import { describeSnapshot } from '../../settings/counts';
import { downloadTextFile } from '../../settings/download';

export type BackupDownload =
  | { readonly ok: true; readonly fileName: string; readonly contents: string }
  | { readonly ok: false; readonly message: string };

/** Reads everything in one transaction and downloads it as the export file. */
export async function downloadBackup(
  db: BackendPathDatabase,
  appVersion: string,
  clock: Clock,
): Promise<BackupDownload> {
  const exported = await exportDatabase(db, appVersion, clock);
  if (!exported.ok)
    return { ok: false, message: `${exported.error.title} ${exported.error.advice}` };
  try {
    downloadTextFile(exported.fileName, serializeExport(exported.file));
  } catch (error) {
    const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
    return { ok: false, message: `The browser did not start the download${reason}.` };
  }
  return { ok: true, fileName: exported.fileName, contents: describeSnapshot(exported.file) };
}
