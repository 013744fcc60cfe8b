/**
 * The plan calendar's three optional profile fields (`scheduleRules`, `pauses`,
 * `studyAnywayDates`) as the start-up path's hand-written check (`profileOf`) and the
 * valibot schema (import, salvage, sync) see them: what one accepts the other accepts,
 * and both keep the same value.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fixedClock, fromDayNumber, toDayNumber } from '../../utils/date';
import { applyImport, readSnapshot } from '../../utils/db/backup';
import { WEEKDAYS } from '../../utils/model/ids';
import { localDate } from '../../utils/model/local-date';
import { profileOf } from '../../utils/model/profile-guard';
import type { ProfileRecord } from '../../utils/model/records';
import { MAX_SCHEDULE_ENTRIES, profileSchema } from '../../utils/model/schemas';
import {
  packSyncData,
  type SyncItems,
  syncedProfileOf,
  unpackSyncItems,
} from '../../utils/sync/pack';
import { buildExport, serializeExport } from '../../utils/transfer/format';
import { parseImport } from '../../utils/transfer/parse';
import { freshDatabase, knownFakeItem } from '../support/database';
import { PROFILE, START } from '../support/sync-fixtures';

const BASE = {
  id: 'profile',
  planId: 'plan-60',
  startDate: '2026-03-01',
  restDays: [0, 6],
  theme: 'system',
  language: 'python',
  reminderTime: null,
  syncEnabled: false,
  onboardedAt: 5,
  updatedAt: 7,
} as const;

const date = fc.constantFrom('2026-03-01', '2026-03-09', '2024-02-29', '0999-12-31', '9999-12-31');
const oddDate = fc.constantFrom('2026-02-30', '2026-3-1', '', 20260301, null, undefined);
const weekdays = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 });
const oddWeekdays = fc.constantFrom([7], [-1], [1.5], [0, 1, 2, 3, 4, 5, 6, 0], 'weekend', null);

const rule = fc.record({ from: date, restDays: weekdays });
const pause = fc.record({ from: date, until: fc.oneof(date, fc.constant(null)) });
const oddRule = fc.oneof(
  fc.record({ from: oddDate, restDays: weekdays }),
  fc.record({ from: date, restDays: oddWeekdays }),
  fc.record({ from: date }),
  fc.constantFrom(null, 'rule', [], 3),
  rule.map((entry) => ({ ...entry, extra: 'kept by neither' })),
);
const oddPause = fc.oneof(
  fc.record({ from: oddDate, until: date }),
  fc.record({ from: date, until: oddDate.filter((value) => value !== null) }),
  fc.record({ from: date }),
  fc.constantFrom(null, 'pause', []),
  pause.map((entry) => ({ ...entry, note: 'kept by neither' })),
);

/** A list of valid entries, one odd entry mixed in, or something that is not a list. */
function field<T>(valid: fc.Arbitrary<T>, odd: fc.Arbitrary<unknown>) {
  const list = fc.array(valid, { maxLength: 5 });
  return fc.oneof(
    { weight: 4, arbitrary: list },
    list.chain((entries) =>
      odd.chain((bad) =>
        fc
          .nat({ max: entries.length })
          .map((at) => [...entries.slice(0, at), bad, ...entries.slice(at)]),
      ),
    ),
    fc.constantFrom(undefined, null, 'none', {}, 3),
    fc.constant(Array.from({ length: MAX_SCHEDULE_ENTRIES + 1 }, () => '2026-03-01')),
  );
}

const profile = fc.record(
  {
    scheduleRules: field(rule, oddRule),
    pauses: field(pause, oddPause),
    studyAnywayDates: field(date, oddDate),
  },
  { requiredKeys: [] },
);

