import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../utils/date';
import {
  completeDay,
  reopenItems,
  resetEverything,
  resetProgress,
  saveNote,
  saveProfile,
  setItemState,
  updateProfile,
} from '../../utils/db/actions';
import { readSnapshot } from '../../utils/db/backup';
import { readFloors } from '../../utils/db/meta';
import { readActivity, readItemsProgress, readPlanProgress } from '../../utils/db/queries';
import { localDate } from '../../utils/model/local-date';
import { mergeRecords, stampsOf } from '../../utils/model/merge';
import type { ProfileRecord } from '../../utils/model/records';
import { openOrFail, uniqueName } from '../support/database';

// 23:30 UTC on 9 Jan is already 10 Jan in Tokyo: completedOn must follow the user's zone.
const instant = Date.UTC(2026, 0, 9, 23, 30);
const tokyo = fixedClock(instant, 'Asia/Tokyo');
const later = fixedClock(instant + 60_000, 'Asia/Tokyo');

const profile: ProfileRecord = {
  id: 'profile',
  planId: 'plan-20',
  startDate: localDate('2026-01-05'),
  restDays: [],
  theme: 'system',
  language: 'javascript',
  reminderTime: null,
  syncEnabled: false,
  onboardedAt: 1,
  updatedAt: 1,
};

describe('item writes', () => {
  it('stamps completedOn with the local date and updatedAt with now', async () => {
    const db = await openOrFail(uniqueName('tick'));
    await setItemState(db, { itemId: 'x.d1.1', planId: 'plan-20', state: 'done' }, tokyo);
    expect(await db.progress.get('x.d1.1')).toEqual({
      itemId: 'x.d1.1',
      planId: 'plan-20',
      state: 'done',
      completedAt: instant,
      completedOn: localDate('2026-01-10'),
      updatedAt: instant,
    });
    db.close();
  });

  it('keeps an open tombstone when an item is unticked', async () => {
    const db = await openOrFail(uniqueName('untick'));
    await setItemState(db, { itemId: 'x.d1.1', planId: 'plan-20', state: 'done' }, tokyo);
    await setItemState(db, { itemId: 'x.d1.1', planId: 'plan-20', state: 'open' }, later);
    expect(await db.progress.get('x.d1.1')).toMatchObject({
      state: 'open',
      completedAt: null,
      completedOn: null,
      updatedAt: instant + 60_000,
    });
    expect(await readActivity(db)).toEqual(new Map());
    db.close();
  });

  it('reopenItems undoes a completion exactly, and leaves an item changed since alone', async () => {
    const db = await openOrFail(uniqueName('undo'));
    await setItemState(db, { itemId: 'x.d1.2', planId: 'plan-20', state: 'done' }, tokyo);
    const before = await readItemsProgress(db, ['x.d1.1', 'x.d1.2', 'x.d1.3']);
    const completed = await completeDay(db, 'plan-20', ['x.d1.1', 'x.d1.2', 'x.d1.3'], later);
    if (!completed.ok || !completed.marked) throw new Error('expected a completion');
    expect([...completed.marked.keys()]).toEqual(['x.d1.1', 'x.d1.3']);
    // x.d1.3 is ticked again after the completion (a new stamp): the undo must keep it.
    const afterwards = fixedClock(instant + 120_000, 'Asia/Tokyo');
    await setItemState(db, { itemId: 'x.d1.3', planId: 'plan-20', state: 'open' }, afterwards);
    await setItemState(db, { itemId: 'x.d1.3', planId: 'plan-20', state: 'done' }, afterwards);
    const undoAt = fixedClock(instant + 180_000, 'Asia/Tokyo');
    expect((await reopenItems(db, 'plan-20', completed.marked, undoAt)).ok).toBe(true);
    const after = await readItemsProgress(db, ['x.d1.1', 'x.d1.2', 'x.d1.3']);
    expect(after.get('x.d1.1')?.state).toBe('open');
    expect(after.get('x.d1.2')).toEqual(before.get('x.d1.2'));
    expect(after.get('x.d1.3')?.state).toBe('done');
    // The undo outranks the completion it undoes, so a merge elsewhere keeps it.
    expect(after.get('x.d1.1')?.updatedAt).toBeGreaterThan(completed.marked.get('x.d1.1') ?? 0);
    expect(await readActivity(db)).toEqual(new Map([[localDate('2026-01-10'), 2]]));
    db.close();
  });

  it('completeDay marks only unresolved items done', async () => {
    const db = await openOrFail(uniqueName('day'));
    await setItemState(db, { itemId: 'x.d1.2', planId: 'plan-20', state: 'skipped' }, tokyo);
    await setItemState(db, { itemId: 'x.d1.3', planId: 'plan-20', state: 'open' }, tokyo);
    await completeDay(db, 'plan-20', ['x.d1.1', 'x.d1.2', 'x.d1.3'], later);
    const states = await readItemsProgress(db, ['x.d1.1', 'x.d1.2', 'x.d1.3', 'x.d9.9']);
    expect([...states.values()].map((record) => [record.itemId, record.state])).toEqual([
      ['x.d1.1', 'done'],
      ['x.d1.2', 'skipped'],
      ['x.d1.3', 'done'],
    ]);
    expect(await readActivity(db)).toEqual(new Map([[localDate('2026-01-10'), 3]]));
    db.close();
  });

  it('never mutates objects handed out by reads', async () => {
    const db = await openOrFail(uniqueName('immutable'));
    await setItemState(db, { itemId: 'x.d1.1', planId: 'plan-20', state: 'done' }, tokyo);
    const seen = await readPlanProgress(db, 'plan-20');
    const snapshot = JSON.stringify([...seen.values()]);
    await setItemState(db, { itemId: 'x.d1.1', planId: 'plan-20', state: 'open' }, later);
    expect(JSON.stringify([...seen.values()])).toBe(snapshot);
    db.close();
  });
});

