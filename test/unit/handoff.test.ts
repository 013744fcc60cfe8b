import fc from 'fast-check';
import { encode as encodeQr } from 'uqr';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemPlanLookup } from '../../utils/curriculum/item-owners';
import { loadAllPlans } from '../../utils/curriculum/load-all-plans';
import type { Plan } from '../../utils/curriculum/types';
import { fromDayNumber } from '../../utils/date';
import { fromBase64Url, toBase64Url } from '../../utils/handoff/bytes';
import { type PlanItemOrder, planItemOrder } from '../../utils/handoff/item-order';
import {
  codeFromHash,
  codeFromText,
  handoffLink,
  makeTransferCode,
  QR_BUDGET_BYTES,
  readTransferCode,
} from '../../utils/handoff/transfer-code';
import { LANGUAGES, PLAN_IDS, THEMES, WEEKDAYS } from '../../utils/model/ids';
import type {
  NoteRecord,
  ProfileRecord,
  ProgressRecord,
  StoreSnapshot,
} from '../../utils/model/records';
import type { ParseImportResult } from '../../utils/transfer/parse';

const NOW = Date.UTC(2026, 5, 1, 12);
const PWA = 'https://someone.github.io/backend-path/';
let plans: Plan[] = [];
let orders: PlanItemOrder[] = [];
let knownItem: (id: string) => Plan['id'] | undefined = () => undefined;

beforeAll(async () => {
  plans = await loadAllPlans();
  orders = plans.map(planItemOrder);
  knownItem = itemPlanLookup(plans);
});

const read = (text: string, withOrders = orders) =>
  readTransferCode(text, { now: NOW, knownItem, orders: withOrders });

const content = (snapshot: StoreSnapshot) => ({
  snapshot,
  appVersion: '0.1.0',
  exportedAt: NOW - 1000,
});

function errorText(result: ParseImportResult): string {
  if (result.ok) throw new Error('expected the code to be refused');
  return result.errors.map((error) => error.message).join(' ');
}

const START = 20_400; // 2025-11-08
const stampArb = fc.integer({ min: 1_600_000_000_000, max: NOW });
const profileArb: fc.Arbitrary<ProfileRecord> = fc.record({
  id: fc.constant('profile' as const),
  planId: fc.constantFrom(...PLAN_IDS),
  startDate: fc.integer({ min: START - 400, max: START + 100 }).map(fromDayNumber),
  restDays: fc.subarray([...WEEKDAYS]),
  theme: fc.constantFrom(...THEMES),
  language: fc.constantFrom(...LANGUAGES),
  reminderTime: fc.option(
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  ),
  syncEnabled: fc.boolean(),
  onboardedAt: fc.option(stampArb),
  updatedAt: stampArb,
});

/** For each plan, every item: no record, open, skipped or done (with a day near START). */
function progressArb(): fc.Arbitrary<ProgressRecord[]> {
  return fc
    .tuple(
      ...orders.map((order) =>
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -300, max: 150 }), stampArb),
          { minLength: order.ids.length, maxLength: order.ids.length },
        ),
      ),
    )
    .map((perPlan) =>
      perPlan.flatMap((items, planIndex) => {
        const order = orders[planIndex] as PlanItemOrder;
        return items.flatMap(([code, day, stamp], index): ProgressRecord[] => {
          const state = (['open', 'skipped', 'done'] as const)[code - 1];
          if (state === undefined) return [];
          const resolved = state !== 'open';
          return [
            {
              itemId: order.ids[index] as string,
              planId: order.planId,
              state,
              completedAt: resolved ? stamp : null,
              completedOn: resolved ? fromDayNumber(START + day) : null,
              updatedAt: stamp,
            },
          ];
        });
      }),
    );
}

