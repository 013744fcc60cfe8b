import { mkdir, writeFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { PlanId } from '../../utils/curriculum/types';
import { addDays, fixedClock, type LocalDate } from '../../utils/date';
import { setItemState } from '../../utils/db/actions';
import { rebuildActivity } from '../../utils/db/activity';
import { openDatabase } from '../../utils/db/database';
import {
  readActivity,
  readItemsProgress,
  readPlanProgress,
  readProfile,
} from '../../utils/db/queries';
import type { BackendPathDatabase } from '../../utils/db/schema';
import { localDate } from '../../utils/model/local-date';
import type { NoteRecord, ProgressRecord } from '../../utils/model/records';

// Ten years of daily use: ~11 items resolved a day plus a note a day.
const DAYS = 3_650;
const ITEMS_PER_DAY = 11;
const RUNS = 25;
const TODAY: LocalDate = localDate('2026-01-14');
const FIRST_DAY = addDays(TODAY, -(DAYS - 1));
const DAY_MS = 86_400_000;
const PLANS: readonly PlanId[] = ['plan-20', 'plan-60', 'plan-90'];
/** The active plan: the last 60 days, as a real plan-60 run would leave them. */
const ACTIVE_PLAN: PlanId = 'plan-60';
const ACTIVE_DAYS = 60;

function dayItemIds(dayIndex: number): string[] {
  return Array.from({ length: ITEMS_PER_DAY }, (_, i) => `bench-${dayIndex}.${i}`);
}

function planOfDay(dayIndex: number): PlanId {
  if (dayIndex >= DAYS - ACTIVE_DAYS) return ACTIVE_PLAN;
  // Older runs alternate between the other plans, so the active plan holds only its own run.
  return PLANS[dayIndex % 2 === 0 ? 0 : 2] ?? 'plan-20';
}

async function fill(db: BackendPathDatabase): Promise<number> {
  const progress: ProgressRecord[] = [];
  const notes: NoteRecord[] = [];
  const start = Date.UTC(2016, 0, 1);
  for (let day = 0; day < DAYS; day += 1) {
    const date = addDays(FIRST_DAY, day);
    const at = start + day * DAY_MS;
    dayItemIds(day).forEach((itemId, i) => {
      const state = i === 9 ? 'skipped' : i === 10 && day % 3 === 0 ? 'open' : 'done';
      const resolved = state !== 'open';
      progress.push({
        itemId,
        planId: planOfDay(day),
        state,
        completedAt: resolved ? at : null,
        completedOn: resolved ? date : null,
        updatedAt: at,
      });
    });
    notes.push({ date, text: `Day ${day}: notes about what I learned.`, updatedAt: at });
  }
  await db.transaction('rw', [db.profile, db.progress, db.activity, db.notes], async () => {
    await db.profile.put({
      id: 'profile',
      planId: ACTIVE_PLAN,
      startDate: addDays(TODAY, -(ACTIVE_DAYS - 1)),
      restDays: [],
      theme: 'system',
      language: 'python',
      reminderTime: null,
      syncEnabled: false,
      onboardedAt: start,
      updatedAt: start,
    });
    await db.progress.bulkPut(progress);
    // Bulk fill bypasses the actions, so the derived table is recounted here, as an import does.
    await rebuildActivity(db.activity, progress);
    await db.notes.bulkPut(notes);
  });
  return progress.length;
}

interface Measured {
  readonly name: string;
  readonly targetMs: number | null;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly rows: number;
}

async function measure(
  name: string,
  targetMs: number | null,
  query: () => Promise<number>,
): Promise<Measured> {
  await query(); // warm-up
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    rows = await query();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = times.length / 2;
  const medianMs =
    ((times[Math.floor(middle - 0.5)] ?? 0) + (times[Math.ceil(middle - 0.5)] ?? 0)) / 2;
  return {
    name,
    targetMs,
    medianMs,
    minMs: times[0] ?? 0,
    maxMs: times[times.length - 1] ?? 0,
    rows,
  };
}

it('store benchmark: ten years of data', async () => {
  const opened = await openDatabase('bench-store');
  if (!opened.ok) throw new Error(opened.error.title);
  const db = opened.db;
  const records = await fill(db);
  const noteCount = await db.notes.count();
  const heatmapStart = addDays(TODAY, -(53 * 7 - 1));
  const todayIds = dayItemIds(DAYS - 1).slice(0, 5);
  let tickRuns = 0;

  const results = [
    await measure('today view: profile + today’s items', 5, async () => {
      const [profile, items] = await Promise.all([
        readProfile(db),
        readItemsProgress(db, todayIds),
      ]);
      return (profile ? 1 : 0) + items.size;
    }),
    await measure('plan view: profile + active plan progress', null, async () => {
      const [profile, plan] = await Promise.all([
        readProfile(db),
        readPlanProgress(db, ACTIVE_PLAN),
      ]);
      return (profile ? 1 : 0) + plan.size;
    }),
    await measure('heatmap: activity, last 53 weeks', 20, async () => {
      const counts = await readActivity(db, heatmapStart);
      return counts.size;
    }),
    await measure('streak: activity, all time', null, async () => (await readActivity(db)).size),
    await measure('write: tick or untick one item + activity', null, async () => {
      tickRuns += 1;
      const state = tickRuns % 2 === 0 ? 'done' : 'open';
      const result = await setItemState(
        db,
        { itemId: 'bench-new.0', planId: ACTIVE_PLAN, state },
        fixedClock(Date.UTC(2026, 0, 14, 12) + tickRuns, 'UTC'),
      );
      if (!result.ok) throw new Error(result.error.title);
      return 1;
    }),
  ];

  const lines = [
    `Store benchmark on fake-indexeddb in Node (not a real browser IndexedDB): ${records} progress records, ${noteCount} notes, ${RUNS} runs each.`,
    '',
    `${'query'.padEnd(44)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'max'.padStart(9)} ${'target'.padStart(8)} ${'rows'.padStart(6)}`,
    ...results.map(
      (r) =>
        `${r.name.padEnd(44)} ${`${r.medianMs.toFixed(2)}ms`.padStart(9)} ${`${r.minMs.toFixed(2)}ms`.padStart(9)} ${`${r.maxMs.toFixed(2)}ms`.padStart(9)} ${(r.targetMs === null ? '-' : `<${r.targetMs}ms`).padStart(8)} ${String(r.rows).padStart(6)}`,
    ),
  ];
  console.log(lines.join('\n'));
  await mkdir('bench-results', { recursive: true });
  await writeFile(
    'bench-results/store.json',
    `${JSON.stringify({ engine: 'fake-indexeddb (Node)', progressRecords: records, notes: noteCount, runs: RUNS, results }, null, 2)}\n`,
  );
  db.close();

  expect(records).toBeGreaterThanOrEqual(40_000);
  expect(noteCount).toBe(3_650);
  expect(results.find((r) => r.name.startsWith('streak'))?.rows).toBe(DAYS);
});
