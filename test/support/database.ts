import type { PlanId } from '../../utils/curriculum/types';
import { openDatabase } from '../../utils/db/database';
import {
  type BackendPathDatabase,
  SCHEMA_VERSIONS,
  type SchemaVersion,
  type StoreDefinitions,
} from '../../utils/db/schema';

let counter = 0;

/** A database name no other test uses, so tests never see each other's data. */
export function uniqueName(label: string): string {
  counter += 1;
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export async function openOrFail(name: string): Promise<BackendPathDatabase> {
  const result = await openDatabase(name);
  if (!result.ok) throw new Error(`open failed: ${result.error.kind}`);
  return result.db;
}

/** A fresh, empty database with a name of its own, so tests never share state. */
export function freshDatabase(): Promise<BackendPathDatabase> {
  return openOrFail(uniqueName('db'));
}

/** Item ids a small fake curriculum knows; enough to tell known from unknown. */
export const FAKE_ITEMS: ReadonlyMap<string, PlanId> = new Map<string, PlanId>([
  ...Array.from({ length: 30 }, (_, i) => [`p20-basics.d${i + 1}.1`, 'plan-20'] as const),
  ...Array.from({ length: 30 }, (_, i) => [`p60-databases.d${i + 1}.1`, 'plan-60'] as const),
  ...Array.from({ length: 10 }, (_, i) => [`p90-career.d${i + 1}.2`, 'plan-90'] as const),
]);
export const knownFakeItem = (id: string): PlanId | undefined => FAKE_ITEMS.get(id);

/** Every store's keys and values as IndexedDB holds them, bypassing Dexie. */
export function rawDump(name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const idb = request.result;
      const stores = [...idb.objectStoreNames].sort();
      const dump: Record<string, unknown> = { version: idb.version };
      if (stores.length === 0) {
        idb.close();
        resolve(JSON.stringify(dump));
        return;
      }
      const tx = idb.transaction(stores, 'readonly');
      const reads = stores.map((store) => ({
        store,
        keys: tx.objectStore(store).getAllKeys(),
        values: tx.objectStore(store).getAll(),
      }));
      tx.oncomplete = () => {
        for (const read of reads) {
          dump[read.store] = { keys: read.keys.result, values: read.values.result };
        }
        idb.close();
        resolve(JSON.stringify(dump));
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The shipped versions plus a made-up next one, to test upgrades beyond today's schema. */
export function withMadeUpNextVersion(
  extraStores: StoreDefinitions,
  upgrade?: SchemaVersion['upgrade'],
): SchemaVersion[] {
  const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1];
  if (!latest) throw new Error('no shipped schema version');
  const next: SchemaVersion = {
    version: latest.version + 1,
    stores: { ...latest.stores, ...extraStores },
    ...(upgrade ? { upgrade } : {}),
  };
  return [...SCHEMA_VERSIONS, next];
}