const notesArb: fc.Arbitrary<NoteRecord[]> = fc
  .uniqueArray(fc.integer({ min: START - 50, max: START + 50 }), { maxLength: 3 })
  .chain((days) =>
    fc.tuple(
      ...days.map((day) =>
        fc.record({
          date: fc.constant(fromDayNumber(day)),
          text: fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
          updatedAt: stampArb,
        }),
      ),
    ),
  );

/** What a hand-off keeps: everything but per-item stamps, which become the newest one. */
function expected(snapshot: StoreSnapshot) {
  const stamp = Math.max(0, ...snapshot.progress.map((record) => record.updatedAt));
  return {
    profile: snapshot.profile,
    progress: snapshot.progress
      .map((record) => ({
        ...record,
        updatedAt: stamp,
        completedAt: record.state === 'open' ? null : stamp,
      }))
      .sort((a, b) => (a.itemId < b.itemId ? -1 : 1)),
    notes: [...snapshot.notes].sort((a, b) => (a.date < b.date ? -1 : 1)),
  };
}

describe('transfer code', () => {
  it('encode then decode is identity for any profile and states of every plan', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(profileArb),
        progressArb(),
        notesArb,
        async (profile, progress, notes) => {
          const snapshot = { profile, progress, notes };
          const made = await makeTransferCode(content(snapshot), orders, null);
          const result = await read(made.code);
          if (!result.ok) throw new Error(JSON.stringify(result.errors));
          const kept = made.notesLeftOut === 0 ? notes : [];
          expect({
            profile: result.data.profile,
            progress: result.data.progress,
            notes: result.data.notes,
          }).toEqual(expected({ ...snapshot, notes: kept }));
          expect(result.data.exportedAt).toBe(new Date(NOW - 1000).toISOString());
        },
      ),
      { seed: 1515, numRuns: 60 },
    );
  });

  it('any single-byte change is refused in words', async () => {
    const progress = orders[2]?.ids.slice(0, 40).map(
      (itemId, index): ProgressRecord => ({
        itemId,
        planId: 'plan-90',
        state: index % 5 === 0 ? 'skipped' : 'done',
        completedAt: NOW - 5000,
        completedOn: fromDayNumber(START + Math.floor(index / 4)),
        updatedAt: NOW - 5000,
      }),
    );
    const made = await makeTransferCode(
      content({ profile: null, progress: progress ?? [], notes: [] }),
      orders,
      null,
    );
    const bytes = fromBase64Url(made.code) as Uint8Array;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, flip) => {
          const changed = Uint8Array.from(bytes);
          changed[at] = (changed[at] ?? 0) ^ flip;
          expect(errorText(await read(toBase64Url(changed)))).toMatch(
            /damaged|not a Backend Path|newer Backend Path/,
          );
        },
      ),
      { seed: 1516, numRuns: 300 },
    );
  });

  it('names each kind of bad input', async () => {
    const made = await makeTransferCode(
      content({ profile: null, progress: [], notes: [] }),
      orders,
      null,
    );
    const bytes = fromBase64Url(made.code) as Uint8Array;
    expect(errorText(await read(''))).toMatch(/Paste the transfer code/);
    expect(errorText(await read('hello world!'))).toMatch(/characters a code never has/);
    expect(errorText(await read(made.code.slice(0, -6)))).toMatch(/damaged or incomplete/);
    expect(errorText(await read(toBase64Url(Uint8Array.of(0x7b, 0x22, 1, 2, 3))))).toMatch(
      /another app/,
    );
    const newer = Uint8Array.from(bytes);
    newer[2] = 9;
    expect(errorText(await read(toBase64Url(newer)))).toMatch(
      /newer Backend Path \(transfer format 9\)/,
    );
  });

  it('refuses a code made for another version of a plan', async () => {
    const progress: ProgressRecord[] = [
      {
        itemId: orders[0]?.ids[0] as string,
        planId: 'plan-20',
        state: 'done',
        completedAt: NOW - 10,
        completedOn: fromDayNumber(START),
        updatedAt: NOW - 10,
      },
    ];
    const made = await makeTransferCode(
      content({ profile: null, progress, notes: [] }),
      orders,
      null,
    );
    const first = orders[0] as PlanItemOrder;
    const shorter = [{ ...first, ids: first.ids.slice(1) }, ...orders.slice(1)];
    expect(errorText(await read(made.code, shorter))).toMatch(
      /plan-20 has 76 items; this one has 75/,
    );
    const reordered = [{ ...first, fingerprint: first.fingerprint ^ 1 }, ...orders.slice(1)];
    expect(errorText(await read(made.code, reordered))).toMatch(/in another order/);
    expect(errorText(await read(made.code, orders.slice(1)))).toMatch(/plan this version/);
  });

  it('reads links and hashes as well as bare codes', async () => {
    const made = await makeTransferCode(
      content({ profile: null, progress: [], notes: [] }),
      orders,
      PWA,
    );
    expect(made.qrText).toBe(`${PWA}#/receive/${made.code}`);
    expect(handoffLink(`${PWA}#/today`, 'abc')).toBe(`${PWA}#/receive/abc`);
    expect(codeFromText(`  ${made.qrText}\n`)).toBe(made.code);
    expect(codeFromHash(`#/receive/${made.code}`)).toBe(made.code);
    expect(codeFromHash('#/settings')).toBeNull();
    expect((await read(made.qrText)).ok).toBe(true);
  });
});

