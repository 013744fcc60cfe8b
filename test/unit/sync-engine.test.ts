import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixedClock } from '../../utils/date';
import { saveNote, saveProfile, setItemState, updateProfile } from '../../utils/db/actions';
import { countActivity } from '../../utils/db/activity';
import { applyImport } from '../../utils/db/backup';
import { readActivity } from '../../utils/db/queries';
import type { BackendPathDatabase } from '../../utils/db/schema';
import { localDate } from '../../utils/model/local-date';
import { canonical } from '../../utils/model/order';
import type { ItemState } from '../../utils/model/records';
import {
  createSyncEngine,
  describeStorageError,
  type SyncArea,
  type SyncEngine,
} from '../../utils/sync/engine';
import { isSyncKey } from '../../utils/sync/pack';
import { stampDevice } from '../../utils/sync/reconcile';
import type { SyncStatus } from '../../utils/sync/status';
import { readSyncState } from '../../utils/sync/store';
import { openOrFail, uniqueName } from '../support/database';
import { EARLIER_PLAN, PROFILE, START } from '../support/sync-fixtures';

/** Timers the test moves by hand: nothing runs until `advance`. */
function manualTimers() {
  let now = START;
  let nextId = 0;
  const waiting = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout: (run: () => void, ms: number) => {
      nextId += 1;
      waiting.set(nextId, { at: now + ms, run });
      return nextId;
    },
    clearTimeout: (handle: unknown) => {
      waiting.delete(handle as number);
    },
    /** Moves time on, running every timer that falls due, in order. */
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...waiting.entries()]
          .filter(([, timer]) => timer.at <= until)
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        waiting.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].run();
      }
      now = until;
    },
    pending: () => waiting.size,
  };
}

interface Device {
  readonly id: string;
  readonly db: BackendPathDatabase;
  readonly engine: SyncEngine;
  readonly statuses: SyncStatus[];
  readonly timers: ReturnType<typeof manualTimers>;
}

/** Counts the writes that reach the shared fake `storage.sync`. */
function countingArea(area: SyncArea, writes: { count: number }): SyncArea {
  return {
    get: () => area.get(null),
    set: async (items) => {
      writes.count += 1;
      await area.set(items);
    },
    remove: async (keys) => {
      writes.count += 1;
      await area.remove(keys);
    },
  };
}

const opened: BackendPathDatabase[] = [];

async function device(
  id: string,
  options: { area?: SyncArea; maxWriteRoundsPerMinute?: number } = {},
): Promise<Device> {
  const db = await openOrFail(uniqueName(`sync-${id}`));
  opened.push(db);
  const statuses: SyncStatus[] = [];
  const timers = manualTimers();
  const engine = createSyncEngine({
    area: options.area ?? fakeBrowser.storage.sync,
    database: async () => db,
    deviceId: id,
    timers,
    report: (status) => statuses.push(status),
    ...(options.maxWriteRoundsPerMinute
      ? { maxWriteRoundsPerMinute: options.maxWriteRoundsPerMinute }
      : {}),
  });
  return { id, db, engine, statuses, timers };
}

const clockAt = (offset: number) => fixedClock(START + offset, 'UTC');

async function tick(target: Device, itemId: string, state: ItemState, at: number) {
  const result = await setItemState(target.db, { itemId, planId: 'plan-90', state }, clockAt(at));
  expect(result.ok).toBe(true);
}

/** The state a device holds, with its own writes marked as its own, for comparing devices. */
async function syncedView(target: Device): Promise<string> {
  const state = await readSyncState(target.db);
  return canonical({
    profile: state.profile && { ...state.profile, reminderTime: null },
    progress: stampDevice(state.progress, target.id),
    notes: state.notes,
  });
}

