// Seeds the app's IndexedDB in a page with the shapes of utils/db/records.ts.
// The profile comes from the real onboarding form; progress and notes are written
// straight into the stores the app created, in one transaction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DAY_MS = 86_400_000;

function localDate(instant) {
  const date = new Date(instant);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first `count` item ids of the 60-day plan, in plan order. */
export function firstPlan60Items(root, count) {
  const ids = JSON.parse(readFileSync(join(root, 'test/fixtures/shipped-ids.json'), 'utf8'));
  return ids.filter((id) => /^p60-.+\.d\d+\.\d+$/.test(id)).slice(0, count);
}

/** Fills the first-run form: 60-day plan, Python, started 22 days ago (today is day 23). */
export async function onboardDay23(page) {
  await page.getByRole('radio', { name: /^60-day steady path/ }).check();
  await page.getByRole('radio', { name: 'Python', exact: true }).check();
  await page.getByLabel('Start date').fill(localDate(Date.now() - 22 * DAY_MS));
  await page.getByRole('button', { name: 'Start my plan' }).click();
  await page.getByTestId('day-heading').waitFor();
}

/** Records for the seeded history: `doneIds` plus, for the 10-year profile, synthetic years. */
export function historyRecords(doneIds, { years }) {
  const now = Date.now();
  const progress = doneIds.map((itemId, index) => {
    const at = now - (22 - Math.floor(index / 2)) * DAY_MS;
    return {
      itemId,
      planId: 'plan-60',
      state: 'done',
      completedAt: at,
      completedOn: localDate(at),
      updatedAt: at,
    };
  });
  const notes = [];
  const days = years * 365;
  for (let day = 1; day <= days; day += 1) {
    const at = now - (days - day + 30) * DAY_MS;
    const completedOn = localDate(at);
    for (let item = 0; item < 11; item += 1) {
      progress.push({
        itemId: `history-${day}.${item}`,
        planId: day % 2 === 0 ? 'plan-20' : 'plan-90',
        state: item === 9 ? 'skipped' : 'done',
        completedAt: at,
        completedOn,
        updatedAt: at,
      });
    }
    notes.push({ date: completedOn, text: `Day ${day}: what I learned today.`, updatedAt: at });
  }
  return { progress, notes };
}

/** Runs in the page: writes the records, and the derived per-day counts when that store exists. */
export async function writeRecords(page, records) {
  return page.evaluate(async ({ progress, notes }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('backend-path');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = ['progress', 'notes', 'activity'].filter((name) =>
      db.objectStoreNames.contains(name),
    );
    const tx = db.transaction(names, 'readwrite');
    for (const record of progress) tx.objectStore('progress').put(record);
    for (const record of notes) tx.objectStore('notes').put(record);
    if (names.includes('activity')) {
      const counts = new Map();
      for (const record of progress) {
        if (record.state !== 'open')
          counts.set(record.completedOn, (counts.get(record.completedOn) ?? 0) + 1);
      }
      for (const [date, count] of counts) tx.objectStore('activity').put({ date, count });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return progress.length;
  }, records);
}
