/**
 * Every shipped version of the shapes that leave the database opens under the current code:
 * each `storage.sync` format as another browser would have written it, and each export
 * format as a file a user kept. (The Dexie versions are opened in migration.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../utils/date';
import { applyImport, readSnapshot } from '../../utils/db/backup';
import { SYNC_FORMAT_VERSION, unpackSyncItems } from '../../utils/sync/pack';
import { planRound } from '../../utils/sync/reconcile';
import { parseImport } from '../../utils/transfer/parse';
import exportV1 from '../fixtures/imports/valid.json';
import exportV2 from '../fixtures/imports/valid-v2.json';
import exportV2Calendar from '../fixtures/imports/valid-v2-calendar.json';
import syncV1 from '../fixtures/sync-v1.json';
import syncV2 from '../fixtures/sync-v2.json';
import syncV2Calendar from '../fixtures/sync-v2-calendar.json';
import { freshDatabase, knownFakeItem } from '../support/database';
import { PROFILE, START } from '../support/sync-fixtures';

describe('storage.sync formats', () => {
  it('reads format 1 whole: no floors, every record', () => {
    const read = unpackSyncItems(syncV1);
    expect(read).toMatchObject({ partial: false, newerFormat: false, notesPresent: true });
    expect(read.floors).toBeUndefined();
    expect(read.profile).toMatchObject({ planId: 'plan-90', updatedAt: START });
    expect(read.progress.map((record) => [record.itemId, record.state])).toEqual([
      ['p90-intro.d1.1', 'done'],
      ['p90-intro.d1.2', 'open'],
    ]);
    expect(read.notes.map((note) => note.text)).toEqual(['Map<String, List<Integer>> & emoji 😀']);
  });

  it('reads format 2 with its floors and a provisional plan', () => {
    const read = unpackSyncItems(syncV2);
    expect(read).toMatchObject({ partial: false, newerFormat: false });
    expect(read.floors).toEqual({ profile: 0, progress: START - 5000, notes: 0 });
    expect(read.profile?.provisional).toBe(true);
    expect(read.progress).toHaveLength(2);
  });

  it('reads format 2 with the plan calendar and the card choices, exactly', () => {
    const { v: _format, ...written } = syncV2Calendar['bp:profile'];
    const read = unpackSyncItems(syncV2Calendar);
    expect(read).toMatchObject({ partial: false, newerFormat: false });
    expect(read.profile).toMatchObject({
      scheduleRules: written.scheduleRules,
      pauses: written.pauses,
      studyAnywayDates: written.studyAnywayDates,
      cards: written.cards,
    });
  });

  it('rewrites format 1 as the current format once it merges, keeping every record', () => {
    const round = planRound({ profile: PROFILE, progress: [], notes: [] }, syncV1, 'this-device', {
      now: START + 10_000,
    });
    if (round.kind !== 'merge' || !round.writes) throw new Error('expected writes');
    const written = { ...syncV1, ...round.writes.set };
    for (const key of round.writes.remove) delete (written as Record<string, unknown>)[key];
    expect((written['bp:m'] as { v: number }).v).toBe(SYNC_FORMAT_VERSION);
    expect(unpackSyncItems(written).progress).toEqual(unpackSyncItems(syncV1).progress);
  });

  it('leaves a newer format alone: nothing is merged, written or removed', () => {
    const newer = { ...syncV2, 'bp:x': { v: SYNC_FORMAT_VERSION + 1, anything: true } };
    expect(planRound({ profile: PROFILE, progress: [], notes: [] }, newer, 'd').kind).toBe(
      'newer-format',
    );
  });
});

describe('export formats', () => {
  it('imports a format 2 file with the plan calendar and the card choices, exactly', async () => {
    const now = Date.UTC(2026, 0, 14, 9);
    const text = JSON.stringify(exportV2Calendar);
    const parsed = parseImport(text, { byteLength: text.length, now, knownItem: knownFakeItem });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const db = await freshDatabase();
    expect((await applyImport(db, parsed.data, 'replace', fixedClock(now, 'UTC'))).ok).toBe(true);
    const { profile } = await readSnapshot(db);
    const { scheduleRules, pauses, studyAnywayDates, cards } = exportV2Calendar.profile;
    expect(profile).toMatchObject({ scheduleRules, pauses, studyAnywayDates, cards });
    db.close();
  });

  const now = Date.UTC(2026, 0, 14, 9);
  for (const [version, file] of [
    [1, exportV1],
    [2, exportV2],
  ] as const) {
    it(`imports a format ${version} file`, async () => {
      const text = JSON.stringify(file);
      const parsed = parseImport(text, {
        byteLength: text.length,
        now,
        knownItem: knownFakeItem,
      });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      expect(parsed.data.formatVersion).toBe(version);
      const db = await freshDatabase();
      expect((await applyImport(db, parsed.data, 'merge', fixedClock(now, 'UTC'))).ok).toBe(true);
      const stored = await readSnapshot(db);
      expect(stored.progress.map((record) => record.itemId).sort()).toEqual(
        file.progress.map((record) => record.itemId).sort(),
      );
      expect(stored.profile?.planId).toBe(file.profile.planId);
      db.close();
    });
  }
});
