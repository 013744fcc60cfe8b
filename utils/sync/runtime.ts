/**
 * Sync in the extension's background: one engine per worker, fed by
 * `storage.onChanged` (another device's write), by Dexie liveQuery on the shared
 * IndexedDB (a tick in any open view, while the worker is awake), by an alarm
 * each minute (a tick made while the worker slept), and by the options page's
 * nudge. The store stays the source of truth; `storage.sync` is a replica.
 */
import { liveQuery, type Subscription } from 'dexie';
import { browser } from 'wxt/browser';
import { systemClock } from '../date';
import { openDatabase } from '../db/database';
import type { BackendPathDatabase } from '../db/schema';
import { createSyncEngine, type SyncEngine, type SyncTimers } from './engine';
import { SYNCED_PROFILE_STORAGE_KEY } from './handover';
import { isSyncKey } from './pack';
import {
  isSyncNudgeMessage,
  SYNC_DEVICE_ID_STORAGE_KEY,
  SYNC_STATUS_STORAGE_KEY,
  type SyncStatus,
} from './status';

export const SYNC_ALARM = 'sync-check';

/** A random id per install, kept in `storage.local`; ties between devices go by it. */
async function deviceId(): Promise<string> {
  const stored = await browser.storage.local.get(SYNC_DEVICE_ID_STORAGE_KEY);
  const existing = stored[SYNC_DEVICE_ID_STORAGE_KEY];
  if (typeof existing === 'string' && existing !== '') return existing;
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const created = [...bytes].map((byte) => byte.toString(36).padStart(2, '0')).join('');
  await browser.storage.local.set({ [SYNC_DEVICE_ID_STORAGE_KEY]: created });
  return created;
}

/** One connection kept while the worker lives; dropped when another context upgrades the schema. */
function sharedDatabase(onLocalChange: () => void): () => Promise<BackendPathDatabase | null> {
  let current: Promise<BackendPathDatabase | null> | null = null;
  let watching: Subscription | null = null;
  const forget = () => {
    watching?.unsubscribe();
    watching = null;
    current = null;
  };
  return () => {
    current ??= openDatabase(undefined, { onVersionChange: forget }).then((opened) => {
      if (!opened.ok) {
        current = null;
        return null;
      }
      const { db } = opened;
      let first = true;
      watching = liveQuery(() =>
        Promise.all([db.profile.toArray(), db.progress.toArray(), db.notes.toArray()]),
      ).subscribe({
        next: () => {
          if (first) first = false;
          else onLocalChange();
        },
        error: forget,
      });
      return db;
    });
    return current;
  };
}

/** The worker's clock and timers. */
const systemTimers: SyncTimers = {
  now: () => systemClock.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Registers the background's sync listeners; call once at the top of the worker.
 * Tests pass timers they move by hand, and wait on the engine it resolves with.
 */
export function startSync(timers: SyncTimers = systemTimers): Promise<SyncEngine> {
  let engine: SyncEngine | null = null;
  const database = sharedDatabase(() => engine?.localChanged());
  const ready: Promise<SyncEngine> = deviceId().then((id) => {
    engine = createSyncEngine({
      area: browser.storage.sync,
      database,
      deviceId: id,
      timers,
      report: (status: SyncStatus) =>
        browser.storage.local.set({ [SYNC_STATUS_STORAGE_KEY]: status }),
      onProfileChanged: (profile) =>
        browser.storage.local.set({ [SYNCED_PROFILE_STORAGE_KEY]: { profile } }),
    });
    return engine;
  });
  const soon = () => void ready.then((running) => running.remoteChanged());

  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'sync' && Object.keys(changes).some(isSyncKey)) soon();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) soon();
  });
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isSyncNudgeMessage(message)) return false;
    ready
      .then((running) => running.syncNow())
      .then(sendResponse, (error: unknown) =>
        sendResponse({ kind: 'error', message: String(error) }),
      );
    return true;
  });
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  // Opens the store (which starts watching it) and catches up with anything missed while asleep.
  soon();
  return ready;
}
