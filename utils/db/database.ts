import { classifyStoreError, type StoreError, storeError } from './errors';
import { BackendPathDatabase, DATABASE_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import { clearFinishedBackups } from './upgrade-backup';

export type OpenResult =
  | { readonly ok: true; readonly db: BackendPathDatabase }
  | { readonly ok: false; readonly error: StoreError };

export interface OpenOptions {
  /** Defaults to the shipped list; tests pass historical or made-up versions. */
  readonly versions?: readonly SchemaVersion[];
  /** Defaults to the global; `null` behaves as a browser without IndexedDB. */
  readonly indexedDB?: IDBFactory | null;
  /**
   * Another tab upgraded the database, or something deleted it (cleared site data): this
   * connection closed, and the UI should say which and what to do.
   */
  readonly onVersionChange?: (change: 'upgraded' | 'deleted') => void;
}

/**
 * Opens (creating or upgrading) the database and reports any failure as a
 * StoreError. It never writes defaults: a failed open leaves stored data alone.
 */
export async function openDatabase(
  name: string = DATABASE_NAME,
  options: OpenOptions = {},
): Promise<OpenResult> {
  const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
  if (!factory) return { ok: false, error: storeError('unavailable') };
  const versions = options.versions ?? SCHEMA_VERSIONS;
  const newest = Math.max(...versions.map((entry) => entry.version));

  // Checked before opening so Dexie never touches a schema it does not know.
  const onDisk = await installedVersion(factory, name);
  if (onDisk !== undefined && onDisk > newest) {
    return { ok: false, error: storeError('newer-version') };
  }

  const db = new BackendPathDatabase(name, versions, {
    indexedDB: factory,
    IDBKeyRange: globalThis.IDBKeyRange,
  });
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    db.close();
    // A deletion asks for no new version.
    options.onVersionChange?.(event.newVersion === null ? 'deleted' : 'upgraded');
  });
  const blocked = new Promise<OpenResult>((resolve) => {
    db.on('blocked', () => {
      db.close();
      resolve({ ok: false, error: storeError('blocked') });
    });
  });
  const opened = db.open().then(
    async (): Promise<OpenResult> => {
      if (db.backendDB().version / 10 > newest) {
        db.close();
        return { ok: false, error: storeError('newer-version') };
      }
      await clearFinishedBackups(db);
      return { ok: true, db };
    },
    (error: unknown): OpenResult => {
      db.close();
      return { ok: false, error: classifyStoreError(error) };
    },
  );
  return Promise.race([opened, blocked]);
}

/** Dexie stores version N as native version N × 10. Undefined when unknown or absent. */
async function installedVersion(factory: IDBFactory, name: string): Promise<number | undefined> {
  if (typeof factory.databases !== 'function') return undefined;
  try {
    const found = (await factory.databases()).find((info) => info.name === name);
    return found?.version === undefined ? undefined : found.version / 10;
  } catch {
    return undefined;
  }
}

let shared: Promise<OpenResult> | undefined;

/** The app's one connection, opened on first use. */
export function getDatabase(options?: OpenOptions): Promise<OpenResult> {
  shared ??= openDatabase(DATABASE_NAME, options);
  return shared;
}
