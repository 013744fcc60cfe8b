import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../utils/db/database';
import { BackendPathDatabase, SCHEMA_VERSIONS, type SchemaVersion } from '../../utils/db/schema';
import { clearFinishedBackups, withBackup } from '../../utils/db/upgrade-backup';
import fixture from '../fixtures/db-v1.json';
import { rawDump, uniqueName } from './db-helpers';

type FixtureStores = typeof fixture.stores;

/** Creates a database exactly as `version` of the schema list wrote it, filled from `stores`. */
async function createAsVersion(
  name: string,
  version: number,
  stores: FixtureStores,
): Promise<void> {
  const db = new Dexie(name);
  for (const entry of SCHEMA_VERSIONS.filter((v) => v.version <= version)) {
    db.version(entry.version).stores({ ...entry.stores });
  }
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(stores)) await db.table(table).bulkAdd(rows);
  });
  db.close();
}

const V1 = SCHEMA_VERSIONS[0] as SchemaVersion;

describe('opening data written by schema v1', () => {
  it('keeps every record unchanged', async () => {
    const name = uniqueName('v1');
    await createAsVersion(name, 1, fixture.stores);
    const result = await openDatabase(name);
    if (!result.ok) throw new Error(result.error.kind);
    const db = result.db;
    expect(await db.profile.toArray()).toEqual(fixture.stores.profile);
    expect(await db.progress.orderBy('itemId').toArray()).toEqual(
      [...fixture.stores.progress].sort((a, b) => (a.itemId < b.itemId ? -1 : 1)),
    );
    expect(await db.notes.orderBy('date').toArray()).toEqual(fixture.stores.notes);
    expect(fixture.stores.progress.some((record) => record.state === 'open')).toBe(true);
    expect(fixture.stores.progress.some((record) => record.state === 'skipped')).toBe(true);
    db.close();
  });
});

describe('backup before a data-changing upgrade (made-up v2)', () => {
  const addField = withBackup(1, ['progress'], async (tx) => {
    await tx
      .table('progress')
      .toCollection()
      .modify((record: Record<string, unknown>) => {
        record.source = 'device';
      });
  });
  const failing = withBackup(1, ['progress'], async (tx) => {
    await tx
      .table('progress')
      .toCollection()
      .modify((record: Record<string, unknown>) => {
        record.source = 'device';
      });
    throw new Error('transform bug');
  });
  const v2 = (upgrade: SchemaVersion['upgrade']): SchemaVersion[] => [
    V1,
    { version: 2, stores: V1.stores, upgrade },
  ];

  it('copies the old rows aside during the upgrade and drops them once it succeeded', async () => {
    const name = uniqueName('v2-ok');
    await createAsVersion(name, 1, fixture.stores);

    const db = new BackendPathDatabase(name, v2(addField));
    await db.open();
    const backups = await db.backups.toArray();
    expect(backups).toHaveLength(1);
    expect(backups[0]?.table).toBe('progress');
    expect(backups[0]?.rows).toEqual(fixture.stores.progress);
    const upgraded = await db.progress.toArray();
    expect(upgraded.every((record) => 'source' in record)).toBe(true);
    expect(await clearFinishedBackups(db)).toBe(1);
    expect(await db.backups.count()).toBe(0);
    db.close();
  });

  it('openDatabase clears finished backups itself', async () => {
    const name = uniqueName('v2-open');
    await createAsVersion(name, 1, fixture.stores);
    const result = await openDatabase(name, { versions: v2(addField) });
    if (!result.ok) throw new Error(result.error.kind);
    expect(await result.db.backups.count()).toBe(0);
    expect(await result.db.progress.count()).toBe(fixture.stores.progress.length);
    result.db.close();
  });

  it('leaves the old data and version intact when the transform throws', async () => {
    const name = uniqueName('v2-throws');
    await createAsVersion(name, 1, fixture.stores);
    const before = await rawDump(name);

    const result = await openDatabase(name, { versions: v2(failing) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.title).toMatch(/could not/i);

    expect(await rawDump(name)).toBe(before);
    const reopened = await openDatabase(name);
    if (!reopened.ok) throw new Error(reopened.error.kind);
    expect(await reopened.db.progress.count()).toBe(fixture.stores.progress.length);
    reopened.db.close();
  });
});
