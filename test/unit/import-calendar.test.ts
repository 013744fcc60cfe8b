/**
 * A backup made before the plan calendar (no `scheduleRules`) imports the way the Dexie v4
 * upgrade treats a stored profile: its rest days apply from the import date on, so the
 * days the learner already lived keep their plan days.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../utils/date';
import { applyImport, readSnapshot } from '../../utils/db/backup';
import { openDatabase } from '../../utils/db/database';
import { SCHEMA_VERSIONS, schemaVersions } from '../../utils/db/schema';
import { localDate } from '../../utils/model/local-date';
import { dayOfPlan } from '../../utils/schedule';
import type { ImportMode } from '../../utils/transfer/merge';
import { parseImport } from '../../utils/transfer/parse';
import preCalendar from '../fixtures/imports/pre-calendar-v2.json';
import exportV1 from '../fixtures/imports/valid.json';
import { freshDatabase, knownFakeItem, uniqueName } from '../support/database';

// Wednesday 2026-03-18, 10:00 in Berlin; the plan began Monday 2026-03-02 with weekends off.
const NOW = Date.UTC(2026, 2, 18, 9);
const clock = fixedClock(NOW, 'Europe/Berlin');
const TODAY = localDate('2026-03-18');

function parsed(file: unknown) {
  const text = JSON.stringify(file);
  const result = parseImport(text, { byteLength: text.length, now: NOW, knownItem: knownFakeItem });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function importedProfile(file: unknown, mode: ImportMode) {
  const db = await freshDatabase();
  const result = await applyImport(db, parsed(file), mode, clock);
  if (!result.ok) throw new Error(result.error.kind);
  const { profile } = await readSnapshot(db);
  db.close();
  if (!profile) throw new Error('the file has a profile');
  return profile;
}

/** The same profile stored by a v3 database and opened by the current code on the same day. */
async function upgradedProfile(profile: unknown) {
  const name = uniqueName('v3-pre-calendar');
  const old = new Dexie(name);
  for (const entry of SCHEMA_VERSIONS.filter((version) => version.version <= 3))
    old.version(entry.version).stores({ ...entry.stores });
  await old.open();
  await old.table('profile').put(profile);
  old.close();
  const result = await openDatabase(name, { versions: schemaVersions(clock) });
  if (!result.ok) throw new Error(result.error.kind);
  const stored = await result.db.profile.get('profile');
  result.db.close();
  return stored;
}

describe('importing a backup made before the plan calendar', () => {
  it.each(['merge', 'replace'] as const)(
    '(%s) applies its rest days from the import date on: today stays day 17',
    async (mode) => {
      const profile = await importedProfile(preCalendar, mode);
      expect(profile.restDays).toEqual([0, 6]);
      expect(profile.scheduleRules).toEqual([{ from: TODAY, restDays: [0, 6] }]);
      // Before the calendar every day was a study day: 2 to 17 March are days 1 to 16.
      expect(dayOfPlan(profile, TODAY)).toBe(17);
      // From today on the weekend is off: Monday 23 March is day 20, not day 22.
      expect(dayOfPlan(profile, localDate('2026-03-23'))).toBe(20);
    },
  );

  it('gives the same rules as the v4 upgrade gives the same profile', async () => {
    const imported = await importedProfile(preCalendar, 'merge');
    const upgraded = await upgradedProfile(preCalendar.profile);
    expect(upgraded?.scheduleRules).toEqual(imported.scheduleRules);
  });

  it('treats a format 1 file the same way', async () => {
    const profile = await importedProfile(exportV1, 'merge');
    expect(profile.scheduleRules).toEqual([{ from: TODAY, restDays: [0, 6] }]);
  });

  it('gives a profile without rest days an empty history', async () => {
    const file = { ...preCalendar, profile: { ...preCalendar.profile, restDays: [] } };
    const profile = await importedProfile(file, 'replace');
    expect(profile.scheduleRules).toEqual([]);
    expect(dayOfPlan(profile, TODAY)).toBe(17);
  });

  it('keeps the rules, pauses and Study anyway dates a newer file carries, exactly', async () => {
    const schedule = {
      scheduleRules: [{ from: '2026-03-02', restDays: [0] }],
      pauses: [{ from: '2026-03-09', until: '2026-03-11' }],
      studyAnywayDates: ['2026-03-15'],
    };
    const file = { ...preCalendar, profile: { ...preCalendar.profile, ...schedule } };
    const profile = await importedProfile(file, 'merge');
    expect({
      scheduleRules: profile.scheduleRules,
      pauses: profile.pauses,
      studyAnywayDates: profile.studyAnywayDates,
    }).toEqual(schedule);
  });
});
