import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readSavedTicks } from '../../utils/db/early-read';
import { BackendPathDatabase, CURRENT_SCHEMA_VERSION, DATABASE_NAME } from '../../utils/db/schema';
import { localDate } from '../../utils/model/local-date';
import type { ProgressRecord } from '../../utils/model/records';

function record(itemId: string, state: ProgressRecord['state']): ProgressRecord {
  return {
    itemId,
    planId: 'plan-60',
    state,
    completedAt: state === 'open' ? null : 1,
    completedOn: state === 'open' ? null : localDate('2026-03-02'),
    updatedAt: 1,
  };
}

async function storedDatabase(records: readonly ProgressRecord[]): Promise<BackendPathDatabase> {
  const db = new BackendPathDatabase();
  await db.open();
  await db.progress.bulkPut([...records]);
  return db;
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '');
}

afterEach(async () => {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
});

describe('early read of saved ticks', () => {
  it('reads the stored state of the asked items only', async () => {
    const db = await storedDatabase([
      record('a', 'done'),
      record('b', 'skipped'),
      record('c', 'open'),
      record('elsewhere', 'done'),
    ]);
    db.close();
    const ticks = await readSavedTicks(indexedDB, ['a', 'b', 'c', 'never-ticked']);
    expect(ticks && Object.fromEntries(ticks)).toEqual({ a: 'done', b: 'skipped', c: 'open' });
  });

  it('never creates the database when there is none', async () => {
    expect(await readSavedTicks(indexedDB, ['a'])).toBeNull();
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
  });

  it('leaves the connection closed, so an upgrade elsewhere is not blocked', async () => {
    (await storedDatabase([record('a', 'done')])).close();
    await readSavedTicks(indexedDB, ['a']);
    const upgraded = await new Promise<string>((resolve) => {
      const request = indexedDB.open(DATABASE_NAME, (CURRENT_SCHEMA_VERSION + 1) * 10);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('opened');
      };
      request.onerror = () => resolve('failed');
    });
    expect(upgraded).toBe('opened');
  });

  it('skips records it does not recognise and is silent without IndexedDB', async () => {
    const db = await storedDatabase([record('a', 'done')]);
    await db.progress.put({ ...record('b', 'done'), state: 'maybe' as ProgressRecord['state'] });
    db.close();
    const ticks = await readSavedTicks(indexedDB, ['a', 'b']);
    expect(ticks && Object.fromEntries(ticks)).toEqual({ a: 'done' });
    expect(await readSavedTicks(undefined, ['a'])).toBeNull();
  });
});
