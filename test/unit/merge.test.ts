import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../utils/model/local-date';
import { mergeRecords } from '../../utils/model/merge';
import { canonical } from '../../utils/model/order';
import type { ProgressRecord } from '../../utils/model/records';
import type { StoreSnapshot } from '../../utils/transfer/format';
import { previewImport } from '../../utils/transfer/merge';

const item = (
  itemId: string,
  state: ProgressRecord['state'],
  updatedAt: number,
): ProgressRecord => ({
  itemId,
  planId: 'plan-20',
  state,
  completedAt: state === 'open' ? null : updatedAt,
  completedOn: state === 'open' ? null : localDate('2026-01-02'),
  updatedAt,
});
const snapshot = (
  progress: ProgressRecord[],
  notes: StoreSnapshot['notes'] = [],
): StoreSnapshot => ({
  profile: null,
  progress,
  notes,
});

describe('mergeRecords', () => {
  it('lets the newer write win per item, including an untick tombstone', () => {
    const local = snapshot([item('a', 'done', 10), item('b', 'open', 30), item('c', 'done', 5)]);
    const incoming = snapshot([
      item('a', 'open', 20),
      item('b', 'done', 25),
      item('d', 'skipped', 1),
    ]);
    expect(mergeRecords(local, incoming).progress).toEqual([
      item('a', 'open', 20),
      item('b', 'open', 30),
      item('c', 'done', 5),
      item('d', 'skipped', 1),
    ]);
  });

  it('breaks ties toward the more resolved state', () => {
    const merged = mergeRecords(
      snapshot([item('a', 'skipped', 7)]),
      snapshot([item('a', 'done', 7)]),
    );
    expect(merged.progress).toEqual([item('a', 'done', 7)]);
  });

  it('merges notes and profiles by updatedAt', () => {
    const local = snapshot([], [{ date: localDate('2026-01-01'), text: 'old', updatedAt: 1 }]);
    const incoming = snapshot([], [{ date: localDate('2026-01-01'), text: 'new', updatedAt: 2 }]);
    expect(mergeRecords(local, incoming).notes).toEqual([
      { date: localDate('2026-01-01'), text: 'new', updatedAt: 2 },
    ]);
  });

  it('is commutative and idempotent', () => {
    const record = fc
      .tuple(
        fc.constantFrom('a', 'b', 'c'),
        fc.constantFrom<ProgressRecord['state']>('done', 'skipped', 'open'),
        fc.integer({ min: 0, max: 3 }),
      )
      .map(([id, state, at]) => item(id, state, at));
    const side = fc
      .uniqueArray(record, { selector: (r) => r.itemId })
      .map((list) => snapshot(list));
    fc.assert(
      fc.property(side, side, (a, b) => {
        expect(canonical(mergeRecords(a, b))).toBe(canonical(mergeRecords(b, a)));
        const once = mergeRecords(a, b);
        expect(canonical(mergeRecords(once, b))).toBe(canonical(once));
      }),
    );
  });
});

describe('previewImport', () => {
  const current: StoreSnapshot = {
    profile: null,
    progress: [item('a', 'done', 10), item('b', 'done', 10), item('c', 'done', 10)],
    notes: [{ date: localDate('2026-01-01'), text: 'x', updatedAt: 1 }],
  };
  const incoming: StoreSnapshot = {
    profile: {
      id: 'profile',
      planId: 'plan-60',
      startDate: localDate('2026-01-01'),
      restDays: [],
      theme: 'dark',
      language: 'python',
      reminderTime: null,
      syncEnabled: false,
      onboardedAt: null,
      updatedAt: 3,
    },
    progress: [item('a', 'done', 10), item('b', 'open', 20), item('d', 'done', 1)],
    notes: [],
  };

  it('counts what a merge would change', () => {
    expect(previewImport(current, incoming, 'merge')).toEqual({
      progress: { added: 1, updated: 1, removed: 0, unchanged: 2 },
      notes: { added: 0, updated: 0, removed: 0, unchanged: 1 },
      profile: { change: 'added', fields: [] },
    });
  });

  it('counts what a replace would remove', () => {
    expect(previewImport(current, incoming, 'replace')).toEqual({
      progress: { added: 1, updated: 1, removed: 1, unchanged: 1 },
      notes: { added: 0, updated: 0, removed: 1, unchanged: 0 },
      profile: { change: 'added', fields: [] },
    });
  });

  it('names the profile settings that would change', () => {
    const mine = {
      ...incoming,
      profile: incoming.profile && { ...incoming.profile, theme: 'light' as const, updatedAt: 1 },
    };
    expect(previewImport(mine, incoming, 'merge').profile).toEqual({
      change: 'updated',
      fields: ['theme'],
    });
  });
});
