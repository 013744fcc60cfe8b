/**
 * Runs sync rounds against a `storage.sync`-like area for one device: read the
 * store, merge with the remote items, apply what is newer in one transaction,
 * write only the chunks that changed. Rounds never overlap; local edits are
 * debounced; writes stay within a per-minute budget. Any failure becomes a
 * status, never an exception, and never touches local data.
 * Everything it needs (storage, store, timers) is passed in, so tests can run
 * several devices side by side.
 */
import type { BackendPathDatabase } from '../db/schema';
import type { ProfileRecord } from '../model/records';
import { LOCAL_CHANGE_DEBOUNCE_MS, MAX_WRITE_ROUNDS_PER_MINUTE } from './quota';
import { hasWrites, planRound, type SyncWrites } from './reconcile';
import type { SyncStatus } from './status';
import { applySyncChanges, readSyncState } from './store';
import { createWriteBudget } from './write-budget';

/** The part of `browser.storage.sync` sync uses. */
export interface SyncArea {
  get(keys?: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SyncTimers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncEngineOptions {
  readonly area: SyncArea;
  /** The open store, or null when it cannot be opened now. */
  readonly database: () => Promise<BackendPathDatabase | null>;
  readonly deviceId: string;
  readonly timers: SyncTimers;
  readonly report: (status: SyncStatus) => unknown;
  readonly debounceMs?: number;
  readonly maxWriteRoundsPerMinute?: number;
  /** How long to wait for the rest of another device's half-arrived write. */
  readonly partialWaitMs?: number;
  /** A round changed the plan settings (or removed them): the pages' first-paint copy must follow. */
  readonly onProfileChanged?: (profile: ProfileRecord | null) => unknown;
}

export interface SyncEngine {
  /** This device's data changed: sync once the edits pause. */
  localChanged(): void;
  /** `storage.sync` changed (or the worker woke up): sync soon. */
  remoteChanged(): void;
  /** A round now, after any under way; resolves with the status it reported. */
  syncNow(): Promise<SyncStatus>;
  /** Resolves once no round is running or waiting on a timer. */
  settled(): Promise<void>;
  stop(): void;
}

const DEFAULT_PARTIAL_WAIT_MS = 30_000;

interface StorageProblem {
  readonly message: string;
  readonly retryInMs: number | null;
  /** The store refused the size: trying again without notes may fit. */
  readonly full: boolean;
}

/**
 * Each browser's words for a refused write, named in ours. Chromium says
 * `QUOTA_BYTES_PER_ITEM quota exceeded` or `Resource::kQuotaBytesPerItem quota exceeded`,
 * Firefox `QuotaExceededError: storage.sync API call exceeded its quota limitations`.
 */
export function describeStorageError(error: unknown): StorageProblem {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (/MAX_WRITE_OPERATIONS|kMaxWriteOperations/i.test(text)) {
    return {
      message: 'too many changes in a short time; trying again shortly',
      retryInMs: 60_000,
      full: false,
    };
  }
  if (/QUOTA_BYTES|kQuotaBytes|MAX_ITEMS|kMaxItems|QuotaExceeded|quota/i.test(text)) {
    return { message: 'the browser’s sync storage is full', retryInMs: null, full: true };
  }
  const said = error instanceof Error ? error.message : String(error);
  return { message: said || 'the browser refused the change', retryInMs: null, full: false };
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { area, timers, deviceId } = options;
  const debounceMs = options.debounceMs ?? LOCAL_CHANGE_DEBOUNCE_MS;
  const partialWaitMs = options.partialWaitMs ?? DEFAULT_PARTIAL_WAIT_MS;
  const budget = createWriteBudget(options.maxWriteRoundsPerMinute ?? MAX_WRITE_ROUNDS_PER_MINUTE);
  let timer: { handle: unknown; dueAt: number } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let pendingRounds = 0;
  let waitedForPartial = false;
  let stopped = false;

  const schedule = (delayMs: number, restart: boolean) => {
    if (stopped) return;
    const dueAt = timers.now() + delayMs;
    // A debounce restarts, but never pushes back a round that is already due.
    if (timer && (restart ? timer.dueAt <= timers.now() : timer.dueAt <= dueAt)) return;
    if (timer) timers.clearTimeout(timer.handle);
    const handle = timers.setTimeout(() => {
      timer = null;
      void syncNow();
    }, delayMs);
    timer = { handle, dueAt };
  };

  const finish = async (status: SyncStatus): Promise<SyncStatus> => {
    await Promise.resolve(options.report(status)).catch(() => undefined);
    return status;
  };

  async function round(): Promise<SyncStatus> {
    const failed = (message: string) => finish({ kind: 'error', at: timers.now(), message });
    let db: BackendPathDatabase | null;
    try {
      db = await options.database();
    } catch {
      db = null;
    }
    if (!db) return failed('this device’s progress store could not be opened');
    const local = await readSyncState(db).catch(() => null);
    if (!local) return failed('this device’s progress could not be read');
    // Sync off on this device, or no plan ever chosen with it on: nothing leaves, nothing comes in.
    if (!local.syncEnabled) return finish({ kind: 'off' });

    let remote: Record<string, unknown>;
    try {
      remote = await area.get(null);
    } catch (error) {
      return failed(describeStorageError(error).message);
    }
    const roundOptions = {
      writeOverPartial: waitedForPartial,
      now: timers.now(),
      clockFloor: local.clockFloor,
    };
    let plan = planRound(local, remote, deviceId, roundOptions);
    if (plan.kind === 'newer-format') {
      return failed('the synced data comes from a newer Backend Path; update it on this device');
    }
    try {
      const applied = await applySyncChanges(db, plan.local, deviceId);
      if (applied.changedProfile !== undefined) {
        await Promise.resolve(options.onProfileChanged?.(applied.changedProfile)).catch(
          () => undefined,
        );
      }
    } catch {
      return failed('synced changes could not be saved on this device');
    }
    if (!plan.fits) return finish({ kind: 'full', at: timers.now() });
    if (plan.waitingForPartial) {
      waitedForPartial = true;
      schedule(partialWaitMs, false);
    } else {
      waitedForPartial = false;
    }
    if (hasWrites(plan.writes)) {
      const wait = budget.waitBefore(timers.now());
      if (wait > 0) {
        schedule(wait, false);
        return finish({ kind: 'waiting' });
      }
      budget.record(timers.now());
      let problem = await write(plan.writes);
      if (problem?.full && plan.notesIncluded) {
        // The browser counts bytes its own way: notes must never keep plan and ticks from syncing.
        const withoutNotes = planRound(local, remote, deviceId, { ...roundOptions, notes: false });
        if (withoutNotes.kind === 'merge' && withoutNotes.writes) {
          plan = withoutNotes;
          problem = await write(withoutNotes.writes);
        }
      }
      if (problem) {
        if (problem.retryInMs !== null) schedule(problem.retryInMs, false);
        return failed(problem.message);
      }
    }
    return finish({ kind: 'synced', at: timers.now(), notesIncluded: plan.notesIncluded });
  }

  async function write(writes: SyncWrites): Promise<StorageProblem | null> {
    try {
      if (Object.keys(writes.set).length > 0) await area.set({ ...writes.set });
      if (writes.remove.length > 0) await area.remove([...writes.remove]);
      return null;
    } catch (error) {
      return describeStorageError(error);
    }
  }

  function syncNow(): Promise<SyncStatus> {
    pendingRounds += 1;
    const next = queue.then(round).finally(() => {
      pendingRounds -= 1;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    localChanged: () => schedule(debounceMs, true),
    remoteChanged: () => schedule(0, false),
    syncNow,
    settled: async () => {
      while (pendingRounds > 0) await queue;
    },
    stop: () => {
      stopped = true;
      if (timer) timers.clearTimeout(timer.handle);
      timer = null;
    },
  };
}
