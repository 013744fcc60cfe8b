import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../utils/curriculum/types';
import { type Clock, fixedClock, type LocalDate } from '../../utils/date';
import { completeDay, resetEverything, resetProgress, setItemState } from '../../utils/db/actions';
import { applyActivityChange, countActivity } from '../../utils/db/activity';
import { applyImport, exportDatabase } from '../../utils/db/backup';
import { readActivity } from '../../utils/db/queries';
import type { BackendPathDatabase } from '../../utils/db/schema';
import { localDate } from '../../utils/model/local-date';
import type { ItemState, ProgressRecord } from '../../utils/model/records';
import type { ImportMode } from '../../utils/transfer/merge';
import { openOrFail, uniqueName } from '../support/database';

const DAY_MS = 86_400_000;
const FIRST_NOON = Date.UTC(2026, 0, 10, 12);
/** Day 0 is 2026-01-10 in UTC. */
const clockOnDay = (day: number, minute = 0): Clock =>
  fixedClock(FIRST_NOON + day * DAY_MS + minute * 60_000, 'UTC');
const dateOfDay = (day: number): LocalDate =>
  localDate(`2026-01-${String(10 + day).padStart(2, '0')}`);

/** What `activity` holds next to what `progress` says it must hold, read in one transaction. */
async function activityAndDerived(db: BackendPathDatabase) {
  return db.transaction('r', [db.progress, db.activity], async () => ({
    stored: await readActivity(db),
    derived: countActivity(await db.progress.toArray()),
  }));
}

describe('activity follows every progress write', () => {
  it('counts ticks and skips per local date and forgets unticks', async () => {
    const db = await openOrFail(uniqueName('activity-basic'));
    const set = (itemId: string, state: ItemState, day: number) =>
      setItemState(db, { itemId, planId: 'plan-20', state }, clockOnDay(day));
    await set('a', 'done', 0);
    await set('b', 'skipped', 0);
    await set('c', 'done', 1);
    expect(await readActivity(db)).toEqual(
      new Map([
        [dateOfDay(0), 2],
        [dateOfDay(1), 1],
      ]),
    );
    await set('a', 'open', 2);
    await set('b', 'done', 1); // re-resolving moves the item to the new date
    expect(await readActivity(db)).toEqual(new Map([[dateOfDay(1), 2]]));
    expect(await db.activity.get(dateOfDay(0))).toBeUndefined();
    db.close();
  });

  it('completeDay, resetProgress and resetEverything keep it in step', async () => {
    const db = await openOrFail(uniqueName('activity-day'));
    await setItemState(db, { itemId: 'a', planId: 'plan-20', state: 'skipped' }, clockOnDay(0));
    await completeDay(db, 'plan-20', ['a', 'b', 'c'], clockOnDay(1));
    expect(await readActivity(db)).toEqual(
      new Map([
        [dateOfDay(0), 1],
        [dateOfDay(1), 2],
      ]),
    );
    await completeDay(db, 'plan-20', ['d', 'd'], clockOnDay(1));
    expect(await db.activity.get(dateOfDay(1))).toEqual({ date: dateOfDay(1), count: 3 });
    await resetProgress(db, clockOnDay(1));
    expect(await db.activity.count()).toBe(0);
    await completeDay(db, 'plan-20', ['a'], clockOnDay(2));
    await resetEverything(db, clockOnDay(2));
    expect(await db.activity.count()).toBe(0);
    db.close();
  });

  it('reads only dates from `since` on', async () => {
    const db = await openOrFail(uniqueName('activity-since'));
    for (const day of [0, 1, 2, 3]) {
      await setItemState(
        db,
        { itemId: `i${day}`, planId: 'plan-20', state: 'done' },
        clockOnDay(day),
      );
    }
    expect([...(await readActivity(db, dateOfDay(2))).keys()]).toEqual([
      dateOfDay(2),
      dateOfDay(3),
    ]);
    db.close();
  });

  it('never counts below zero and drops rows that reach zero', async () => {
    const db = await openOrFail(uniqueName('activity-floor'));
    await db.activity.put({ date: dateOfDay(0), count: 1 });
    await db.transaction('rw', db.activity, () =>
      applyActivityChange(
        db.activity,
        new Map([
          [dateOfDay(0), -3],
          [dateOfDay(1), -1],
          [dateOfDay(2), 2],
        ]),
      ),
    );
    expect(await db.activity.toArray()).toEqual([{ date: dateOfDay(2), count: 2 }]);
    db.close();
  });

  it('is recounted on import and left out of exports', async () => {
    const db = await openOrFail(uniqueName('activity-import'));
    await setItemState(db, { itemId: 'a', planId: 'plan-20', state: 'done' }, clockOnDay(0));
    const incoming = [
      record('a', 'plan-20', 'skipped', 3, 5),
      record('b', 'plan-20', 'done', 4, 0),
    ];
    expect(
      await applyImport(
        db,
        { profile: null, progress: incoming, notes: [] },
        'merge',
        clockOnDay(5),
      ),
    ).toEqual({ ok: true });
    expect(await readActivity(db)).toEqual(
      new Map([
        [dateOfDay(3), 1],
        [dateOfDay(4), 1],
      ]),
    );
    const exported = await exportDatabase(db, '0.1.0', clockOnDay(5));
    if (!exported.ok) throw new Error(exported.error.kind);
    expect(Object.keys(exported.file)).not.toContain('activity');
    db.close();
  });
});