describe('the calendar fields of a profile', () => {
  it('are accepted and kept alike by profileOf and the profile schema', () => {
    const seen = { accepted: 0, refused: 0, withAll: 0 };
    fc.assert(
      fc.property(profile, (fields) => {
        const value = { ...BASE, ...fields };
        const byHand = profileOf(value);
        const bySchema = v.safeParse(profileSchema, value);
        expect(byHand !== null, JSON.stringify(fields)).toBe(bySchema.success);
        if (!byHand || !bySchema.success) {
          seen.refused += 1;
          return;
        }
        seen.accepted += 1;
        expect(byHand).toEqual(bySchema.output);
        // A field present as `undefined` is absent to both (valibot keeps such a key).
        const kept = (record: object) =>
          ['scheduleRules', 'pauses', 'studyAnywayDates'].filter(
            (key) => Object.getOwnPropertyDescriptor(record, key)?.value !== undefined,
          );
        expect(kept(byHand)).toEqual(kept(bySchema.output));
        if (kept(byHand).length === 3) seen.withAll += 1;
      }),
      { seed: 20261203, numRuns: 3000 },
    );
    // Both sides were seen, and profiles carrying all three fields among them.
    expect(seen.accepted).toBeGreaterThan(300);
    expect(seen.refused).toBeGreaterThan(300);
    expect(seen.withAll).toBeGreaterThan(50);
  });

  it('are kept exactly as stored when valid', () => {
    const fields = {
      scheduleRules: [
        { from: '2026-03-01', restDays: [0, 6] },
        { from: '2026-04-06', restDays: [] },
      ],
      pauses: [
        { from: '2026-03-09', until: '2026-03-15' },
        { from: '2026-05-01', until: null },
      ],
      studyAnywayDates: ['2026-03-14'],
    };
    const value = { ...BASE, ...fields };
    expect(profileOf(value)).toEqual(value);
    expect(v.parse(profileSchema, value)).toEqual(value);
  });

  it('refuse a pause that ends before it begins, in both checks', () => {
    const value = { ...BASE, pauses: [{ from: '2026-03-09', until: '2026-03-08' }] };
    expect(profileOf(value)).toBeNull();
    expect(v.safeParse(profileSchema, value).success).toBe(false);
  });
});

// ---- round trips: the three fields leave and come back exactly ----

const day = fc.integer({
  min: toDayNumber(localDate('2026-01-01')),
  max: toDayNumber(localDate('2031-12-31')),
});
const localDay = day.map(fromDayNumber);
const schedule = fc.record(
  {
    scheduleRules: fc.array(
      fc.record({
        from: localDay,
        restDays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { maxLength: 6 }),
      }),
      { maxLength: 6 },
    ),
    pauses: fc.array(
      fc.record({ from: day, length: fc.option(fc.nat({ max: 60 })) }).map(({ from, length }) => ({
        from: fromDayNumber(from),
        until: length === null ? null : fromDayNumber(from + length),
      })),
      { maxLength: 6 },
    ),
    studyAnywayDates: fc.uniqueArray(localDay, { maxLength: 6 }),
  },
  { requiredKeys: [] },
);
const scheduledProfile = schedule.map(
  (fields): ProfileRecord => ({ ...PROFILE, ...fields, syncEnabled: false }),
);

const calendarFields = (profile: Partial<ProfileRecord> | null | undefined) => ({
  scheduleRules: profile?.scheduleRules,
  pauses: profile?.pauses,
  studyAnywayDates: profile?.studyAnywayDates,
});
const ROUND_TRIP = { seed: 20261203 } as const;

/** The profile written into an export file, and that file as the import check reads it. */
function exportedAndRead(profile: ProfileRecord) {
  const text = serializeExport(buildExport({ profile, progress: [], notes: [] }, '9.9.9', START));
  const parsed = parseImport(text, {
    byteLength: text.length,
    now: START,
    knownItem: knownFakeItem,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

describe('the calendar fields round-trip', () => {
  it('through an export file and its import check', () => {
    fc.assert(
      fc.property(scheduledProfile, (profile) => {
        expect(exportedAndRead(profile).profile).toEqual(profile);
      }),
      { ...ROUND_TRIP, numRuns: 300 },
    );
  });

  it('through an export, a Replace or Merge import and the stored profile', async () => {
    await fc.assert(
      fc.asyncProperty(
        scheduledProfile,
        fc.constantFrom('merge', 'replace' as const),
        async (profile, mode) => {
          const file = exportedAndRead(profile);
          const db = await freshDatabase();
          const clock = fixedClock(START + 60_000, 'UTC');
          expect((await applyImport(db, file, mode, clock)).ok).toBe(true);
          const stored = (await readSnapshot(db)).profile;
          db.close();
          // A file from before the calendar gets rules from the import date; these files have them.
          const expected = calendarFields(
            profile.scheduleRules === undefined
              ? {
                  ...profile,
                  scheduleRules:
                    profile.restDays.length > 0
                      ? [{ from: localDate('2030-01-01'), restDays: profile.restDays }]
                      : [],
                }
              : profile,
          );
          expect(calendarFields(stored)).toEqual(expected);
        },
      ),
      { ...ROUND_TRIP, numRuns: 25 },
    );
  });

  it('through storage.sync packing and unpacking', () => {
    fc.assert(
      fc.property(scheduledProfile, (profile) => {
        const packed = packSyncData({ profile: syncedProfileOf(profile), progress: [], notes: [] });
        expect(packed.fits).toBe(true);
        const back = unpackSyncItems(JSON.parse(JSON.stringify(packed.items)) as SyncItems);
        expect(back.profile).toEqual(syncedProfileOf(profile));
        expect(calendarFields(back.profile)).toEqual(calendarFields(profile));
      }),
      { ...ROUND_TRIP, numRuns: 300 },
    );
  });
});
