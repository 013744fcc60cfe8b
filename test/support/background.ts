/**
 * For tests of the background runtimes, which open the app's own database
 * ('backend-path') rather than one a test names: open it the same way, and
 * delete it after each test so the next one starts empty.
 */
import { openDatabase } from '../../utils/db/database';
import { type BackendPathDatabase, DATABASE_NAME } from '../../utils/db/schema';

const opened: BackendPathDatabase[] = [];

/** The database the runtimes use, opened as a page would open it. */
export async function openAppDatabase(): Promise<BackendPathDatabase> {
  const result = await openDatabase(DATABASE_NAME);
  if (!result.ok) throw new Error(`${DATABASE_NAME} failed to open: ${result.error.kind}`);
  opened.push(result.db);
  return result.db;
}

/**
 * Closes the test's connections and deletes the database. A runtime's own
 * connection closes on the version change, as it would when a page upgrades the
 * schema; one that stays open blocks the delete, and the test fails on it.
 */
export async function deleteAppDatabase(): Promise<void> {
  for (const db of opened.splice(0)) db.close();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () =>
      reject(new Error(`${DATABASE_NAME} is still open: a connection leaked`));
  });
}
