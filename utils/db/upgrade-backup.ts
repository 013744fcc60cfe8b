import type { Transaction } from 'dexie';
import type { BackendPathDatabase, BackupRecord } from './schema';

/**
 * Wraps a data-changing upgrade: the old rows of `tables` are copied into
 * `backups` before `transform` runs. The upgrade transaction is atomic, so a
 * throwing transform leaves the old version untouched; the copies are removed
 * by `clearFinishedBackups` only once the database opened at the new version.
 */
export function withBackup(
  fromVersion: number,
  tables: readonly string[],
  transform: (tx: Transaction) => Promise<void>,
): (tx: Transaction) => Promise<void> {
  return async (tx) => {
    for (const table of tables) {
      const rows: unknown[] = await tx.table(table).toArray();
      const backup: BackupRecord = { table, fromVersion, rows };
      await tx.table('backups').add(backup);
    }
    await transform(tx);
  };
}

/** Drops copies made for upgrades older than the version now open; set-aside rows stay. */
export async function clearFinishedBackups(db: BackendPathDatabase): Promise<number> {
  const openVersion = db.verno;
  return db.backups
    .filter((backup) => backup.fromVersion < openVersion && backup.reason !== 'set-aside')
    .delete();
}

/** Rows an upgrade could not trust, for the user to download. */
export async function readSetAside(db: BackendPathDatabase): Promise<unknown[]> {
  const backups = await db.backups.filter((backup) => backup.reason === 'set-aside').toArray();
  return backups.flatMap((backup) => backup.rows);
}
