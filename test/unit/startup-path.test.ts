import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { earlyTicksFor } from '../../components/screens/startup/early-ticks';
import {
  cardAgreesWithSchedule,
  readStartupToday,
} from '../../components/screens/startup/startup-today';
import {
  PROFILE_CACHE_KEY,
  TODAY_CACHE_KEY,
  writeTodayView,
} from '../../components/screens/startup/today-cache';
import { todayCardModel } from '../../components/screens/startup/today-card';
import { getPlan } from '../../utils/curriculum';
import { LANGUAGES, PLAN_IDS, THEMES } from '../../utils/model/ids';
import { localDate } from '../../utils/model/local-date';
import { profileOf } from '../../utils/model/profile-guard';
import { profileSchema } from '../../utils/model/schemas';
import { memoryStorage } from '../support/memory-storage';

const TODAY = localDate('2026-03-23');
const STAMP = {
  planId: 'plan-60',
  startDate: localDate('2026-03-01'),
  language: 'python',
  updatedAt: 7,
} as const;
const PROFILE = {
  ...STAMP,
  id: 'profile',
  restDays: [],
  theme: 'system',
  reminderTime: null,
  syncEnabled: false,
  onboardedAt: 5,
} as const;

function cardOn(date: ReturnType<typeof localDate>) {
  const card = todayCardModel(getPlan('plan-60'), STAMP, date);
  if (!card) throw new Error(`no card on ${date}`);
  return card;
}

describe('the start-up profile check', () => {
  const validProfile = fc.record({
    id: fc.constant('profile'),
    planId: fc.constantFrom(...PLAN_IDS),
    startDate: fc.constantFrom('2026-03-01', '2024-02-29', '0999-12-31'),
    restDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
    theme: fc.constantFrom(...THEMES),
    language: fc.constantFrom(...LANGUAGES),
    reminderTime: fc.constantFrom(null, '00:00', '07:00', '23:59'),
    syncEnabled: fc.boolean(),
    onboardedAt: fc.constantFrom(null, 0, 5),
    updatedAt: fc.nat(),
  });
  // Values just outside what each field may hold.
  const oddValues: Record<string, readonly unknown[]> = {
    id: ['other', undefined],
    planId: ['plan-7', 20, undefined],
    startDate: ['2026-02-30', '26-3-1', 20260301, undefined],
    restDays: [[7], [-1], [0, 1, 2, 3, 4, 5, 6, 0], [1.5], 'none', undefined],
    theme: ['blue', undefined],
    language: ['cobol', undefined],
    reminderTime: ['24:00', '7:00', 700, undefined],
    syncEnabled: ['yes', undefined],
    onboardedAt: [-1, 1.5, '5', undefined],
    updatedAt: [-3, 2.5, Number.NaN, null, undefined],
  };
  const oneFieldOff = validProfile.chain((profile) =>
    fc
      .constantFrom(...Object.keys(oddValues))
      .chain((key) =>
        fc.constantFrom(...(oddValues[key] ?? [])).map((odd) => ({ ...profile, [key]: odd })),
      ),
  );
  const withExtraField = validProfile.map((profile) => ({ ...profile, extra: 'ignored' }));
  const looseProfile = fc.oneof(validProfile, oneFieldOff, withExtraField);

  it('accepts exactly what the import schema accepts, and keeps only known fields', () => {
    let accepted = 0;
    fc.assert(
      fc.property(looseProfile, (value) => {
        const byHand = profileOf(value);
        const bySchema = v.safeParse(profileSchema, value);
        expect(byHand !== null).toBe(bySchema.success);
        if (byHand && bySchema.success) {
          expect(byHand).toEqual(bySchema.output);
          accepted += 1;
        }
      }),
      { seed: 20261201, numRuns: 3000 },
    );
    // Both sides were seen: a run of only rejections would prove nothing.
    expect(accepted).toBeGreaterThan(500);
  });
});

describe('a cached card', () => {
  it('is painted only when it is the day the schedule gives today', () => {
    expect(cardAgreesWithSchedule(cardOn(TODAY), STAMP, TODAY)).toBe(true);
    // Stored under the right key but made for another day of the plan.
    expect(cardAgreesWithSchedule(cardOn(localDate('2026-03-05')), STAMP, TODAY)).toBe(false);
    const card = cardOn(TODAY);
    for (const day of [0, -1, 1e308, 23.5, 61]) {
      expect(cardAgreesWithSchedule({ ...card, day }, STAMP, TODAY)).toBe(false);
    }
    expect(cardAgreesWithSchedule({ ...card, planLength: 20 }, STAMP, TODAY)).toBe(false);
    expect(cardAgreesWithSchedule({ ...card, items: [] }, STAMP, TODAY)).toBe(false);
  });

  it('that disagrees is replaced by the card computed from the plan', async () => {
    const storage = memoryStorage({ [PROFILE_CACHE_KEY]: JSON.stringify(PROFILE) });
    const stale = cardOn(localDate('2026-03-05'));
    writeTodayView(storage, { date: TODAY, profile: STAMP, card: stale });
    expect(storage.getItem(TODAY_CACHE_KEY)).toContain('"day":5');
    const startup = await readStartupToday(storage, TODAY);
    expect(startup.today?.card.day).toBe(23);
    expect(startup.today?.card).toEqual(cardOn(TODAY));
  });

  it('is not read without an onboarded profile', async () => {
    const storage = memoryStorage({
      [PROFILE_CACHE_KEY]: JSON.stringify({ ...PROFILE, onboardedAt: null }),
    });
    writeTodayView(storage, { date: TODAY, profile: STAMP, card: cardOn(TODAY) });
    const startup = await readStartupToday(storage, TODAY);
    expect(startup.profile?.onboardedAt).toBeNull();
    expect(startup.today).toBeNull();
  });
});

describe('clicks on the start-up shell', () => {
  it('are handed to the live page exactly once, last click per item winning', () => {
    const card = cardOn(TODAY);
    const [first, second] = card.items;
    if (!first || !second) throw new Error('fixture');
    const early = earlyTicksFor('plan-60', card);
    early.set(first.id, 'done');
    early.set(second.id, 'done');
    early.set(second.id, 'open');
    early.set('p60-other.d1.1', 'done');
    expect(early.over(new Map([[first.id, 'skipped']]))).toEqual(
      new Map([
        [first.id, 'done'],
        [second.id, 'open'],
      ]),
    );
    expect(early.take()).toEqual([
      { itemId: first.id, state: 'done' },
      { itemId: second.id, state: 'open' },
    ]);
    expect(early.take()).toEqual([]);
    early.set(first.id, 'open');
    expect(early.take()).toEqual([]);
  });
});