describe('profile and notes', () => {
  it('updateProfile patches in place and stamps updatedAt', async () => {
    const db = await openOrFail(uniqueName('profile'));
    await saveProfile(db, profile);
    expect(await updateProfile(db, { theme: 'dark', restDays: [0, 6] }, tokyo)).toEqual({
      ok: true,
    });
    expect(await db.profile.get('profile')).toEqual({
      ...profile,
      theme: 'dark',
      restDays: [0, 6],
      updatedAt: instant,
    });
    db.close();
  });

  it('saves notes up to 10,000 characters and refuses longer ones clearly', async () => {
    const db = await openOrFail(uniqueName('notes'));
    expect(await saveNote(db, localDate('2026-01-10'), 'a'.repeat(10_000), tokyo)).toEqual({
      ok: true,
    });
    const tooLong = await saveNote(db, localDate('2026-01-11'), 'a'.repeat(10_001), tokyo);
    expect(tooLong).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    if (!tooLong.ok) expect(tooLong.error.title).toContain('10,001');
    expect(await db.notes.count()).toBe(1);
    db.close();
  });

  it('resetProgress keeps settings and notes; resetEverything clears all', async () => {
    const db = await openOrFail(uniqueName('reset'));
    await saveProfile(db, profile);
    await saveNote(db, localDate('2026-01-10'), 'hi', tokyo);
    await setItemState(db, { itemId: 'x.d1.1', planId: 'plan-20', state: 'done' }, tokyo);
    const ticked = await readSnapshot(db);
    await resetProgress(db, tokyo);
    expect(await db.progress.count()).toBe(0);
    expect(await readActivity(db)).toEqual(new Map());
    expect([await db.notes.count(), await db.profile.count()]).toEqual([1, 1]);
    const floors = await readFloors(db);
    expect(floors.progress).toBeGreaterThan(Math.max(...stampsOf(ticked)));
    expect([floors.profile, floors.notes]).toEqual([0, 0]);
    await resetEverything(db, tokyo);
    expect([await db.notes.count(), await db.profile.count()]).toEqual([0, 0]);
    expect((await readFloors(db)).notes).toBeGreaterThan(floors.progress);
    db.close();
  });
});

