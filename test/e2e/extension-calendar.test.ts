/**
 * The plan calendar in the built extension, with the date fixed per step: rest days that move
 * the plan, a pause set through Options, and a plan whose days ran out with items open.
 * Every wait is on a state the page shows; the clock moves only between steps.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getPlan } from '../../utils/curriculum';
import {
  dayChecklist,
  dayHeading,
  extensionPerTest,
  finishOnboarding,
  type WatchedSession,
} from '../support/browser/extension-steps';

const start = extensionPerTest();

/** Moves the fixed date on and reloads `page`, as opening a new tab that day would. */
async function onDate(current: WatchedSession, page: Page, now: string): Promise<void> {
  await current.context.clock.setFixedTime(new Date(now));
  await page.reload();
}

/** How many items IndexedDB holds as done: what a reload will find. */
function storedDone(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('backend-path');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('progress').objectStore('progress').getAll();
          read.onsuccess = () => {
            request.result.close();
            resolve(read.result.filter((row: { state?: string }) => row.state === 'done').length);
          };
        };
      }),
  );
}

/**
 * Marks today's whole checklist done, and waits until the page says so and the write is
 * committed (the page may show it before the transaction ends; a reload must find it).
 */
async function finishToday(page: Page): Promise<void> {
  const before = await storedDone(page);
  const open = await page.locator('.day-card input[type="checkbox"]:not(:checked)').count();
  await page.getByRole('button', { name: 'Mark the whole day complete' }).click();
  await page.getByRole('button', { name: 'Day complete' }).waitFor();
  await expect.poll(() => storedDone(page)).toBe(before + open);
}

async function chooseRestDay(options: Page, weekday: string): Promise<void> {
  await options.getByRole('checkbox', { name: weekday }).check();
  await expect.poll(() => options.getByRole('checkbox', { name: weekday }).isChecked()).toBe(true);
  await options.getByText('Rest days saved. They apply from today on.').waitFor();
}

describe('the plan calendar in the extension', () => {
  it('keeps Saturday and Sunday as rest days: Saturday waits for day 6, Monday is day 6', async () => {
    const current = await start('2026-11-30T09:00:00Z'); // a Monday
    const page = await current.open('newtab.html');
    await finishOnboarding(page, {
      planId: 'plan-20',
      language: 'python',
      startDate: '2026-11-30',
    });
    const options = await current.open('options.html');
    await chooseRestDay(options, 'Saturday');
    await chooseRestDay(options, 'Sunday');
    await options.close();

    // Every weekday finished on its own day.
    for (const [index, date] of ['30', '01', '02', '03', '04'].entries()) {
      const month = index === 0 ? '11' : '12';
      if (index > 0) await onDate(current, page, `2026-${month}-${date}T09:00:00Z`);
      await expect.poll(() => dayHeading(page).textContent()).toBe(`Day ${index + 1} of 20`);
      await finishToday(page);
    }

    await onDate(current, page, '2026-12-05T09:00:00Z');
    await expect.poll(() => dayHeading(page).textContent()).toBe('Rest day — Day 6 is on Monday');
    await page.getByRole('button', { name: 'Study anyway' }).waitFor();
    expect(await page.getByRole('list', { name: /^Checklist for day/ }).count()).toBe(0);
    const popup = await current.open('popup.html');
    await expect.poll(() => dayHeading(popup).textContent()).toBe('Rest day · Day 6 is on Monday');
    await popup.close();

    await onDate(current, page, '2026-12-07T09:00:00Z');
    await expect.poll(() => dayHeading(page).textContent()).toBe('Day 6 of 20');
    await dayChecklist(page, 6).locator(':scope[aria-busy="false"]').waitFor();
    expect(await page.getByTestId('behind-pill').count()).toBe(0);
  });

  it('pauses for a week set in Options, then goes on from the day it stopped at', async () => {
    const current = await start('2026-12-04T09:00:00Z'); // Friday, day 5
    const page = await current.open('newtab.html');
    await finishOnboarding(page, { planId: 'plan-20', language: 'java', startDate: '2026-11-30' });
    expect(await dayHeading(page).textContent()).toBe('Day 5 of 20');

    const options = await current.open('options.html');
    await options.getByLabel('From (first day away)').fill('2026-12-05');
    await options.getByLabel('To (last day away)').fill('2026-12-13');
    await options.getByRole('button', { name: 'Add pause' }).click();
    await options
      .getByTestId('pause-row')
      .getByText('From Saturday, 5 December to Sunday, 13 December')
      .waitFor();
    await options.close();

    await onDate(current, page, '2026-12-08T09:00:00Z');
    await expect
      .poll(() => dayHeading(page).textContent())
      .toBe('Paused until Monday, 14 December — Day 6 waits for you');
    await page.getByRole('button', { name: 'Resume today' }).waitFor();
    expect(await page.getByRole('list', { name: /^Checklist for day/ }).count()).toBe(0);
    const popup = await current.open('popup.html');
    await expect
      .poll(() => dayHeading(popup).textContent())
      .toBe('Paused until Monday, 14 December · Day 6 waits');
    await popup.close();

    await onDate(current, page, '2026-12-14T09:00:00Z');
    await expect.poll(() => dayHeading(page).textContent()).toBe('Day 6 of 20');
    await onDate(current, page, '2026-12-15T09:00:00Z');
    await expect.poll(() => dayHeading(page).textContent()).toBe('Day 7 of 20');
  });

  it('says time is up with the open items counted, never that the plan is finished', async () => {
    const current = await start('2026-11-02T09:00:00Z');
    const page = await current.open('newtab.html');
    await finishOnboarding(page, {
      planId: 'plan-20',
      language: 'python',
      startDate: '2026-11-02',
    });
    await finishToday(page);

    // Day 20 was 21 November; three weeks later most of the plan is still open.
    await onDate(current, page, '2026-12-10T09:00:00Z');
    const plan = getPlan('plan-20');
    const all = plan.phases.flatMap((phase) => phase.days).flatMap((day) => day.items).length;
    const open = all - (plan.phases[0]?.days[0]?.items.length ?? 0);
    await expect.poll(() => dayHeading(page).textContent()).toBe(`Time’s up, ${open} items left`);
    const main = page.locator('[data-state="time-up"] .btn-primary');
    await expect.poll(() => main.textContent()).toBe(`Finish the remaining ${open} items`);
    expect(await page.getByText('Plan finished').count()).toBe(0);

    const popup = await current.open('popup.html');
    await expect.poll(() => dayHeading(popup).textContent()).toBe(`Time’s up · ${open} items left`);
    expect(await popup.getByText('Plan finished').count()).toBe(0);

    // The main action opens the first day with open items.
    await main.click();
    await expect.poll(() => dayHeading(page).textContent()).toBe('Day 2 of 20');
  });
});