function record(
  itemId: string,
  planId: PlanId,
  state: ItemState,
  day: number,
  minute: number,
): ProgressRecord {
  const at = clockOnDay(day, minute).now();
  const resolved = state !== 'open';
  return {
    itemId,
    planId,
    state,
    completedAt: resolved ? at : null,
    completedOn: resolved ? dateOfDay(day) : null,
    updatedAt: at,
  };
}

// ---- property: any interleaving of actions by two connections keeps activity == derived ----

const ITEM_IDS = ['p.d1.1', 'p.d1.2', 'p.d1.3', 'p.d2.1', 'p.d2.2', 'q.d1.1'] as const;
const itemId = fc.constantFrom(...ITEM_IDS);
const planId = fc.constantFrom<PlanId>('plan-20', 'plan-60');
const day = fc.integer({ min: 0, max: 3 });
const state = fc.constantFrom<ItemState>('done', 'skipped', 'open');

type Action =
  | { kind: 'set'; itemId: string; planId: PlanId; state: ItemState; day: number }
  | { kind: 'completeDay'; planId: PlanId; itemIds: string[]; day: number }
  | { kind: 'resetProgress' }
  | { kind: 'resetEverything' }
  | { kind: 'import'; mode: ImportMode; records: ProgressRecord[] };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set'), itemId, planId, state, day }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('completeDay'),
      planId,
      itemIds: fc.uniqueArray(itemId, { maxLength: 4 }),
      day,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'resetProgress' }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'resetEverything' }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('import'),
      mode: fc.constantFrom<ImportMode>('merge', 'replace'),
      records: fc
        .uniqueArray(fc.tuple(itemId, planId, state, day, fc.integer({ min: 0, max: 1_000 })), {
          selector: ([id]) => id,
          maxLength: 5,
        })
        .map((rows) => rows.map((row) => record(...row))),
    }),
  },
);

function run(db: BackendPathDatabase, step: Action): Promise<unknown> {
  switch (step.kind) {
    case 'set':
      return setItemState(db, step, clockOnDay(step.day, 1));
    case 'completeDay':
      return completeDay(db, step.planId, step.itemIds, clockOnDay(step.day, 2));
    case 'resetProgress':
      return resetProgress(db, clockOnDay(0, 3));
    case 'resetEverything':
      return resetEverything(db, clockOnDay(0, 3));
    case 'import':
      return applyImport(
        db,
        { profile: null, progress: step.records, notes: [] },
        step.mode,
        clockOnDay(0, 4),
      );
  }
}

describe('activity property', () => {
  it('equals the counts derived from progress after any actions by two connections', async () => {
    // Each round is one action, or two started together on different connections.
    const round = fc.oneof(fc.tuple(action), fc.tuple(action, action));
    await fc.assert(
      fc.asyncProperty(fc.array(round, { minLength: 1, maxLength: 12 }), async (rounds) => {
        const name = uniqueName('activity-prop');
        const first = await openOrFail(name);
        const second = await openOrFail(name);
        try {
          for (const steps of rounds) {
            const results = await Promise.all(
              steps.map((step, index) => run(index === 0 ? first : second, step)),
            );
            for (const result of results) expect(result).toMatchObject({ ok: true });
          }
          const { stored, derived } = await activityAndDerived(first);
          expect(stored).toEqual(derived);
          expect([...stored.values()].every((count) => count > 0)).toBe(true);
        } finally {
          first.close();
          second.close();
        }
      }),
      { numRuns: 150, seed: 20261203 },
    );
  }, 120_000);
});