async function expectActivityInStep(target: Device): Promise<void> {
  const { progress } = await readSyncState(target.db);
  expect(await readActivity(target.db)).toEqual(countActivity(progress));
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('devices syncing through one storage.sync', () => {
  it('two devices exchange ticks, untick tombstones and the plan', async () => {
    const a = await device('device-a');
    const b = await device('device-b');
    await saveProfile(a.db, PROFILE);
    await saveProfile(b.db, EARLIER_PLAN);
    await tick(a, 'p90-intro.d1.1', 'done', 1_000);
    await tick(a, 'p90-intro.d1.2', 'done', 2_000);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect((await readSyncState(b.db)).profile?.planId).toBe('plan-90');
    // B unticks later; A sees the tombstone win.
    await tick(b, 'p90-intro.d1.2', 'open', 5_000);
    await b.engine.syncNow();
    await a.engine.syncNow();
    const onA = await readSyncState(a.db);
    expect(onA.progress.find((record) => record.itemId === 'p90-intro.d1.2')?.state).toBe('open');
    expect(await syncedView(a)).toBe(await syncedView(b));
    await expectActivityInStep(a);
    await expectActivityInStep(b);
  });

  it('three devices with interleaved edits, notes and a kept local reminder all converge', async () => {
    const devices = [await device('device-a'), await device('device-b'), await device('device-c')];
    const [a, b, c] = devices as [Device, Device, Device];
    await saveProfile(a.db, PROFILE);
    await saveProfile(b.db, EARLIER_PLAN);
    await saveProfile(c.db, EARLIER_PLAN);
    await a.engine.syncNow();
    await b.engine.syncNow();
    await updateProfile(b.db, { reminderTime: '07:30' }, clockAt(100));
    await tick(a, 'p90-intro.d1.1', 'done', 1_000);
    await tick(b, 'p90-intro.d1.1', 'skipped', 1_000); // same instant: device-b wins the tie
    await tick(c, 'p90-intro.d2.1', 'done', 1_500);
    await b.engine.syncNow();
    await tick(a, 'p90-intro.d2.1', 'open', 2_000);
    await saveNote(c.db, localDate('2030-01-02'), 'Indexes make reads fast.', clockAt(2_500));
    await c.engine.syncNow();
    await a.engine.syncNow();
    await tick(c, 'p90-intro.d3.1', 'done', 3_000);
    for (let pass = 0; pass < 2; pass += 1) for (const each of devices) await each.engine.syncNow();

    const views = await Promise.all(devices.map(syncedView));
    expect(new Set(views).size).toBe(1);
    const progress = (await readSyncState(c.db)).progress;
    const state = (itemId: string) => progress.find((record) => record.itemId === itemId)?.state;
    expect(state('p90-intro.d1.1')).toBe('skipped');
    expect(state('p90-intro.d2.1')).toBe('open');
    expect(state('p90-intro.d3.1')).toBe('done');
    expect((await readSyncState(a.db)).notes.map((entry) => entry.text)).toEqual([
      'Indexes make reads fast.',
    ]);
    expect((await readSyncState(b.db)).profile?.reminderTime).toBe('07:30');
    expect((await readSyncState(a.db)).profile?.reminderTime).toBeNull();
    for (const each of devices) await expectActivityInStep(each);
    expect(a.statuses.at(-1)).toMatchObject({ kind: 'synced', notesIncluded: true });
  });

  it('follows remote changes as storage.onChanged reports them', async () => {
    const a = await device('device-a');
    const b = await device('device-b');
    fakeBrowser.storage.onChanged.addListener((changes, areaName) => {
      if (areaName === 'sync' && Object.keys(changes).some(isSyncKey)) b.engine.remoteChanged();
    });
    await saveProfile(a.db, PROFILE);
    await saveProfile(b.db, EARLIER_PLAN);
    await tick(a, 'p90-intro.d1.1', 'done', 1_000);
    await a.engine.syncNow();
    b.timers.advance(0);
    await b.engine.settled();
    expect((await readSyncState(b.db)).progress.map((record) => record.state)).toEqual(['done']);
  });
});

describe('when storage.sync fails', () => {
  it('keeps local data and says the sync storage is full on a quota error', async () => {
    const full: SyncArea = {
      get: () => fakeBrowser.storage.sync.get(null),
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      remove: (keys) => fakeBrowser.storage.sync.remove(keys),
    };
    const a = await device('device-a', { area: full });
    await saveProfile(a.db, PROFILE);
    await tick(a, 'p90-intro.d1.1', 'done', 1_000);
    const before = await readSyncState(a.db);
    const status = await a.engine.syncNow();
    expect(status).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/sync storage is full/),
    });
    expect(canonical(await readSyncState(a.db))).toBe(canonical(before));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('retries without notes when the browser refuses them, so plan and ticks still sync', async () => {
    // Chromium's words when its own byte count of a note part is over the per-item quota.
    const strict: SyncArea = {
      get: () => fakeBrowser.storage.sync.get(null),
      set: (items) =>
        Object.keys(items).some((key) => key.startsWith('bp:n:'))
          ? Promise.reject(new Error('Resource::kQuotaBytesPerItem quota exceeded'))
          : fakeBrowser.storage.sync.set(items),
      remove: (keys) => fakeBrowser.storage.sync.remove(keys),
    };
    const a = await device('device-a', { area: strict });
    await saveProfile(a.db, PROFILE);
    await tick(a, 'p90-intro.d1.1', 'done', 1_000);
    await saveNote(a.db, localDate('2030-01-01'), 'Map<String, List<Integer>>', clockAt(2_000));
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'synced', notesIncluded: false });
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(stored).sort()).toEqual(['bp:m', 'bp:p:plan-90:p90-intro:0', 'bp:profile']);
  });

  it('names each browser’s quota errors in words', () => {
    for (const raw of [
      'QUOTA_BYTES_PER_ITEM quota exceeded',
      'Resource::kQuotaBytes quota exceeded',
      'Resource::kMaxItems quota exceeded',
      'QuotaExceededError: storage.sync API call exceeded its quota limitations.',
    ]) {
      expect(describeStorageError(new Error(raw))).toMatchObject({
        message: 'the browser’s sync storage is full',
        full: true,
      });
    }
  });

  it('reports a read failure without touching the store', async () => {
    const broken: SyncArea = {
      get: () => Promise.reject(new Error('Sync is unavailable')),
      set: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    };
    const a = await device('device-a', { area: broken });
    await saveProfile(a.db, PROFILE);
    await tick(a, 'p90-intro.d1.1', 'done', 1_000);
    expect(await a.engine.syncNow()).toMatchObject({
      kind: 'error',
      message: 'Sync is unavailable',
    });
    expect((await readSyncState(a.db)).progress).toHaveLength(1);
  });

  it('neither reads nor writes while sync is switched off', async () => {
    const writes = { count: 0 };
    const a = await device('device-a', { area: countingArea(fakeBrowser.storage.sync, writes) });
    await saveProfile(a.db, { ...PROFILE, syncEnabled: false });
    await tick(a, 'p90-intro.d1.1', 'done', 1_000);
    expect(await a.engine.syncNow()).toEqual({ kind: 'off' });
    expect(writes.count).toBe(0);
  });
});

