import { describe, expect, it } from 'vitest';
import {
  PROFILE_CACHE_KEY as STORE_PROFILE_CACHE_KEY,
  writeProfileCache,
} from '../../components/screens/startup/profile-cache';
import {
  BEHIND_CACHE_KEY,
  PROFILE_CACHE_KEY,
  type ProfileStamp,
  readBehind,
  readProfileStamp,
  readTodayView,
  TODAY_CACHE_KEY,
  writeBehind,
  writeTodayView,
} from '../../components/screens/startup/today-cache';
import { todayCardModel, withSavedTicks } from '../../components/screens/startup/today-card';
import { getPlan } from '../../utils/curriculum';
import { localDate } from '../../utils/model/local-date';
import { memoryStorage } from '../support/memory-storage';

const STAMP: ProfileStamp = {
  planId: 'plan-60',
  startDate: localDate('2026-03-01'),
  language: 'python',
  updatedAt: 1_000,
};
const TODAY = localDate('2026-03-23');

function cachedToday() {
  const card = todayCardModel(getPlan('plan-60'), STAMP, TODAY);
  if (!card) throw new Error('day 23 of the 60-day plan has no card');
  const storage = memoryStorage();
  writeTodayView(storage, { date: TODAY, profile: STAMP, card });
  return { storage, card };
}

describe('new tab start-up cache', () => {
  it('reads the profile cache the live views write', () => {
    expect(PROFILE_CACHE_KEY).toBe(STORE_PROFILE_CACHE_KEY);
    const storage = memoryStorage();
    writeProfileCache(storage, {
      ...STAMP,
      id: 'profile',
      restDays: [0],
      theme: 'dark',
      reminderTime: null,
      syncEnabled: false,
      onboardedAt: 5,
    });
    expect(readProfileStamp(storage)).toEqual(STAMP);
    // Only the store's full profile is read: a partial one is not a profile.
    storage.setItem(PROFILE_CACHE_KEY, JSON.stringify({ ...STAMP, id: 'profile', onboardedAt: 5 }));
    expect(readProfileStamp(storage)).toBeNull();
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
    expect(readTodayView(storage, localDate('2026-03-24'), STAMP)).toBeNull();
    expect(readTodayView(storage, TODAY, { ...STAMP, updatedAt: 2_000 })).toBeNull();
    expect(readTodayView(storage, TODAY, { ...STAMP, planId: 'plan-90' })).toBeNull();
    expect(
      readTodayView(storage, TODAY, { ...STAMP, startDate: localDate('2026-03-02') }),
    ).toBeNull();
    expect(readTodayView(storage, TODAY, null)).toBeNull();
  });

  it('rejects a tampered card instead of rendering it', () => {
    const { storage } = cachedToday();
    const view = JSON.parse(storage.getItem(TODAY_CACHE_KEY) ?? 'null');
    view.card.items[0].state = 'maybe';
    storage.setItem(TODAY_CACHE_KEY, JSON.stringify(view));
    expect(readTodayView(storage, TODAY, STAMP)).toBeNull();
  });

  it('keeps the phase goal with the card, and reads an older card without one', () => {
    const { storage, card } = cachedToday();
    expect(card.goal).toMatch(/\w/);
    expect(readTodayView(storage, TODAY, STAMP)?.goal).toBe(card.goal);
    const view = JSON.parse(storage.getItem(TODAY_CACHE_KEY) ?? 'null');
    delete view.card.goal;
    storage.setItem(TODAY_CACHE_KEY, JSON.stringify(view));
    expect(readTodayView(storage, TODAY, STAMP)).toEqual({ ...card, goal: undefined });
    view.card.goal = 42;
    storage.setItem(TODAY_CACHE_KEY, JSON.stringify(view));
    expect(readTodayView(storage, TODAY, STAMP)).toBeNull();
  });

  it('has no card outside the plan’s days', () => {
    expect(todayCardModel(getPlan('plan-60'), STAMP, localDate('2026-02-20'))).toBeNull();
    expect(todayCardModel(getPlan('plan-60'), STAMP, localDate('2027-01-01'))).toBeNull();
  });
});

describe('cached schedule status', () => {
  const behind = { days: 3, firstUnfinishedDay: 20 };

  it('gives back the banner figures for the same day and profile only', () => {
    const storage = memoryStorage();
    writeBehind(storage, { date: TODAY, profile: STAMP, behind });
    expect(readBehind(storage, TODAY, STAMP)).toEqual(behind);
    expect(readBehind(storage, localDate('2026-03-24'), STAMP)).toBeNull();
    expect(readBehind(storage, TODAY, { ...STAMP, updatedAt: 2_000 })).toBeNull();
    expect(readBehind(storage, TODAY, null)).toBeNull();
  });

  it('reads an on-schedule or malformed entry as no banner', () => {
    const storage = memoryStorage();
    writeBehind(storage, { date: TODAY, profile: STAMP, behind: null });
    expect(readBehind(storage, TODAY, STAMP)).toBeNull();
    const tampered = {
      date: TODAY,
      profile: STAMP,
      behind: { days: 'many', firstUnfinishedDay: 2 },
    };
    storage.setItem(BEHIND_CACHE_KEY, JSON.stringify(tampered));
    expect(readBehind(storage, TODAY, STAMP)).toBeNull();
  });

  it('does not rewrite an unchanged status', () => {
    const storage = memoryStorage();
    let writes = 0;
    const counting = {
      ...storage,
      setItem: (key: string, value: string) => {
        writes += 1;
        storage.setItem(key, value);
      },
    };
    writeBehind(counting, { date: TODAY, profile: STAMP, behind });
    writeBehind(counting, { date: TODAY, profile: STAMP, behind });
    expect(writes).toBe(1);
    writeBehind(counting, { date: TODAY, profile: STAMP, behind: null });
    expect(writes).toBe(2);
  });
});

describe('saved ticks on the cached card', () => {
  it('shows each saved state and leaves the other items open', () => {
    const { card } = cachedToday();
    const [first, second, third] = card.items;
    if (!first || !second || !third) throw new Error('day 23 has fewer than three items');
    const ticked = withSavedTicks(
      card,
      new Map([
        [first.id, 'done'],
        [second.id, 'skipped'],
      ]),
    );
    expect(ticked.items.map((item) => item.state)).toEqual([
      'done',
      'skipped',
      ...card.items.slice(2).map(() => 'open'),
    ]);
    expect(ticked.items.map((item) => item.text)).toEqual(card.items.map((item) => item.text));
  });
});
