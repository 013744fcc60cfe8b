import * as v from 'valibot';
import type { ProfileRecord } from '../model/records';
import { profileSchema } from '../model/schemas';

/** localStorage key of the copy the new tab paints from before IndexedDB answers. */
export const PROFILE_CACHE_KEY = 'backend-path:profile';

/** The cached profile, or null when absent or not a valid profile. */
export function readProfileCache(storage: Pick<Storage, 'getItem'>): ProfileRecord | null {
  try {
    const raw = storage.getItem(PROFILE_CACHE_KEY);
    if (raw === null) return null;
    const parsed = v.safeParse(profileSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
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
