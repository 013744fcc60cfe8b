import { describe, expect, it } from 'vitest';
import {
  readProfileCache,
  writeProfileCache,
} from '../../components/screens/startup/profile-cache';
import { takeSyncedProfile } from '../../components/screens/startup/synced-profile';
import { localDate } from '../../utils/model/local-date';
import { SYNCED_PROFILE_STORAGE_KEY } from '../../utils/sync/handover';
import { memoryStorage } from '../support/memory-storage';
import { PROFILE } from '../support/sync-fixtures';

function localArea(initial: Record<string, unknown>) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    get: async (key: string) => (items.has(key) ? { [key]: items.get(key) } : {}),
    remove: async (key: string) => {
      items.delete(key);
    },
  };
}

describe('the start-up path takes in a plan sync changed while no page was open', () => {
  it('paints from the synced start date, and takes it only once', async () => {
    const storage = memoryStorage();
    writeProfileCache(storage, PROFILE);
    const moved = {
      ...PROFILE,
      startDate: localDate('2029-12-28'),
      updatedAt: PROFILE.updatedAt + 1,
    };
    const area = localArea({ [SYNCED_PROFILE_STORAGE_KEY]: { profile: moved } });
    await takeSyncedProfile(storage, area);
    expect(readProfileCache(storage)?.startDate).toBe('2029-12-28');
    expect(area.items.size).toBe(0);
  });

  it('keeps a newer change a page cached since, and clears the copy after a synced reset', async () => {
    const storage = memoryStorage();
    const newer = { ...PROFILE, theme: 'dark' as const, updatedAt: PROFILE.updatedAt + 10 };
    writeProfileCache(storage, newer);
    await takeSyncedProfile(
      storage,
      localArea({ [SYNCED_PROFILE_STORAGE_KEY]: { profile: PROFILE } }),
    );
    expect(readProfileCache(storage)).toEqual(newer);
    await takeSyncedProfile(
      storage,
      localArea({ [SYNCED_PROFILE_STORAGE_KEY]: { profile: null } }),
    );
    expect(readProfileCache(storage)).toBeNull();
  });

  it('ignores anything it cannot trust, and pages without extension storage', async () => {
    const storage = memoryStorage();
    writeProfileCache(storage, PROFILE);
    await takeSyncedProfile(
      storage,
      localArea({ [SYNCED_PROFILE_STORAGE_KEY]: { profile: { planId: 'x' } } }),
    );
    await takeSyncedProfile(storage, undefined);
    expect(readProfileCache(storage)).toEqual(PROFILE);
  });
});
