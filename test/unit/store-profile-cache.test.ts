import { describe, expect, it } from 'vitest';
import {
  PROFILE_CACHE_KEY,
  readProfileCache,
  writeProfileCache,
} from '../../components/screens/startup/profile-cache';
import { localDate } from '../../utils/model/local-date';
import type { ProfileRecord } from '../../utils/model/records';
import { memoryStorage } from '../support/memory-storage';

const profile: ProfileRecord = {
  id: 'profile',
  planId: 'plan-90',
  startDate: localDate('2026-02-01'),
  restDays: [6],
  theme: 'light',
  language: 'javascript',
  reminderTime: '07:00',
  syncEnabled: false,
  onboardedAt: null,
  updatedAt: 42,
};

describe('profile cache', () => {
  it('round-trips a profile', () => {
    const storage = memoryStorage();
    writeProfileCache(storage, profile);
    expect(readProfileCache(storage)).toEqual(profile);
    writeProfileCache(storage, null);
    expect(readProfileCache(storage)).toBeNull();
  });

  it.each([
    ['not json', '{oops'],
    ['wrong shape', JSON.stringify({ ...profile, planId: 'plan-7' })],
    ['impossible date', JSON.stringify({ ...profile, startDate: '2026-02-30' })],
    ['null', 'null'],
  ])('reads %s as null', (_label, raw) => {
    expect(readProfileCache(memoryStorage({ [PROFILE_CACHE_KEY]: raw }))).toBeNull();
  });

  it('survives storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(readProfileCache(throwing)).toBeNull();
    expect(() => writeProfileCache(throwing, profile)).not.toThrow();
  });
});
