import type { Page } from 'playwright-core';

/** Item ids of the ticked (saved as done) rows in the checklist on screen, in order. */
export function tickedItemIds(page: Page): Promise<string[]> {
  return page
    .locator('.checklist li.is-done')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item-id') ?? ''));
}

/**
 * First run in the PWA: picks the 20-day plan from today, then ticks the first `count`
 * items of Day 1 and waits until the store has saved them. Returns their item ids.
 */
export async function onboardAndTick(page: Page, count: number): Promise<string[]> {
  await page.getByRole('radio', { name: /20-day/i }).check();
  await page.getByRole('button', { name: 'Start my plan' }).click();
  await page.getByRole('heading', { level: 1, name: /^Day 1 of 20$/ }).waitFor();
  const boxes = page.getByRole('list', { name: /checklist for day/i }).getByRole('checkbox');
  for (let index = 0; index < count; index += 1) {
    await boxes.nth(index).check();
    // The row turns "done" only once the write is stored and read back.
    await page.locator('.checklist li.is-done').nth(index).waitFor();
  }
  return tickedItemIds(page);
}