describe('idle browsers', () => {
  it('make no writes over 10 minutes of rounds after a Replace and a Merge import', async () => {
    const writes = { count: 0 };
    const area = countingArea(fakeBrowser.storage.sync, writes);
    const a = await device('device-a', { area });
    const b = await device('device-b', { area });
    await saveProfile(a.db, PROFILE);
    await saveProfile(b.db, EARLIER_PLAN);
    await tick(a, 'p90-intro.d1.1', 'done', 1_000);
    const file = {
      profile: PROFILE,
      progress: [
        {
          itemId: 'p90-intro.d2.1',
          planId: 'plan-90' as const,
          state: 'done' as const,
          completedAt: START,
          completedOn: PROFILE.startDate,
          updatedAt: START,
        },
      ],
      notes: [],
    };
    expect((await applyImport(a.db, file, 'replace', clockAt(2_000))).ok).toBe(true);
    expect((await applyImport(b.db, file, 'merge', clockAt(3_000))).ok).toBe(true);
    for (let pass = 0; pass < 3; pass += 1) for (const each of [a, b]) await each.engine.syncNow();
    const settled = writes.count;
    // One round a minute each, as the background's alarm runs them.
    for (let minute = 1; minute <= 10; minute += 1) {
      for (const each of [a, b]) {
        each.timers.advance(60_000);
        await each.engine.syncNow();
      }
    }
    expect(writes.count).toBe(settled);
    expect(await syncedView(a)).toBe(await syncedView(b));
  });
});

describe('write pacing', () => {
  it('waits for a pause in local edits, then writes once', async () => {
    const writes = { count: 0 };
    const a = await device('device-a', { area: countingArea(fakeBrowser.storage.sync, writes) });
    await saveProfile(a.db, PROFILE);
    for (let index = 1; index <= 3; index += 1) {
      await tick(a, `p90-intro.d1.${index}`, 'done', index * 100);
      a.engine.localChanged();
      a.timers.advance(1_500);
    }
    expect(writes.count).toBe(0);
    a.timers.advance(500);
    await a.engine.settled();
    expect(writes.count).toBe(1);
    expect(a.statuses).toHaveLength(1);
  });

  it('holds writes over the per-minute budget until the window allows one', async () => {
    const writes = { count: 0 };
    const a = await device('device-a', {
      area: countingArea(fakeBrowser.storage.sync, writes),
      maxWriteRoundsPerMinute: 2,
    });
    await saveProfile(a.db, PROFILE);
    for (let index = 1; index <= 3; index += 1) {
      await tick(a, `p90-intro.d2.${index}`, 'done', index * 100);
      await a.engine.syncNow();
      a.timers.advance(1_000);
    }
    expect(writes.count).toBe(2);
    expect(a.statuses.at(-1)).toEqual({ kind: 'waiting' });
    a.timers.advance(60_000);
    await a.engine.settled();
    expect(writes.count).toBe(3);
    expect(a.statuses.at(-1)).toMatchObject({ kind: 'synced' });
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(JSON.stringify(stored)).toContain('d2.3');
  });
});
