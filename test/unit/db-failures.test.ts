import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../utils/date';
import { saveProfile, setItemState, updateProfile } from '../../utils/db/actions';
import { openDatabase } from '../../utils/db/database';
import { classifyStoreError } from '../../utils/db/errors';
import { readProfile } from '../../utils/db/queries';
import { salvage } from '../../utils/db/salvage';
import { BackendPathDatabase, CURRENT_SCHEMA_VERSION } from '../../utils/db/schema';
import fixture from '../fixtures/db-v1.json';
import { rawDump, uniqueName, withMadeUpNextVersion } from '../support/database';

const clock = fixedClock(Date.UTC(2026, 0, 10, 12), 'Europe/Berlin');
const profile = fixture.stores.profile[0] as unknown as Parameters<typeof saveProfile>[1];

/** Opens with raw IndexedDB at a native version, creating v1's stores; the connection stays open. */
function rawOpen(name: string, nativeVersion: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, nativeVersion);
    request.onupgradeneeded = () => {
      const idb = request.result;
      idb.createObjectStore('profile', { keyPath: 'id' }).put(profile);
      idb.createObjectStore('progress', { keyPath: 'itemId' });
      idb.createObjectStore('notes', { keyPath: 'date' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A middleware that makes every call of one kind fail with a given DOM error. */
function failing(kind: 'mutate' | 'read', errorName: string): Middleware<DBCore> {
  const fail = () => Promise.reject(new DOMException(`simulated ${errorName}`, errorName));
  return {
    stack: 'dbcore',
    name: `fail-${kind}`,
    create: (down) => ({
      ...down,
      table: (tableName): DBCoreTable => {
        const table = down.table(tableName);
        return kind === 'mutate'
          ? { ...table, mutate: fail }
          : { ...table, get: fail, getMany: fail, query: fail, openCursor: fail, count: fail };
      },
    }),
  };
}

async function seeded(name: string): Promise<void> {
  const result = await openDatabase(name);
  if (!result.ok) throw new Error(result.error.kind);
  await saveProfile(result.db, profile);
  await setItemState(result.db, { itemId: 'a.d1.1', planId: 'plan-60', state: 'done' }, clock);
  result.db.close();
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openDatabase failures', () => {
  it('reports unavailable when there is no indexedDB global', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const result = await openDatabase(uniqueName('none'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
  });

  it('reports blocked while an older connection holds the database open', async () => {
    const name = uniqueName('blocked');
    const older = await rawOpen(name, 10);
    const result = await openDatabase(name, { versions: withMadeUpNextVersion({ extra: 'id' }) });
    expect(result).toMatchObject({ ok: false, error: { kind: 'blocked' } });
    if (!result.ok) {
      expect(result.error.advice).toBe('Close other Backend Path tabs and reload.');
    }
    older.close();
  });

  it('refuses a database a newer version wrote, without touching it', async () => {
    const name = uniqueName('newer');
    // Dexie stores version N as native N × 10.
    (await rawOpen(name, (CURRENT_SCHEMA_VERSION + 1) * 10)).close();
    const before = await rawDump(name);
    const result = await openDatabase(name);
    expect(result).toMatchObject({ ok: false, error: { kind: 'newer-version' } });
    expect(await rawDump(name)).toBe(before);
  });

  it('tells a still-open connection to reload when another one upgrades', async () => {
    const name = uniqueName('versionchange');
    const onVersionChange = vi.fn();
    const first = await openDatabase(name, { onVersionChange });
    if (!first.ok) throw new Error(first.error.kind);
    const second = await openDatabase(name, { versions: withMadeUpNextVersion({ extra: 'id' }) });
    expect(second.ok).toBe(true);
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(first.db.isOpen()).toBe(false);
    if (second.ok) second.db.close();
  });
});

describe('failed writes and reads change nothing', () => {
  it('classifies a quota error and keeps the stored data', async () => {
    const name = uniqueName('quota');
    await seeded(name);
    const before = await rawDump(name);
    const db = new BackendPathDatabase(name);
    db.use(failing('mutate', 'QuotaExceededError'));
    await db.open();
    const result = await setItemState(
      db,
      { itemId: 'a.d1.2', planId: 'plan-60', state: 'done' },
      clock,
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    db.close();
    expect(await rawDump(name)).toBe(before);
  });

  it('never writes a default profile over one it failed to read (corrupt store)', async () => {
    const name = uniqueName('corrupt');
    await seeded(name);
    const before = await rawDump(name);
    const db = new BackendPathDatabase(name);
    db.use(failing('read', 'UnknownError'));
    await db.open();
    await expect(readProfile(db)).rejects.toSatisfy(
      (error: unknown) => classifyStoreError(error).kind === 'corrupt',
    );
    const update = await updateProfile(db, { theme: 'light' }, clock);
    expect(update).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    db.close();
    expect(await rawDump(name)).toBe(before);
  });

  it('refuses to update a profile that does not exist', async () => {
    const result = await openDatabase(uniqueName('no-profile'));
    if (!result.ok) throw new Error(result.error.kind);
    const update = await updateProfile(result.db, { theme: 'light' }, clock);
    expect(update).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await result.db.profile.count()).toBe(0);
    result.db.close();
  });
});

describe('salvage', () => {
  it('reads valid records without Dexie and skips malformed ones', async () => {
    const name = uniqueName('salvage');
    await seeded(name);
    const broken = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve) => {
      const tx = broken.transaction('notes', 'readwrite');
      tx.objectStore('notes').put({ date: '2026-02-30', text: 42 });
      tx.oncomplete = () => resolve();
    });
    broken.close();

    const result = await salvage(name);
    expect(result.snapshot.profile).toEqual(profile);
    expect(result.snapshot.progress.map((record) => record.itemId)).toEqual(['a.d1.1']);
    expect(result.snapshot.notes).toEqual([]);
    expect(result.skipped).toBe(1);
    expect(result.unreadable).toEqual([]);
    // The derived activity table is on disk but not part of what salvage hands out.
    expect(Object.keys(result.snapshot).sort()).toEqual(['notes', 'profile', 'progress']);
  });

  it('does not create a database that is not there', async () => {
    const name = uniqueName('salvage-none');
    const result = await salvage(name);
    expect(result.snapshot).toEqual({ profile: null, progress: [], notes: [] });
    const names = (await indexedDB.databases()).map((info) => info.name);
    expect(names).not.toContain(name);
  });
});
