import { describe, expect, it } from 'vitest';
import {
  PROFILE_CACHE_KEY,
  type ProfileStamp,
  readProfileStamp,
  readTodayView,
  TODAY_CACHE_KEY,
  writeTodayView,
} from '../../components/screens/today-cache';
import { todayCardModel } from '../../components/screens/today-card';
import { getPlan } from '../../utils/curriculum';
import { PROFILE_CACHE_KEY as STORE_PROFILE_CACHE_KEY } from '../../utils/db/profile-cache';

function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const STAMP: ProfileStamp = {
  planId: 'plan-60',
  startDate: '2026-03-01',
  language: 'python',
  updatedAt: 1_000,
};
const TODAY = '2026-03-23';

function cachedToday() {
  const card = todayCardModel(getPlan('plan-60'), STAMP, TODAY);
  if (!card) throw new Error('day 23 of the 60-day plan has no card');
  const storage = memoryStorage();
  writeTodayView(storage, { date: TODAY, profile: STAMP, card });
  return { storage, card };
}

describe('new tab start-up cache', () => {
  it('reads the profile cache the store writes', () => {
    expect(PROFILE_CACHE_KEY).toBe(STORE_PROFILE_CACHE_KEY);
    const storage = memoryStorage({
      [PROFILE_CACHE_KEY]: JSON.stringify({ ...STAMP, id: 'profile', onboardedAt: 5 }),
    });
    expect(readProfileStamp(storage)).toEqual(STAMP);
  });

  it('ignores a profile that has not finished onboarding or is malformed', () => {
    const notOnboarded = { ...STAMP, onboardedAt: null };
    expect(
      readProfileStamp(memoryStorage({ [PROFILE_CACHE_KEY]: JSON.stringify(notOnboarded) })),
    ).toBeNull();
    const badPlan = { ...STAMP, planId: 'plan-7', onboardedAt: 5 };
    expect(
      readProfileStamp(memoryStorage({ [PROFILE_CACHE_KEY]: JSON.stringify(badPlan) })),
    ).toBeNull();
    expect(readProfileStamp(memoryStorage({ [PROFILE_CACHE_KEY]: '{not json' }))).toBeNull();
  });

  it('gives back today’s card for the same day and profile', () => {
    const { storage, card } = cachedToday();
    expect(card.day).toBe(23);
    expect(readTodayView(storage, TODAY, STAMP)).toEqual(card);
  });

  it('never shows a card from another day or another profile', () => {
    const { storage } = cachedToday();
    expect(readTodayView(storage, '2026-03-24', STAMP)).toBeNull();
    expect(readTodayView(storage, TODAY, { ...STAMP, updatedAt: 2_000 })).toBeNull();
    expect(readTodayView(storage, TODAY, { ...STAMP, planId: 'plan-90' })).toBeNull();
    expect(readTodayView(storage, TODAY, { ...STAMP, startDate: '2026-03-02' })).toBeNull();
    expect(readTodayView(storage, TODAY, null)).toBeNull();
  });

  it('rejects a tampered card instead of rendering it', () => {
    const { storage } = cachedToday();
    const view = JSON.parse(storage.getItem(TODAY_CACHE_KEY) ?? 'null');
    view.card.items[0].state = 'maybe';
    storage.setItem(TODAY_CACHE_KEY, JSON.stringify(view));
    expect(readTodayView(storage, TODAY, STAMP)).toBeNull();
  });

  it('has no card outside the plan’s days', () => {
    expect(todayCardModel(getPlan('plan-60'), STAMP, '2026-02-20')).toBeNull();
    expect(todayCardModel(getPlan('plan-60'), STAMP, '2027-01-01')).toBeNull();
  });
});