/** Fully resolved, as a real user does it: about a day's items a day, some skipped, some late. */
function finished(order: PlanItemOrder, plan: Plan): ProgressRecord[] {
  const dayOf = new Map<string, number>();
  for (const phase of plan.phases)
    for (const day of phase.days)
      for (const item of [...day.items, ...day.retired]) dayOf.set(item.id, day.day);
  return order.ids.map((itemId, index) => {
    const late = index % 11 === 0 ? 2 : index % 7 === 0 ? 1 : 0;
    const day = START + Math.floor(((dayOf.get(itemId) ?? 1) - 1) * 1.15) + late;
    return {
      itemId,
      planId: order.planId,
      state: index % 6 === 0 ? 'skipped' : 'done',
      completedAt: NOW - index * 60_000,
      completedOn: fromDayNumber(day),
      updatedAt: NOW - index * 60_000,
    };
  });
}

describe('size budget', () => {
  it('every plan, fully resolved with done and skipped, fits one QR code', async () => {
    const figures: string[] = [];
    for (const [index, order] of orders.entries()) {
      const plan = plans[index] as Plan;
      const profile: ProfileRecord = {
        id: 'profile',
        planId: order.planId,
        startDate: fromDayNumber(START),
        restDays: [0, 6],
        theme: 'dark',
        language: 'python',
        reminderTime: '19:30',
        syncEnabled: true,
        onboardedAt: NOW - 200 * 86_400_000,
        updatedAt: NOW - 100 * 86_400_000,
      };
      const snapshot = { profile, progress: finished(order, plan), notes: [] };
      for (const appUrl of [null, PWA]) {
        const made = await makeTransferCode(content(snapshot), orders, appUrl);
        const bytes = new TextEncoder().encode(made.qrText).length;
        const qr = encodeQr(made.qrText, { ecc: 'M' });
        figures.push(
          `${order.planId} (${order.ids.length} items) ${appUrl ? 'as a link' : 'as a code'}: ${(fromBase64Url(made.code) as Uint8Array).length} bytes compressed, ${bytes} bytes in the QR, version ${qr.version}-M`,
        );
        expect(bytes).toBeLessThanOrEqual(QR_BUDGET_BYTES);
        expect(qr.version).toBeLessThanOrEqual(15);
        expect((await read(made.code)).ok).toBe(true);
      }
    }
    console.info(`Hand-off sizes (budget ${QR_BUDGET_BYTES} bytes):\n${figures.join('\n')}`);
  });
});
