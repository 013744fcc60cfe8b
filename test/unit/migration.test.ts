import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../utils/date';
import { countActivity } from '../../utils/db/activity';
import { openDatabase } from '../../utils/db/database';
import { readClockFloor, readFloors } from '../../utils/db/meta';
import { readActivity } from '../../utils/db/queries';
import {
  BackendPathDatabase,
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  type SchemaVersion,
  schemaVersions,
} from '../../utils/db/schema';
import { clearFinishedBackups, readSetAside, withBackup } from '../../utils/db/upgrade-backup';
import { localDate } from '../../utils/model/local-date';
import type { ProgressRecord } from '../../utils/model/records';
import { dayOfPlan } from '../../utils/schedule';
import fixture from '../fixtures/db-v1.json';
import fixtureV2 from '../fixtures/db-v2.json';
import fixtureV3 from '../fixtures/db-v3.json';
import fixtureV4 from '../fixtures/db-v4.json';
import { rawDump, uniqueName, withMadeUpNextVersion } from '../support/database';

type FixtureStores = Readonly<Record<string, readonly unknown[]>>;

/** Creates a database exactly as `version` of the schema list wrote it, filled from `stores`. */
async function createAsVersion(
  name: string,
  version: number,
  stores: FixtureStores,
): Promise<void> {
  const db = new Dexie(name);
  for (const entry of SCHEMA_VERSIONS.filter((v) => v.version <= version)) {
    db.version(entry.version).stores({ ...entry.stores });
  }
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(stores)) await db.table(table).bulkAdd([...rows]);
  });
  db.close();
}

const byItemId = (a: { itemId: string }, b: { itemId: string }) => (a.itemId < b.itemId ? -1 : 1);

describe('the shipped version list', () => {
  it('keeps v1 as it shipped and adds v2, v3 and v4 on top of it', () => {
    expect(SCHEMA_VERSIONS.map((entry) => entry.version)).toEqual([1, 2, 3, 4]);
    expect(SCHEMA_VERSIONS[0]?.stores).toEqual({
      profile: 'id',
      progress: 'itemId, planId, completedOn, [planId+state]',
      notes: 'date',
      backups: '++id, table',
    });
    expect(SCHEMA_VERSIONS[1]?.stores).toMatchObject({ activity: 'date' });
    expect(SCHEMA_VERSIONS[2]?.stores).toMatchObject({ activity: 'date', meta: 'key' });
    expect(SCHEMA_VERSIONS[3]?.stores).toEqual(SCHEMA_VERSIONS[2]?.stores);
    expect(CURRENT_SCHEMA_VERSION).toBe(4);
  });
});

describe('opening data written by schema v1', () => {
  it('keeps every record unchanged', async () => {
    const name = uniqueName('v1');
    await createAsVersion(name, 1, fixture.stores);
    const result = await openDatabase(name);
    if (!result.ok) throw new Error(result.error.kind);
    const db = result.db;
    expect(db.verno).toBe(4);
    // v4 adds only the rest-day history (from the real today: the clock is not injected here).
    const profiles = await db.profile.toArray();
    expect(profiles.map(({ scheduleRules: _rules, ...rest }) => rest)).toEqual(
      fixture.stores.profile,
    );
    expect(await db.progress.orderBy('itemId').toArray()).toEqual(
      [...fixture.stores.progress].sort(byItemId),
    );
    expect(await db.notes.orderBy('date').toArray()).toEqual(fixture.stores.notes);
    expect(fixture.stores.progress.some((record) => record.state === 'open')).toBe(true);
    expect(fixture.stores.progress.some((record) => record.state === 'skipped')).toBe(true);
    db.close();
  });

  it('fills activity with the counts derived from progress, without a backup copy', async () => {
    const name = uniqueName('v1-activity');
    await createAsVersion(name, 1, fixture.stores);
    const result = await openDatabase(name);
    if (!result.ok) throw new Error(result.error.kind);
    const progress = fixture.stores.progress as ProgressRecord[];
    expect(await readActivity(result.db)).toEqual(countActivity(progress));
    // Spelled out too, so a bug shared by countActivity and the upgrade still shows.
    expect(Object.fromEntries(await readActivity(result.db))).toEqual({
      '2026-01-01': 3,
      '2026-01-02': 3,
      '2026-01-03': 2,
      '2026-01-04': 3,
      '2026-01-05': 2,
      '2026-01-06': 3,
      '2026-01-07': 2,
      '2026-01-08': 3,
    });
    expect(await result.db.backups.count()).toBe(0);
    result.db.close();
  });
});

