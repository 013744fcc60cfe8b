/**
 * Takes in the plan settings a background sync round changed while no page was open, so
 * the first paint shows the right day at once. Only extension pages have `storage.local`;
 * elsewhere, or on any failure, this does nothing and the live page corrects the view.
 * The copy is checked where every cached profile is: when `readProfileCache` reads it.
 */
import { SYNCED_PROFILE_STORAGE_KEY } from '../../../utils/sync/handover';
import { PROFILE_CACHE_KEY, readJson } from './profile-cache';

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

const stampOf = (value: unknown): number =>
  typeof value === 'object' &&
  value !== null &&
  'updatedAt' in value &&
  typeof value.updatedAt === 'number'
    ? value.updatedAt
    : -1;

export async function takeSyncedProfile(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  area: LocalArea | undefined = (globalThis as { chrome?: { storage?: { local?: LocalArea } } })
    .chrome?.storage?.local,
): Promise<void> {
  try {
    const stored = area && (await area.get(SYNCED_PROFILE_STORAGE_KEY))[SYNCED_PROFILE_STORAGE_KEY];
    if (typeof stored !== 'object' || stored === null || !('profile' in stored)) return;
    const { profile } = stored;
    if (profile === null) storage.removeItem(PROFILE_CACHE_KEY);
    // A page open since then may have cached a newer change already.
    else if (stampOf(profile) > stampOf(readJson(storage, PROFILE_CACHE_KEY)))
      storage.setItem(PROFILE_CACHE_KEY, JSON.stringify(profile));
    await area?.remove(SYNCED_PROFILE_STORAGE_KEY);
  } catch {
    // The live page reads the store and puts the view right.
  }
}
