import { describe, expect, it } from 'vitest';
import { localDate } from '../../utils/model/local-date';
import { canonical } from '../../utils/model/order';
import type { ProgressRecord } from '../../utils/model/records';
import {
  MANIFEST_KEY,
  packSyncData,
  SYNC_FORMAT_VERSION,
  type SyncItems,
  syncedProfileOf,
  unpackSyncItems,
} from '../../utils/sync/pack';
import { CHUNK_BUDGET_BYTES, itemBytes, measureItems, SYNC_QUOTA } from '../../utils/sync/quota';
import { finishedPlan, note, PROFILE, START } from '../support/sync-fixtures';

const byId = (a: ProgressRecord, b: ProgressRecord) => (a.itemId < b.itemId ? -1 : 1);

function expectEveryItemUnderLimit(items: SyncItems): void {
  for (const [key, value] of Object.entries(items)) {
    expect(itemBytes(key, value), key).toBeLessThanOrEqual(CHUNK_BUDGET_BYTES);
  }
}

describe('packing for storage.sync', () => {
  it('round-trips profile, progress (with tombstones and imported times) and notes exactly', () => {
    const progress: ProgressRecord[] = [
      ...finishedPlan('plan-20').slice(0, 12),
      {
        itemId: 'p60-databases.d2.1',
        planId: 'plan-60',
        state: 'open',
        completedAt: null,
        completedOn: null,
        updatedAt: START + 5,
        updatedBy: 'dev-b',
      },
      {
        itemId: 'p60-databases.d2.2',
        planId: 'plan-60',
        state: 'done',
        completedAt: START - 86_400_000,
        completedOn: localDate('2029-12-31'),
        updatedAt: START + 7,
        updatedBy: 'dev-a',
      },
    ];
    const notes = [note('2030-01-02', 'Read about indexes, "quoted", ümlaut, 😀\nnew line')];
    const packed = packSyncData({ profile: syncedProfileOf(PROFILE), progress, notes });
    expect(packed).toMatchObject({ fits: true, notesIncluded: true });
    // What storage.sync keeps is JSON.
    const stored = JSON.parse(JSON.stringify(packed.items)) as SyncItems;
    const back = unpackSyncItems(stored);
    expect(back.partial).toBe(false);
    expect(back.profile).toEqual(syncedProfileOf(PROFILE));
    expect([...back.progress].sort(byId)).toEqual([...progress].sort(byId));
    expect(back.notes).toEqual(notes);
  });

  it.each([
    ['a finished 90-day plan', ['plan-90'] as const],
    ['every plan finished', ['plan-20', 'plan-60', 'plan-90'] as const],
  ])('fits %s with skips, with room to spare, every item under its limit', (label, plans) => {
    const progress = plans.flatMap((planId) => finishedPlan(planId));
    expect(progress.some((record) => record.state === 'skipped')).toBe(true);
    const packed = packSyncData({ profile: syncedProfileOf(PROFILE), progress, notes: [] });
    expect(packed.fits).toBe(true);
    expectEveryItemUnderLimit(packed.items);
    const size = measureItems(packed.items);
    expect(size.bytes).toBeLessThan(SYNC_QUOTA.totalBytes / 4);
    expect(size.items).toBeLessThan(SYNC_QUOTA.maxItems / 10);
    console.info(
      `sync size of ${label}: ${progress.length} records, ${size.bytes} bytes in ${size.items} items (largest ${size.largestItemBytes} bytes), ${((100 * size.bytes) / SYNC_QUOTA.totalBytes).toFixed(1)}% of ${SYNC_QUOTA.totalBytes}`,
    );
    expect([...unpackSyncItems(packed.items).progress].sort(byId)).toEqual(
      [...progress].sort(byId),
    );
  });

  it('splits a long note across items and joins it again', () => {
    const notes = [note('2030-01-05', 'é'.repeat(10_000)), note('2030-01-06', 'x'.repeat(9_000))];
    const packed = packSyncData({ profile: null, progress: [], notes });
    expectEveryItemUnderLimit(packed.items);
    expect(
      Object.keys(packed.items).filter((key) => key.startsWith('bp:n:')).length,
    ).toBeGreaterThan(2);
    expect(unpackSyncItems(packed.items).notes).toEqual(notes);
  });

  it('leaves notes out when they do not fit, and keeps all progress', () => {
    const notes = Array.from({ length: 12 }, (_, day) =>
      note(`2030-02-${String(day + 10)}`, 'n'.repeat(10_000)),
    );
    const progress = finishedPlan('plan-90');
    const packed = packSyncData({ profile: syncedProfileOf(PROFILE), progress, notes });
    expect(packed).toMatchObject({ fits: true, notesIncluded: false });
    const back = unpackSyncItems(packed.items);
    expect(back.notes).toEqual([]);
    expect(back.progress).toHaveLength(progress.length);
    expect(measureItems(packed.items).bytes).toBeLessThanOrEqual(SYNC_QUOTA.totalBytes);
  });

  it('notices a chunk that differs from the manifest (a write still arriving)', () => {
    const progress = finishedPlan('plan-20');
    const first = packSyncData({ profile: null, progress: progress.slice(0, 10), notes: [] });
    const second = packSyncData({ profile: null, progress, notes: [] });
    // The new manifest arrived, one chunk is still the old one.
    const mixed = { ...second.items, ...first.items, [MANIFEST_KEY]: second.items[MANIFEST_KEY] };
    expect(unpackSyncItems(mixed).partial).toBe(true);
    expect(unpackSyncItems(second.items).partial).toBe(false);
    // A browser may hand values back with their keys in another order: still whole.
    const reordered = Object.fromEntries(
      Object.entries(second.items).map(([key, value]) => [
        key,
        Object.fromEntries(Object.entries(value as object).reverse()),
      ]),
    );
    expect(unpackSyncItems(reordered).partial).toBe(false);
  });

  it('skips damaged chunks and refuses a newer format', () => {
    const packed = packSyncData({ profile: null, progress: finishedPlan('plan-20'), notes: [] });
    const [key] = Object.keys(packed.items).filter((name) => name.startsWith('bp:p:'));
    if (!key) throw new Error('no chunk');
    const damaged = unpackSyncItems({ ...packed.items, [key]: { v: 1, r: 42 } });
    expect(damaged.progress.length).toBeLessThan(finishedPlan('plan-20').length);
    expect(damaged.progress.length).toBeGreaterThan(0);
    const newer = unpackSyncItems({
      ...packed.items,
      [MANIFEST_KEY]: { v: SYNC_FORMAT_VERSION + 1, chunks: {}, notes: [] },
    });
    expect(newer.newerFormat).toBe(true);
    expect(canonical(newer.progress)).toBe('[]');
  });
});