describe('opening data written by schema v2', () => {
  it('holds activity consistent with its progress (fixture sanity)', () => {
    const progress = fixtureV2.stores.progress as ProgressRecord[];
    expect(fixtureV2.stores.activity).toEqual(
      [...countActivity(progress)].map(([date, count]) => ({ date, count })),
    );
  });

  it('keeps every record and starts the clock floor at the largest stored stamp', async () => {
    const name = uniqueName('v2');
    await createAsVersion(name, 2, fixtureV2.stores);
    const result = await openDatabase(name);
    if (!result.ok) throw new Error(result.error.kind);
    const db = result.db;
    expect(db.verno).toBe(4);
    expect(await db.progress.orderBy('itemId').toArray()).toEqual(
      [...fixtureV2.stores.progress].sort(byItemId),
    );
    expect(await db.activity.toArray()).toEqual(fixtureV2.stores.activity);
    expect(await db.notes.orderBy('date').toArray()).toEqual(fixtureV2.stores.notes);
    const stamps = [...fixtureV2.stores.progress, ...fixtureV2.stores.notes].map(
      (row) => row.updatedAt,
    );
    expect(await readClockFloor(db)).toBe(Math.max(...stamps));
    expect(await db.backups.count()).toBe(0);
    db.close();
  });

  it('applies its rest days from the upgrade date on, so no past day moves', async () => {
    const name = uniqueName('v2-calendar');
    await createAsVersion(name, 2, fixtureV2.stores);
    // 2026-01-20 in Berlin: day 20 of the fixture's plan, as the app counted before v4.
    const clock = fixedClock(Date.UTC(2026, 0, 20, 12), 'Europe/Berlin');
    const result = await openDatabase(name, { versions: schemaVersions(clock) });
    if (!result.ok) throw new Error(result.error.kind);
    const db = result.db;
    const [profile] = await db.profile.toArray();
    if (!profile) throw new Error('fixture has a profile');
    expect(profile.scheduleRules).toEqual([{ from: '2026-01-20', restDays: [0] }]);
    // The day does not jump: the days lived kept every day as a study day.
    expect(dayOfPlan(profile, localDate('2026-01-20'))).toBe(20);
    // From the upgrade on, Sunday (2026-01-25) is a rest day: Monday is day 25, not 26.
    expect(dayOfPlan(profile, localDate('2026-01-26'))).toBe(25);
    db.close();
  });

  it('the v4 upgrade leaves a profile that already has rules alone', async () => {
    const name = uniqueName('v2-rules');
    const [stored] = fixtureV2.stores.profile;
    const rules = [{ from: '2026-01-01', restDays: [6] }];
    await createAsVersion(name, 2, {
      ...fixtureV2.stores,
      profile: [{ ...stored, scheduleRules: rules }],
    });
    const result = await openDatabase(name, {
      versions: schemaVersions(fixedClock(Date.UTC(2026, 0, 20, 12), 'UTC')),
    });
    if (!result.ok) throw new Error(result.error.kind);
    expect((await result.db.profile.get('profile'))?.scheduleRules).toEqual(rules);
    result.db.close();
  });

  it('opens unchanged under the current code once upgraded', async () => {
    const name = uniqueName('v2-again');
    await createAsVersion(name, 2, fixtureV2.stores);
    const first = await openDatabase(name);
    if (!first.ok) throw new Error(first.error.kind);
    first.db.close();
    const before = await rawDump(name);
    const again = await openDatabase(name);
    if (!again.ok) throw new Error(again.error.kind);
    again.db.close();
    expect(await rawDump(name)).toBe(before);
  });

  it('sets a malformed record aside in backups instead of failing the upgrade', async () => {
    const name = uniqueName('v2-malformed');
    const [first, second] = fixtureV2.stores.progress as ProgressRecord[];
    if (!first || !second) throw new Error('fixture has too few records');
    const broken = { ...first, itemId: 'p60-fundamentals.d9.1' };
    const { completedOn: _dropped, ...missingDate } = broken;
    const huge = {
      ...second,
      itemId: 'p60-fundamentals.d9.2',
      completedAt: 1e308,
    };
    await createAsVersion(name, 2, {
      ...fixtureV2.stores,
      progress: [...fixtureV2.stores.progress, missingDate, huge],
    });
    const result = await openDatabase(name);
    if (!result.ok) throw new Error(result.error.kind);
    const db = result.db;
    expect(await db.progress.get('p60-fundamentals.d9.1')).toBeUndefined();
    expect(await readSetAside(db)).toEqual([missingDate]);
    // An impossible completion time has one right answer: the change's own time.
    expect((await db.progress.get('p60-fundamentals.d9.2'))?.completedAt).toBe(huge.updatedAt);
    expect(await readActivity(db)).toEqual(countActivity(await db.progress.toArray()));
    db.close();
    // Set-aside rows outlive the next open, unlike an upgrade's finished copies.
    const again = await openDatabase(name);
    if (!again.ok) throw new Error(again.error.kind);
    expect(await readSetAside(again.db)).toEqual([missingDate]);
    again.db.close();
  });
});

