/**
 * The background's sync runtime as the worker runs it: the real engine on the
 * app's own IndexedDB (fake-indexeddb), WXT's fake browser for storage, alarms
 * and messages, and timers the test moves by hand, so a round runs only when a
 * test lets it and `runDueRounds` can wait until every round asked for is done.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixedClock } from '../../utils/date';
import { saveProfile, setItemState, updateProfile } from '../../utils/db/actions';
import { readAdoption } from '../../utils/db/meta';
import type { BackendPathDatabase } from '../../utils/db/schema';
import type { ProfileRecord, ProgressRecord } from '../../utils/model/records';
import { extensionSyncAccess } from '../../utils/sync/access';
import type { SyncEngine } from '../../utils/sync/engine';
import { SYNCED_PROFILE_STORAGE_KEY } from '../../utils/sync/handover';
import {
  packSyncData,
  type SyncedProfile,
  type SyncItems,
  syncedProfileOf,
  unpackSyncItems,
} from '../../utils/sync/pack';
import { stampDevice } from '../../utils/sync/reconcile';
import { SYNC_ALARM, startSync } from '../../utils/sync/runtime';
import {
  SYNC_DEVICE_ID_STORAGE_KEY,
  SYNC_NUDGE_MESSAGE,
  SYNC_STATUS_STORAGE_KEY,
  type SyncStatus,
} from '../../utils/sync/status';
import { readSyncState } from '../../utils/sync/store';
import { deleteAppDatabase, openAppDatabase } from '../support/background';
import { note, PROFILE, START } from '../support/sync-fixtures';

// What WxtVitest() would do for `wxt/browser`, without its auto-imports and config loading.
vi.mock('wxt/browser', async () => {
  const testing = await import('wxt/testing/fake-browser');
  return { browser: testing.fakeBrowser };
});

const DEVICE = 'this-device';
const OTHER_DEVICE = 'other-device';

/** Timers the test moves by hand: nothing runs until `advance`. */
function manualTimers(start: number) {
  let now = start;
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
      if (typeof handle === 'number') waiting.delete(handle);
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
    hasDue: () => [...waiting.values()].some((timer) => timer.at <= now),
  };
}

let timers: ReturnType<typeof manualTimers>;

/** Runs every round that is due now, and the rounds those cause, until none is. */
async function runDueRounds(engine: SyncEngine): Promise<void> {
  await engine.settled();
  while (timers.hasDue()) {
    timers.advance(0);
    await engine.settled();
  }
}

/** Starts the runtime and lets its catch-up round (and what follows from it) finish. */
async function startAndSettle(): Promise<SyncEngine> {
  const engine = await startSync(timers);
  await runDueRounds(engine);
  return engine;
}

const clockAt = (offset: number) => fixedClock(START + offset, 'UTC');

async function seed(
  profile: ProfileRecord,
  ticks: readonly string[],
): Promise<BackendPathDatabase> {
  const db = await openAppDatabase();
  expect((await saveProfile(db, profile)).ok).toBe(true);
  for (const [index, itemId] of ticks.entries()) {
    const change = { itemId, planId: profile.planId, state: 'done' as const };
    expect((await setItemState(db, change, clockAt(1_000 * (index + 1)))).ok).toBe(true);
  }
  return db;
}

/** What `storage.sync` should hold for the store as it is now, packed as this device. */
async function replicaOf(db: BackendPathDatabase): Promise<SyncItems> {
  const state = await readSyncState(db);
  return packSyncData({
    profile: state.profile && syncedProfileOf(state.profile),
    progress: stampDevice(state.progress, DEVICE),
    notes: state.notes,
  }).items;
}

const syncItems = (): Promise<Record<string, unknown>> => fakeBrowser.storage.sync.get(null);

async function storedStatus(): Promise<unknown> {
  const stored = await fakeBrowser.storage.local.get(SYNC_STATUS_STORAGE_KEY);
  return stored[SYNC_STATUS_STORAGE_KEY];
}

const syncedItemIds = async (): Promise<string[]> =>
  unpackSyncItems(await syncItems())
    .progress.map((record) => record.itemId)
    .sort();

beforeEach(async () => {
  fakeBrowser.reset();
  timers = manualTimers(START);
  await fakeBrowser.storage.local.set({ [SYNC_DEVICE_ID_STORAGE_KEY]: DEVICE });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteAppDatabase();
});

