/**
 * Takes in the plan settings a background sync round changed while no page was open, so
 * the first paint shows the right day at once. Only extension pages have `storage.local`;
 * elsewhere, or on any failure, this does nothing and the live page corrects the view.
 */
import { profileOf } from '../../../utils/model/profile-guard';
import { SYNCED_PROFILE_STORAGE_KEY } from '../../../utils/sync/status';
import { readProfileCache, writeProfileCache } from './profile-cache';

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

function extensionLocalArea(): LocalArea | null {
  const scope = globalThis as { chrome?: { storage?: { local?: LocalArea } } };
  return scope.chrome?.storage?.local ?? null;
}

export async function takeSyncedProfile(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  area: LocalArea | null = extensionLocalArea(),
): Promise<void> {
  if (!area) return;
  try {
    const stored = (await area.get(SYNCED_PROFILE_STORAGE_KEY))[SYNCED_PROFILE_STORAGE_KEY];
    if (typeof stored !== 'object' || stored === null || !('profile' in stored)) return;
    const profile = stored.profile === null ? null : profileOf(stored.profile);
    if (stored.profile !== null && profile === null) return;
    // A page open since then may have cached a newer change already.
    const cached = readProfileCache(storage);
    if (profile === null || cached === null || profile.updatedAt > cached.updatedAt) {
      writeProfileCache(storage, profile);
    }
    await area.remove(SYNCED_PROFILE_STORAGE_KEY);
  } catch {
    // The live page reads the store and puts the view right.
  }
}
