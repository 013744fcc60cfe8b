/**
 * The profile copy in localStorage that every view paints from before IndexedDB answers.
 * This is its only reader and writer. Read back by hand (no valibot on the start-up path).
 */
import { profileOf } from '../../../utils/model/profile-guard';
import type { ProfileRecord } from '../../../utils/model/records';

export const PROFILE_CACHE_KEY = 'backend-path:profile';

type StorageReader = Pick<Storage, 'getItem'>;

/** Parsed JSON under `key`, or null when absent, unreadable or not JSON. */
export function readJson(storage: StorageReader, key: string): unknown {
  try {
    const raw = storage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

/** The cached profile, or null when absent or not a valid profile. */
export function readProfileCache(storage: StorageReader): ProfileRecord | null {
  return profileOf(readJson(storage, PROFILE_CACHE_KEY));
}

/** Best effort: a full or blocked localStorage only costs the fast first paint. */
export function writeProfileCache(
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  profile: ProfileRecord | null,
): void {
  try {
    if (profile) storage.setItem(PROFILE_CACHE_KEY, JSON.stringify(profile));
    else storage.removeItem(PROFILE_CACHE_KEY);
  } catch {
    // Ignored on purpose: IndexedDB stays the source of truth.
  }
}

/** localStorage, or null where the browser refuses it (site data blocked): never throws. */
export function pageStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    storage.getItem(PROFILE_CACHE_KEY);
    return storage;
  } catch {
    return null;
  }
}

/** Stands in for a refused localStorage: reads nothing, keeps nothing. */
export const NO_STORAGE: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
};