describe('resets under sync and import merges', () => {
  it('leave floors above every old stamp, so merging the old records back in cannot undo a reset', async () => {
    const db = await openOrFail(uniqueName('reset-merge'));
    await saveProfile(db, profile);
    await setItemState(db, { itemId: 'x.d1.1', planId: 'plan-20', state: 'done' }, tokyo);
    await saveNote(db, localDate('2026-01-10'), 'before the reset', tokyo);
    const beforeReset = await readSnapshot(db);
    const later = fixedClock(tokyo.now() + 60_000, tokyo.timeZone());
    await resetEverything(db, later);
    const merged = mergeRecords(await readSnapshot(db), beforeReset);
    expect(merged).toMatchObject({ profile: null, progress: [], notes: [] });
    // Even when this device's clock stood still (or went back) since the old records.
    const frozen = await openOrFail(uniqueName('reset-frozen'));
    await setItemState(frozen, { itemId: 'x.d1.1', planId: 'plan-20', state: 'done' }, later);
    const old = await readSnapshot(frozen);
    await resetEverything(frozen, tokyo);
    expect(mergeRecords(await readSnapshot(frozen), old).progress).toEqual([]);
    frozen.close();
    db.close();
  });
});

describe('two views writing at the same moment', () => {
  it('keeps every write to different items', async () => {
    const name = uniqueName('concurrent');
    const [a, b] = await Promise.all([openOrFail(name), openOrFail(name)]);
    const ids = Array.from({ length: 20 }, (_, i) => `x.d${i}.1`);
    await Promise.all(
      ids.map((itemId, i) =>
        setItemState(i % 2 === 0 ? a : b, { itemId, planId: 'plan-20', state: 'done' }, tokyo),
      ),
    );
    expect((await a.progress.toArray()).map((record) => record.itemId).sort()).toEqual(
      [...ids].sort(),
    );
    a.close();
    b.close();
  });

  it('serialises writes to the same item: the last committed one stands, whole', async () => {
    const name = uniqueName('same-item');
    const [a, b] = await Promise.all([openOrFail(name), openOrFail(name)]);
    const results = await Promise.all([
      setItemState(a, { itemId: 'x.d1.1', planId: 'plan-20', state: 'done' }, tokyo),
      setItemState(b, { itemId: 'x.d1.1', planId: 'plan-20', state: 'skipped' }, later),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const record = await a.progress.get('x.d1.1');
    expect(record?.state === 'done' || record?.state === 'skipped').toBe(true);
    expect(record?.updatedAt).toBe(record?.state === 'done' ? instant : instant + 60_000);
    a.close();
    b.close();
  });

  it('two profile patches in flight both land', async () => {
    const name = uniqueName('patches');
    const [a, b] = await Promise.all([openOrFail(name), openOrFail(name)]);
    await saveProfile(a, profile);
    await Promise.all([
      updateProfile(a, { theme: 'dark' }, tokyo),
      updateProfile(b, { language: 'java' }, later),
    ]);
    expect(await a.profile.get('profile')).toMatchObject({ theme: 'dark', language: 'java' });
    a.close();
    b.close();
  });
});

describe('edits made within one clock tick', () => {
  it('always outrank the state they changed, so a merge can never undo them', async () => {
    const db = await openOrFail(uniqueName('same-instant'));
    await saveProfile(db, { ...profile, updatedAt: instant });
    const item = { itemId: 'p20-fundamentals.d1.1', planId: 'plan-20' } as const;
    await setItemState(db, { ...item, state: 'done' }, tokyo);
    const ticked = await readSnapshot(db);
    // Same frozen instant: the untick, the theme change and the note edit must still win.
    await setItemState(db, { ...item, state: 'open' }, tokyo);
    await updateProfile(db, { theme: 'dark' }, tokyo);
    await saveNote(db, localDate('2026-01-10'), 'first', tokyo);
    const firstNote = await readSnapshot(db);
    await saveNote(db, localDate('2026-01-10'), 'second', tokyo);
    const after = await readSnapshot(db);
    const merged = mergeRecords(after, ticked);
    expect(merged.progress.find((r) => r.itemId === item.itemId)?.state).toBe('open');
    expect(merged.profile?.theme).toBe('dark');
    expect(mergeRecords(after, firstNote).notes[0]?.text).toBe('second');
    db.close();
  });
});