describe('startSync', () => {
  it('writes the profile and ticks from IndexedDB to storage.sync as the packed replica', async () => {
    const db = await seed(PROFILE, ['p90-intro.d1.1', 'p90-intro.d1.2']);

    await startAndSettle();

    const stored = await syncItems();
    expect(stored).toEqual(await replicaOf(db));
    const unpacked = unpackSyncItems(stored);
    expect(unpacked.partial).toBe(false);
    expect(unpacked.profile).toEqual(syncedProfileOf(PROFILE));
    expect(
      unpacked.progress.map((record) => [record.itemId, record.state, record.updatedBy]),
    ).toEqual([
      ['p90-intro.d1.1', 'done', DEVICE],
      ['p90-intro.d1.2', 'done', DEVICE],
    ]);
    expect(await storedStatus()).toEqual({ kind: 'synced', at: START, notesIncluded: true });
  });

  it('gives a new install a device id of its own and stamps its ticks with it', async () => {
    await fakeBrowser.storage.local.remove(SYNC_DEVICE_ID_STORAGE_KEY);
    await seed(PROFILE, ['p90-intro.d1.1']);

    await startAndSettle();

    const stored = await fakeBrowser.storage.local.get(SYNC_DEVICE_ID_STORAGE_KEY);
    const id = stored[SYNC_DEVICE_ID_STORAGE_KEY];
    expect(typeof id).toBe('string');
    expect(id).not.toBe('');
    expect(unpackSyncItems(await syncItems()).progress.map((record) => record.updatedBy)).toEqual([
      id,
    ]);
  });

  it('merges a change another device wrote to storage.sync into IndexedDB', async () => {
    const db = await seed({ ...PROFILE, reminderTime: '07:30' }, ['p90-intro.d1.1']);
    const engine = await startAndSettle();

    // The other device read the replica, ticked an item, wrote a note and
    // changed the rest days, then wrote it all back packed.
    const theirs = unpackSyncItems(await syncItems());
    const theirTick: ProgressRecord = {
      itemId: 'p90-intro.d2.1',
      planId: 'plan-90',
      state: 'done',
      completedAt: START + 60_000,
      completedOn: PROFILE.startDate,
      updatedAt: START + 60_000,
      updatedBy: OTHER_DEVICE,
    };
    const theirNote = note('2030-01-01', 'Read on the train.', START + 61_000);
    const theirProfile: SyncedProfile = {
      ...syncedProfileOf(PROFILE),
      restDays: [0, 6],
      updatedAt: START + 62_000,
    };
    const packed = packSyncData({
      profile: theirProfile,
      progress: [...theirs.progress, theirTick],
      notes: [theirNote],
    });
    await fakeBrowser.storage.sync.set({ ...packed.items });
    await runDueRounds(engine);

    const local = await readSyncState(db);
    expect(local.progress.find((record) => record.itemId === 'p90-intro.d2.1')).toEqual(theirTick);
    expect(local.progress.find((record) => record.itemId === 'p90-intro.d1.1')?.state).toBe('done');
    expect(local.notes).toEqual([theirNote]);
    // The shared settings arrive; this device's reminder time and sync switch stay its own.
    expect(local.profile).toMatchObject({ restDays: [0, 6], reminderTime: '07:30' });
    expect(local.profile?.syncEnabled).toBe(true);
    expect(await syncItems()).toEqual(await replicaOf(db));
    expect(await storedStatus()).toEqual({ kind: 'synced', at: START, notesIncluded: true });
    // The next page's first paint takes the new settings from here (no page was open).
    const handed = await fakeBrowser.storage.local.get(SYNCED_PROFILE_STORAGE_KEY);
    expect(handed[SYNCED_PROFILE_STORAGE_KEY]).toEqual({ profile: local.profile });
  });

  it('only a change to its own keys in storage.sync starts a round', async () => {
    await seed(PROFILE, ['p90-intro.d1.1']);
    await startAndSettle();

    await fakeBrowser.storage.sync.set({ 'another-extension': 1 });
    expect(timers.hasDue()).toBe(false);
    await fakeBrowser.storage.local.set({ 'bp:m': 'not the sync area' });
    expect(timers.hasDue()).toBe(false);
    await fakeBrowser.storage.sync.set({ 'bp:stray': 1 });
    expect(timers.hasDue()).toBe(true);
  });

  it('creates the periodic alarm, and firing it runs a round', async () => {
    const db = await seed(PROFILE, ['p90-intro.d1.1']);
    const engine = await startAndSettle();
    const alarm = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(alarm).toMatchObject({ name: SYNC_ALARM, periodInMinutes: 1 });
    if (!alarm) throw new Error('the sync alarm was not created');

    // A tick the worker has not synced yet (as if made while it slept).
    await setItemState(
      db,
      { itemId: 'p90-intro.d1.2', planId: 'plan-90', state: 'done' },
      clockAt(5_000),
    );
    await runDueRounds(engine);
    expect(await syncedItemIds()).toEqual(['p90-intro.d1.1']);

    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, name: 'daily-reminder' });
    await runDueRounds(engine);
    expect(await syncedItemIds()).toEqual(['p90-intro.d1.1']);

    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await runDueRounds(engine);
    expect(await syncedItemIds()).toEqual(['p90-intro.d1.1', 'p90-intro.d1.2']);
    expect(await syncItems()).toEqual(await replicaOf(db));
  });

  it('a nudge from the options page runs a round at once and answers with its status', async () => {
    const db = await seed(PROFILE, ['p90-intro.d1.1']);
    const engine = await startAndSettle();
    await setItemState(
      db,
      { itemId: 'p90-intro.d1.2', planId: 'plan-90', state: 'done' },
      clockAt(5_000),
    );

    // Some other message is not its business: no answer, no round.
    expect(await fakeBrowser.runtime.sendMessage({ type: 'reminder-changed' })).toBeUndefined();
    await runDueRounds(engine);
    expect(await syncedItemIds()).toEqual(['p90-intro.d1.1']);

    const answer: SyncStatus = await fakeBrowser.runtime.sendMessage(SYNC_NUDGE_MESSAGE);
    expect(answer).toEqual({ kind: 'synced', at: START, notesIncluded: true });
    expect(await syncedItemIds()).toEqual(['p90-intro.d1.1', 'p90-intro.d1.2']);
    expect(await storedStatus()).toEqual(answer);
    await runDueRounds(engine);
  });

  it('with sync switched off writes nothing, merges nothing and says it is off', async () => {
    const theirTick: ProgressRecord = {
      itemId: 'p90-intro.d2.1',
      planId: 'plan-90',
      state: 'done',
      completedAt: START - 60_000,
      completedOn: PROFILE.startDate,
      updatedAt: START - 60_000,
      updatedBy: OTHER_DEVICE,
    };
    const remote = packSyncData({
      profile: syncedProfileOf(PROFILE),
      progress: [theirTick],
      notes: [],
    }).items;
    await fakeBrowser.storage.sync.set({ ...remote });
    const db = await seed({ ...PROFILE, syncEnabled: false }, ['p90-intro.d1.1']);

    const engine = await startAndSettle();

    expect(await syncItems()).toEqual(remote);
    expect((await readSyncState(db)).progress.map((record) => record.itemId)).toEqual([
      'p90-intro.d1.1',
    ]);
    expect(await storedStatus()).toEqual({ kind: 'off' });

    // The options page turns it on and nudges the background, as its switch does.
    await updateProfile(db, { syncEnabled: true }, clockAt(10_000));
    await extensionSyncAccess.syncNow();
    await runDueRounds(engine);

    expect(await syncedItemIds()).toEqual(['p90-intro.d1.1', 'p90-intro.d2.1']);
    expect((await readSyncState(db)).progress.map((record) => record.itemId).sort()).toEqual([
      'p90-intro.d1.1',
      'p90-intro.d2.1',
    ]);
    // The plan already synced is this one: it stays as it is, and is taken here without asking.
    expect(unpackSyncItems(await syncItems()).profile).toEqual(syncedProfileOf(PROFILE));
    expect(await readAdoption(db)).toBeNull();
    expect((await readSyncState(db)).profile).toMatchObject({
      updatedAt: START,
      syncEnabled: true,
    });
    expect((await readSyncState(db)).profile?.provisional).toBeUndefined();
    expect(await syncItems()).toEqual(await replicaOf(db));
    expect(await storedStatus()).toEqual({ kind: 'synced', at: START, notesIncluded: true });
  });

  it('reports a refused write as the status the options page shows, and retries after a minute', async () => {
    const db = await seed(PROFILE, ['p90-intro.d1.1']);
    const seen: (SyncStatus | null)[] = [];
    const unwatch = extensionSyncAccess.watchStatus((status) => seen.push(status));
    const refuse = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockImplementation(() =>
        Promise.reject(
          new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
        ),
      );

    const engine = await startAndSettle();

    expect(await syncItems()).toEqual({});
    const refused: SyncStatus = {
      kind: 'error',
      at: START,
      message: 'too many changes in a short time; trying again shortly',
    };
    expect(await storedStatus()).toEqual(refused);
    expect(seen.at(-1)).toEqual(refused);

    refuse.mockRestore();
    timers.advance(59_999);
    await runDueRounds(engine);
    expect(await syncItems()).toEqual({});
    timers.advance(1);
    await runDueRounds(engine);

    expect(await syncItems()).toEqual(await replicaOf(db));
    const synced: SyncStatus = { kind: 'synced', at: START + 60_000, notesIncluded: true };
    expect(await storedStatus()).toEqual(synced);
    expect(seen.at(-1)).toEqual(synced);
    unwatch();
  });
});
