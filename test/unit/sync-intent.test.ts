/**
 * Three browsers, each with its own wrong clock (up to a year either way), make random
 * changes and sync in random order, some rounds dropped, some repeated. They must end up
 * alike, with every change that was made after seeing the state it changed standing, and
 * nothing a reset cleared coming back. A round's effect on what each browser "has seen"
 * is tracked beside the real engine, so the test knows which changes were informed.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../utils/date';
import {
  acceptOfferedPlan,
  createProfile,
  resetEverything,
  resetProgress,
  saveNote,
  saveProfile,
  setItemState,
  startOverHere,
  updateProfile,
} from '../../utils/db/actions';
import { applyImport } from '../../utils/db/backup';
import { readAdoption } from '../../utils/db/meta';
import type { BackendPathDatabase } from '../../utils/db/schema';
import type { PlanId } from '../../utils/model/ids';
import { localDate } from '../../utils/model/local-date';
import { canonical } from '../../utils/model/order';
import type { ProgressRecord } from '../../utils/model/records';
import { createSyncEngine, type SyncArea, type SyncEngine } from '../../utils/sync/engine';
import { unpackSyncItems } from '../../utils/sync/pack';
import { stampDevice } from '../../utils/sync/reconcile';
import { readSyncState } from '../../utils/sync/store';
import { openOrFail, uniqueName } from '../support/database';
import { PROFILE, START } from '../support/sync-fixtures';

const YEAR_MS = 366 * 86_400_000;
const ITEMS = ['p90-intro.d1.1', 'p90-intro.d1.2', 'p90-intro.d2.1'] as const;
const DATES = [localDate('2030-01-02'), localDate('2030-01-03')] as const;
const PLANS: readonly PlanId[] = ['plan-20', 'plan-60', 'plan-90'];

/** `storage.sync` as one in-memory area every browser shares, counting writes. */
function sharedArea(): SyncArea & { writes: number } {
  const items = new Map<string, unknown>();
  return {
    writes: 0,
    async get() {
      return Object.fromEntries(structuredClone([...items]));
    },
    async set(values) {
      this.writes += 1;
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
    async remove(keys) {
      this.writes += 1;
      for (const key of [keys].flat()) items.delete(key);
    },
  };
}

type Step =
  | { readonly kind: 'sync'; readonly device: number }
  | { readonly kind: 'tick' | 'untick'; readonly device: number; readonly item: number }
  | { readonly kind: 'note'; readonly device: number; readonly date: number; readonly text: string }
  | { readonly kind: 'plan'; readonly device: number; readonly plan: number }
  | { readonly kind: 'replace'; readonly device: number; readonly items: readonly boolean[] }
  | { readonly kind: 'resetProgress' | 'resetEverything'; readonly device: number }
  | { readonly kind: 'onboard'; readonly device: number; readonly plan: number }
  | { readonly kind: 'answer'; readonly device: number; readonly startOver: boolean };

const device = fc.integer({ min: 0, max: 2 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('sync' as const), device }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('tick' as const, 'untick' as const),
      device,
      item: fc.integer({ min: 0, max: ITEMS.length - 1 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('note' as const),
      device,
      date: fc.integer({ min: 0, max: DATES.length - 1 }),
      text: fc.constantFrom('a', 'b<c>', 'Map<String, List<Integer>>', '😀 & \u2028'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('plan' as const),
      device,
      plan: fc.integer({ min: 0, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      device,
      items: fc.array(fc.boolean(), { minLength: ITEMS.length, maxLength: ITEMS.length }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('resetProgress' as const, 'resetEverything' as const),
      device,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('onboard' as const),
      device,
      plan: fc.integer({ min: 0, max: 2 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('answer' as const), device, startOver: fc.boolean() }),
  },
);

/** What one change means for each key, in the test's own words. */
interface Intent {
  readonly id: number;
  readonly device: number;
  readonly items: ReadonlyMap<string, 'done' | 'open'>;
  readonly notes: ReadonlyMap<string, string>;
  /** A plan id, null for "no plan", undefined when the change leaves the plan alone. */
  readonly plan?: PlanId | null;
  /** The key's value is up to sync (a provisional plan): not checked. */
  readonly planUnchecked?: boolean;
  /** Ids of every change this device had seen when it made this one. */
  readonly seen: ReadonlySet<number>;
}

interface Browser {
  readonly id: string;
  readonly db: BackendPathDatabase;
  readonly engine: SyncEngine;
  readonly seen: Set<number>;
  now(): number;
}

const opened: BackendPathDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function browsers(area: SyncArea, skews: readonly number[], realNow: () => number) {
  return Promise.all(
    skews.map(async (skew, index): Promise<Browser> => {
      const db = await openOrFail(uniqueName(`intent-${index}`));
      opened.push(db);
      const now = () => realNow() + skew;
      const id = `device-${index}`;
      const engine = createSyncEngine({
        area,
        database: async () => db,
        deviceId: id,
        timers: { now, setTimeout: () => 0, clearTimeout: () => undefined },
        report: () => undefined,
        maxWriteRoundsPerMinute: 1_000_000,
      });
      return { id, db, engine, seen: new Set(), now };
    }),
  );
}

const allOpen = (state: 'done' | 'open' = 'open') =>
  new Map(ITEMS.map((item) => [item, state] as const));
const allEmptyNotes = () => new Map(DATES.map((date) => [date as string, ''] as const));

/** Runs one step on the real store; returns what the user meant by it, or null if it did nothing. */
async function perform(
  target: Browser,
  action: Step,
  id: number,
): Promise<Omit<Intent, 'seen' | 'id' | 'device'> | null> {
  const clock = fixedClock(target.now(), 'UTC');
  const { profile, syncEnabled } = await readSyncState(target.db);
  // A browser that never chose a plan shows only onboarding.
  if (!syncEnabled && action.kind !== 'onboard') return null;
  const ok = (result: { ok: boolean }) => expect(result.ok).toBe(true);
  switch (action.kind) {
    case 'sync':
      return null;
    case 'tick':
    case 'untick': {
      const item = ITEMS[action.item] as string;
      const state = action.kind === 'tick' ? 'done' : 'open';
      ok(await setItemState(target.db, { itemId: item, planId: 'plan-90', state }, clock));
      return { items: new Map([[item, state]]), notes: new Map() };
    }
    case 'note': {
      const date = DATES[action.date] ?? DATES[0];
      const text = `${action.text} #${id}`;
      ok(await saveNote(target.db, date, text, clock));
      return { items: new Map(), notes: new Map([[date, text]]) };
    }
    case 'plan': {
      if (!profile || profile.provisional) return null;
      const planId = PLANS[action.plan] ?? 'plan-90';
      ok(await updateProfile(target.db, { planId }, clock));
      return { items: new Map(), notes: new Map(), plan: planId };
    }
    case 'replace': {
      const progress: ProgressRecord[] = ITEMS.flatMap((itemId, index) =>
        action.items[index]
          ? [
              {
                itemId,
                planId: 'plan-90' as const,
                state: 'done' as const,
                completedAt: START,
                completedOn: PROFILE.startDate,
                updatedAt: START,
              },
            ]
          : [],
      );
      const file = { profile: { ...PROFILE, planId: 'plan-60' as const }, progress, notes: [] };
      ok(await applyImport(target.db, file, 'replace', clock));
      const items = new Map(
        ITEMS.map((item, index) => [item, action.items[index] ? 'done' : 'open'] as const),
      );
      return { items, notes: allEmptyNotes(), plan: 'plan-60' };
    }
    case 'resetProgress':
      ok(await resetProgress(target.db, clock));
      return { items: allOpen(), notes: new Map() };
    case 'resetEverything':
      ok(await resetEverything(target.db, clock));
      return { items: allOpen(), notes: allEmptyNotes(), plan: null };
    case 'onboard': {
      if (profile) return null;
      const planId = PLANS[action.plan] ?? 'plan-90';
      ok(await createProfile(target.db, { ...PROFILE, planId, syncEnabled: true }, clock));
      // Whether it becomes the plan depends on what sync finds; syncRound checks it never
      // replaces an established one.
      return { items: new Map(), notes: new Map(), planUnchecked: true };
    }
    case 'answer': {
      const offered = await readAdoption(target.db);
      if (!offered || !profile) return null;
      if (!action.startOver) {
        ok(await acceptOfferedPlan(target.db));
        return null;
      }
      ok(await startOverHere(target.db, clock));
      return { items: allOpen(), notes: allEmptyNotes(), plan: profile.planId };
    }
  }
}

/**
 * A round that really ran: everything this browser has and the area has, both now hold.
 * A provisional plan never replaces the established plan the area holds.
 */
async function syncRound(target: Browser, area: SyncArea, published: Set<number>): Promise<void> {
  const provisional = (await readSyncState(target.db)).profile?.provisional === true;
  const before = unpackSyncItems(await area.get(null)).profile;
  const status = await target.engine.syncNow();
  if (provisional && before && !before.provisional) {
    expect(unpackSyncItems(await area.get(null)).profile).toEqual(before);
  }
  if (status.kind !== 'synced') return;
  for (const id of target.seen) published.add(id);
  for (const id of published) target.seen.add(id);
}

async function view(target: Browser) {
  const state = await readSyncState(target.db);
  return {
    plan: state.profile?.planId ?? null,
    items: new Map(
      ITEMS.map((item) => [
        item,
        state.progress.find((record) => record.itemId === item)?.state === 'done' ? 'done' : 'open',
      ]),
    ),
    notes: new Map(
      DATES.map((date) => [date as string, state.notes.find((n) => n.date === date)?.text ?? '']),
    ),
    replica: canonical({
      profile: state.profile && { ...state.profile, reminderTime: null, syncEnabled: true },
      progress: stampDevice(state.progress, target.id),
      notes: state.notes,
      floors: state.floors,
    }),
  };
}

/** The last change to `key` stands if it was made after seeing every earlier change to it. */
function expectedValue<V>(
  intents: readonly Intent[],
  keyValue: (intent: Intent) => V | undefined,
): { readonly value: V } | null {
  const touching = intents.filter((intent) => keyValue(intent) !== undefined);
  const last = touching.at(-1);
  if (!last) return null;
  const informed = touching.slice(0, -1).every((earlier) => last.seen.has(earlier.id));
  const value = keyValue(last);
  return informed && value !== undefined ? { value } : null;
}

describe('three browsers with wrong clocks', () => {
  it('converge on the last informed change of every key, and nothing cleared comes back', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: -YEAR_MS, max: YEAR_MS }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.tuple(step, fc.integer({ min: 1, max: 90_000 })), { maxLength: 28 }),
        async (skews, steps) => {
          let realNow = START;
          const area = sharedArea();
          const published = new Set<number>();
          const all = await browsers(area, skews, () => realNow);
          const [first] = all;
          if (!first) throw new Error('no browsers');
          // The first browser has an established, synced plan; the others start fresh.
          await saveProfile(first.db, { ...PROFILE, updatedAt: first.now() });
          await syncRound(first, area, published);
          // The first browser's plan, as if made before anything else and seen by all.
          const intents: Intent[] = [
            {
              id: -1,
              device: 0,
              items: new Map(),
              notes: new Map(),
              plan: 'plan-90',
              seen: new Set(),
            },
          ];
          for (const each of all) each.seen.add(-1);
          for (const [index, [action, elapsed]] of steps.entries()) {
            realNow += elapsed;
            const target = all[action.device];
            if (!target) continue;
            if (action.kind === 'sync') {
              await syncRound(target, area, published);
              continue;
            }
            const meant = await perform(target, action, index);
            if (!meant) continue;
            intents.push({
              ...meant,
              id: index,
              device: action.device,
              seen: new Set(target.seen),
            });
            target.seen.add(index);
          }

          // Everyone syncs until nothing moves, answering any offer by taking the plan.
          for (let pass = 0; pass < 4; pass += 1) {
            realNow += 1_000;
            for (const each of all) {
              await syncRound(each, area, published);
              if (await readAdoption(each.db)) await acceptOfferedPlan(each.db);
            }
          }
          const syncing = [];
          for (const each of all) {
            if ((await readSyncState(each.db)).syncEnabled) syncing.push(each);
          }
          const views = await Promise.all(syncing.map(view));
          expect(new Set(views.map((v) => v.replica)).size).toBe(1);

          // Idle browsers reach a fixed point: further rounds write nothing.
          const before = area.writes;
          realNow += 600_000;
          for (const each of syncing) await each.engine.syncNow();
          expect(area.writes).toBe(before);

          const final = views[0];
          if (!final) return;
          for (const item of ITEMS) {
            const expected = expectedValue(intents, (intent) => intent.items.get(item));
            if (expected) expect(final.items.get(item)).toBe(expected.value);
          }
          for (const date of DATES) {
            const expected = expectedValue(intents, (intent) => intent.notes.get(date));
            if (expected) expect(final.notes.get(date)).toBe(expected.value);
          }
          const plan = expectedValue(intents, (intent) =>
            intent.planUnchecked ? 'unchecked' : intent.plan,
          );
          if (plan && plan.value !== 'unchecked') expect(final.plan).toBe(plan.value);
        },
      ),
      { seed: 20261202, numRuns: 200 },
    );
  });
});
