import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../utils/model/local-date';
import { mergeRecords } from '../../utils/model/merge';
import { canonical } from '../../utils/model/order';
import type { ItemState, ProgressRecord } from '../../utils/model/records';
import { packSyncData, type SyncItems, unpackSyncItems } from '../../utils/sync/pack';
import { planRound, stampDevice } from '../../utils/sync/reconcile';
import type { StoreSnapshot } from '../../utils/transfer/format';
import { START } from '../support/sync-fixtures';

const ITEM_IDS = ['p20-basics.d1.1', 'p20-basics.d1.2', 'p20-apis.d2.1', 'p20-apis.d3.1'];
const DEVICES = ['device-a', 'device-b', 'device-c'];

function record(
  itemId: string,
  state: ItemState,
  updatedAt: number,
  updatedBy?: string,
): ProgressRecord {
  const resolved = state !== 'open';
  return {
    itemId,
    planId: 'plan-20',
    state,
    completedAt: resolved ? updatedAt : null,
    completedOn: resolved ? localDate('2030-01-01') : null,
    updatedAt,
    ...(updatedBy === undefined ? {} : { updatedBy }),
  };
}

// Few ids, devices and instants, so equal keys and exact ties happen often.
const recordArbitrary = fc
  .record({
    itemId: fc.constantFrom(...ITEM_IDS),
    state: fc.constantFrom<ItemState>('done', 'skipped', 'open'),
    updatedAt: fc.integer({ min: START, max: START + 4 }),
    updatedBy: fc.constantFrom(...DEVICES),
  })
  .map(({ itemId, state, updatedAt, updatedBy }) => record(itemId, state, updatedAt, updatedBy));

/** A store holds one record per item. */
const stateArbitrary = fc
  .uniqueArray(recordArbitrary, { selector: (entry) => entry.itemId })
  .map((progress): StoreSnapshot => ({ profile: null, progress, notes: [] }));

function same(a: StoreSnapshot, b: StoreSnapshot): void {
  expect(canonical(a)).toBe(canonical(b));
}
const sorted = (state: StoreSnapshot) =>
  mergeRecords(state, { profile: null, progress: [], notes: [] });

describe('sync merge (the import merge with device tie-break)', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, (a, b) =>
        same(mergeRecords(a, b), mergeRecords(b, a)),
      ),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, stateArbitrary, (a, b, c) =>
        same(mergeRecords(mergeRecords(a, b), c), mergeRecords(a, mergeRecords(b, c))),
      ),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, (a, b) => {
        same(mergeRecords(a, a), sorted(a));
        same(mergeRecords(mergeRecords(a, b), b), mergeRecords(a, b));
      }),
    );
  });

  it('survives packing and unpacking unchanged', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, (a, b) => {
        const merged = mergeRecords(a, b);
        const back = unpackSyncItems(packSyncData({ ...merged, profile: null }).items);
        same(sorted({ profile: null, progress: back.progress, notes: back.notes }), merged);
      }),
    );
  });

  it('breaks a tie of the same instant by device id, whichever side it is on', () => {
    const fromA = record('p20-basics.d1.1', 'done', START, 'device-a');
    const fromB = record('p20-basics.d1.1', 'open', START, 'device-b');
    const one = { profile: null, progress: [fromA], notes: [] };
    const other = { profile: null, progress: [fromB], notes: [] };
    expect(mergeRecords(one, other).progress).toEqual([fromB]);
    expect(mergeRecords(other, one).progress).toEqual([fromB]);
  });

  it('lets a newer untick (tombstone) win over an older tick, and an older one lose', () => {
    const ticked = record('p20-basics.d1.1', 'done', START, 'device-b');
    const untickedLater = record('p20-basics.d1.1', 'open', START + 1, 'device-a');
    const untickedEarlier = record('p20-basics.d1.1', 'open', START - 1, 'device-c');
    const merge = (x: ProgressRecord, y: ProgressRecord) =>
      mergeRecords(
        { profile: null, progress: [x], notes: [] },
        { profile: null, progress: [y], notes: [] },
      ).progress;
    expect(merge(ticked, untickedLater)).toEqual([untickedLater]);
    expect(merge(ticked, untickedEarlier)).toEqual([ticked]);
  });
});

type Step =
  | {
      readonly kind: 'edit';
      readonly device: number;
      readonly itemId: string;
      readonly state: ItemState;
      /** How far this device's clock moved since its last edit. */
      readonly after: number;
    }
  | { readonly kind: 'sync'; readonly device: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    device: fc.integer({ min: 0, max: 2 }),
    itemId: fc.constantFrom(...ITEM_IDS),
    state: fc.constantFrom<ItemState>('done', 'skipped', 'open'),
    after: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('sync' as const), device: fc.integer({ min: 0, max: 2 }) }),
);

/** One round as the engine does it, on in-memory stores and a shared remote. */
function syncRound(
  local: StoreSnapshot,
  remote: SyncItems,
  deviceId: string,
): { local: StoreSnapshot; remote: SyncItems } {
  const plan = planRound(local, remote, deviceId);
  if (plan.kind !== 'merge') throw new Error('unexpected format');
  const changed = new Map(plan.local.progress.map((entry) => [entry.itemId, entry]));
  const progress = [
    ...local.progress.filter((entry) => !changed.has(entry.itemId)),
    ...changed.values(),
  ];
  const next: Record<string, unknown> = { ...remote };
  for (const key of plan.writes?.remove ?? []) delete next[key];
  Object.assign(next, plan.writes?.set ?? {});
  return { local: { ...local, progress }, remote: JSON.parse(JSON.stringify(next)) as SyncItems };
}

describe('three devices editing and syncing in any interleaving', () => {
  it('all end with the same state: every item’s newest edit', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 40 }), (steps) => {
        let remote: SyncItems = {};
        const stores: StoreSnapshot[] = DEVICES.map(() => ({
          profile: null,
          progress: [],
          notes: [],
        }));
        const edits: ProgressRecord[] = [];
        // Each device's clock only moves forward; devices' clocks often show the same instant.
        const clocks = DEVICES.map(() => START);
        const run = (device: number) => {
          const store = stores[device];
          const id = DEVICES[device];
          if (!store || !id) return;
          const result = syncRound(store, remote, id);
          stores[device] = result.local;
          remote = result.remote;
        };
        for (const step of steps) {
          const store = stores[step.device];
          const id = DEVICES[step.device];
          if (!store || !id) continue;
          if (step.kind === 'sync') run(step.device);
          else {
            // A local write, as setItemState makes it: no device id in the store.
            const at = (clocks[step.device] ?? START) + step.after;
            clocks[step.device] = at;
            const edit = record(step.itemId, step.state, at);
            edits.push({ ...edit, updatedBy: id });
            stores[step.device] = mergeRecords(
              {
                ...store,
                progress: store.progress.filter((entry) => entry.itemId !== step.itemId),
              },
              { profile: null, progress: [edit], notes: [] },
            );
          }
        }
        for (let pass = 0; pass < 2; pass += 1)
          for (let device = 0; device < 3; device += 1) run(device);
        const expected = mergeRecords(
          { profile: null, progress: edits, notes: [] },
          { profile: null, progress: [], notes: [] },
        );
        stores.forEach((store, device) => {
          const id = DEVICES[device] ?? '';
          same(sorted({ ...store, progress: stampDevice(store.progress, id) }), expected);
        });
      }),
      { numRuns: 200 },
    );
  });
});
