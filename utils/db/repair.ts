import type { Transaction } from 'dexie';
import { canonical } from '../model/order';
import { repairedProgress } from '../model/progress-guard';
import type { BackupRecord } from './schema';

/**
 * Fixes what has one right answer in stored progress (an impossible completion time) and
 * moves records that cannot be trusted into `backups`, marked `set-aside`, so an upgrade
 * never stops on one bad row and nothing is lost. Returns how many rows changed or left.
 */
export async function repairProgressTable(tx: Transaction, fromVersion: number): Promise<number> {
  const table = tx.table('progress');
  const [keys, rows] = await Promise.all([table.toCollection().primaryKeys(), table.toArray()]);
  const setAside: unknown[] = [];
  const setAsideKeys: unknown[] = [];
  const fixed: unknown[] = [];
  rows.forEach((row: unknown, index) => {
    const repaired = repairedProgress(row);
    if (repaired === null) {
      setAside.push(row);
      setAsideKeys.push(keys[index]);
    } else if (canonical(repaired) !== canonical(row)) {
      fixed.push(repaired);
    }
  });
  if (setAside.length > 0) {
    const backup: BackupRecord = {
      table: 'progress',
      fromVersion,
      rows: setAside,
      reason: 'set-aside',
    };
    await tx.table('backups').add(backup);
    await table.bulkDelete(setAsideKeys as never[]);
  }
  if (fixed.length > 0) await table.bulkPut(fixed);
  return setAside.length + fixed.length;
}
