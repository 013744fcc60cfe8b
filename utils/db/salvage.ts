import * as v from 'valibot';
import type { NoteRecord, ProfileRecord, ProgressRecord } from '../model/records';
import { noteSchema, profileSchema, progressSchema } from '../model/schemas';
import type { StoreSnapshot } from '../transfer/format';
import { DATABASE_NAME } from './schema';

export interface SalvageResult {
  /** Every record that could be read and still looks right; feed it to buildExport. */
  readonly snapshot: StoreSnapshot;
  /** Records that were readable but malformed, left out. */
  readonly skipped: number;
  /** Stores that could not be read at all. */
  readonly unreadable: readonly string[];
}

/**
 * Reads whatever it can with plain IndexedDB, without Dexie's schema or any
 * upgrade, so the UI can offer "download what could be read" when opening fails.
 * Never creates or changes a database.
 */
export async function salvage(
  name: string = DATABASE_NAME,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<SalvageResult> {
  const empty: SalvageResult = {
    snapshot: { profile: null, progress: [], notes: [] },
    skipped: 0,
    unreadable: [],
  };
  if (!factory) return { ...empty, unreadable: ['profile', 'progress', 'notes'] };
  const idb = await openExisting(factory, name);
  if (!idb) return empty;
  try {
    const unreadable: string[] = [];
    let skipped = 0;
    const readValid = async <T>(
      store: string,
      schema: v.GenericSchema<unknown, T>,
    ): Promise<T[]> => {
      const rows = await readAll(idb, store);
      if (rows === undefined) {
        unreadable.push(store);
        return [];
      }
      const valid: T[] = [];
      for (const row of rows) {
        const parsed = v.safeParse(schema, row);
        if (parsed.success) valid.push(parsed.output);
        else skipped += 1;
      }
      return valid;
    };
    const profiles: ProfileRecord[] = await readValid('profile', profileSchema);
    const progress: ProgressRecord[] = await readValid('progress', progressSchema);
    const notes: NoteRecord[] = await readValid('notes', noteSchema);
    return { snapshot: { profile: profiles[0] ?? null, progress, notes }, skipped, unreadable };
  } finally {
    idb.close();
  }
}

/** Opens at whatever version is on disk; undefined if there is no such database or it fails. */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve(undefined);
      return;
    }
    request.onupgradeneeded = () => {
      // No database existed: abort so that none is created.
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onblocked = () => resolve(undefined);
  });
}

function readAll(idb: IDBDatabase, store: string): Promise<unknown[] | undefined> {
  return new Promise((resolve) => {
    try {
      if (!idb.objectStoreNames.contains(store)) {
        resolve(undefined);
        return;
      }
      const request = idb.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = (event) => {
        event.preventDefault();
        resolve(undefined);
      };
    } catch {
      resolve(undefined);
    }
  });
}