describe('opening data written by schema v3', () => {
  it('keeps its meta rows, set-aside rows and records; v4 adds only the rest-day history', async () => {
    const name = uniqueName('v3');
    await createAsVersion(name, 3, fixtureV3.stores);
    const clock = fixedClock(Date.UTC(2026, 0, 20, 12), 'UTC');
    const result = await openDatabase(name, { versions: schemaVersions(clock) });
    if (!result.ok) throw new Error(result.error.kind);
    const db = result.db;
    expect(await readFloors(db)).toEqual(fixtureV3.stores.meta[1]?.floors);
    expect(await readClockFloor(db)).toBe(fixtureV3.stores.meta[0]?.stamp);
    expect(await readSetAside(db)).toEqual(fixtureV3.stores.backups[0]?.rows);
    expect(await db.progress.orderBy('itemId').toArray()).toEqual(
      [...fixtureV3.stores.progress].sort(byItemId),
    );
    const profiles = await db.profile.toArray();
    expect(profiles.map(({ scheduleRules: _rules, ...rest }) => rest)).toEqual(
      fixtureV3.stores.profile,
    );
    expect(profiles[0]?.scheduleRules).toEqual([{ from: '2026-01-20', restDays: [0] }]);
    db.close();
  });
});

describe('opening data written by schema v4', () => {
  it('keeps the plan calendar and the card choices exactly, and counts days by them', async () => {
    const name = uniqueName('v4');
    await createAsVersion(name, 4, fixtureV4.stores);
    const result = await openDatabase(name);
    if (!result.ok) throw new Error(result.error.kind);
    const db = result.db;
    expect(db.verno).toBe(4);
    const [profile] = await db.profile.toArray();
    expect(profile).toEqual(fixtureV4.stores.profile[0]);
    if (!profile) throw new Error('fixture has a profile');
    // Jan 1–4 every day, then weekdays only; the pause of 12–16 Jan holds the plan still;
    // Saturday 10 Jan was studied anyway.
    expect(dayOfPlan(profile, localDate('2026-01-09'))).toBe(9);
    expect(dayOfPlan(profile, localDate('2026-01-10'))).toBe(10);
    expect(dayOfPlan(profile, localDate('2026-01-19'))).toBe(11);
    expect(await db.progress.count()).toBe(fixtureV4.stores.progress.length);
    expect(await readFloors(db)).toEqual(fixtureV4.stores.meta[1]?.floors);
    db.close();
  });
});

describe('backup before a data-changing upgrade (made-up next version)', () => {
  const addField = withBackup(CURRENT_SCHEMA_VERSION, ['progress'], async (tx) => {
    await tx
      .table('progress')
      .toCollection()
      .modify((record: Record<string, unknown>) => {
        record.source = 'device';
      });
  });
  const failing = withBackup(CURRENT_SCHEMA_VERSION, ['progress'], async (tx) => {
    await tx
      .table('progress')
      .toCollection()
      .modify((record: Record<string, unknown>) => {
        record.source = 'device';
      });
    throw new Error('transform bug');
  });
  const next = (upgrade: SchemaVersion['upgrade']): SchemaVersion[] =>
    withMadeUpNextVersion({}, upgrade);

  it('copies the old rows aside during the upgrade and drops them once it succeeded', async () => {
    const name = uniqueName('next-ok');
    await createAsVersion(name, 1, fixture.stores);

    const db = new BackendPathDatabase(name, next(addField));
    await db.open();
    const backups = await db.backups.toArray();
    expect(backups).toHaveLength(1);
    expect(backups[0]?.table).toBe('progress');
    expect(backups[0]?.rows).toEqual(fixture.stores.progress);
    const upgraded = await db.progress.toArray();
    expect(upgraded.every((record) => 'source' in record)).toBe(true);
    expect(await clearFinishedBackups(db)).toBe(1);
    expect(await db.backups.count()).toBe(0);
    db.close();
  });

  it('openDatabase clears finished backups itself', async () => {
    const name = uniqueName('next-open');
    await createAsVersion(name, 1, fixture.stores);
    const result = await openDatabase(name, { versions: next(addField) });
    if (!result.ok) throw new Error(result.error.kind);
    expect(await result.db.backups.count()).toBe(0);
    expect(await result.db.progress.count()).toBe(fixture.stores.progress.length);
    result.db.close();
  });

  it('leaves the old data and version intact when the transform throws', async () => {
    const name = uniqueName('next-throws');
    await createAsVersion(name, 1, fixture.stores);
    const before = await rawDump(name);

    const result = await openDatabase(name, { versions: next(failing) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.title).toMatch(/could not/i);

    expect(await rawDump(name)).toBe(before);
    const reopened = await openDatabase(name);
    if (!reopened.ok) throw new Error(reopened.error.kind);
    expect(await reopened.db.progress.count()).toBe(fixture.stores.progress.length);
    reopened.db.close();
  });
});
