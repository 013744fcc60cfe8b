/**
 * A read-only peek at a few saved ticks with raw IndexedDB, so the new tab can show them
 * before Dexie has loaded. It never creates or upgrades the database (an open that would
 * is aborted) and closes its connection as soon as its one read transaction is queued, so
 * it can never block the live store's open or upgrade. Any failure resolves to null: the
 * live store reads the same records again and reports errors itself.
 */
import type { ItemState } from '../model/records';

/** Same name and store as schema.ts, which needs Dexie and so is not imported here. */
const DATABASE_NAME = 'backend-path';
const PROGRESS_STORE = 'progress';
const ITEM_STATES: readonly string[] = ['open', 'done', 'skipped'];

export type SavedTicks = ReadonlyMap<string, ItemState>;

function savedStateOf(record: unknown): ItemState | null {
  if (typeof record !== 'object' || record === null || !('state' in record)) return null;
  const { state } = record;
  return typeof state === 'string' && ITEM_STATES.includes(state) ? (state as ItemState) : null;
}

/** The stored state of each of `itemIds` that has a progress record, or null if unreadable. */
export function readSavedTicks(
  factory: IDBFactory | undefined,
  itemIds: readonly string[],
): Promise<SavedTicks | null> {
  return new Promise((resolve) => {
    if (!factory) {
      resolve(null);
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      // No version: opens whatever is installed, and only fires upgradeneeded if nothing is.
      request = factory.open(DATABASE_NAME);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      try {
        if (!db.objectStoreNames.contains(PROGRESS_STORE)) {
          resolve(null);
          return;
        }
        const transaction = db.transaction(PROGRESS_STORE, 'readonly');
        const store = transaction.objectStore(PROGRESS_STORE);
        const ticks = new Map<string, ItemState>();
        for (const itemId of itemIds) {
          const read = store.get(itemId);
          read.onsuccess = () => {
            const state = savedStateOf(read.result);
            if (state) ticks.set(itemId, state);
          };
        }
        transaction.oncomplete = () => resolve(ticks);
        transaction.onabort = () => resolve(null);
      } catch {
        resolve(null);
      } finally {
        // Queued reads still complete; the connection just stops holding the database.
        db.close();
      }
    };
  });
}
