/**
 * Restore in real Chromium: a Replace import first downloads a backup of the data it is
 * about to replace, and only then applies the file.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayChecklist,
  editableBoxes,
  finishOnboarding,
  launchWatchedExtension,
  type WatchedSession,
} from '../support/browser/extension-steps';

async function doneIds(file: string): Promise<string[]> {
  const data: { progress: { itemId: string; state: string }[] } = JSON.parse(
    await readFile(file, 'utf8'),
  );
  return data.progress
    .filter((record) => record.state === 'done')
    .map((record) => record.itemId)
    .sort();
}

async function tick(checklist: Locator, index: number): Promise<string> {
  const box = editableBoxes(checklist).nth(index);
  await box.check();
  const id = await box.locator('xpath=ancestor::li[1]').getAttribute('data-item-id');
  if (!id) throw new Error('checklist rows carry no item id');
  return id;
}

async function downloadedPath(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { path, name: download.suggestedFilename() };
}

describe('restore with Replace in the built extension', () => {
  let session: WatchedSession;

  beforeAll(async () => {
    session = await launchWatchedExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('downloads the old ticks first, then shows only the file’s', async () => {
    const newTab = await session.open('newtab.html');
    await finishOnboarding(newTab, { planId: 'plan-20', language: 'python' });
    const checklist = dayChecklist(newTab, 1);
    const first = await tick(checklist, 0);

    const options = await session.open('options.html');
    // Checked on screen is not yet stored; the export's own count says it is.
    const older = await downloadedPath(options, () =>
      options.getByRole('button', { name: 'Download a backup' }).click(),
    );
    await options.getByText('1 ticked or skipped item', { exact: false }).waitFor();
    expect(await doneIds(older.path)).toEqual([first]);

    const second = await tick(checklist, 1);
    await options.getByLabel('Backup file (.json)').setInputFiles(older.path);
    await options.getByRole('radio', { name: /^Replace/ }).check();
    await options
      .getByText('Replace first downloads a backup of your current progress', { exact: false })
      .waitFor();
    // The preview removes the second tick only once it is stored.
    await options
      .getByRole('row', { name: /checklist items/i })
      .getByRole('cell')
      .nth(2)
      .filter({ hasText: /^1$/ })
      .waitFor();

    const safety = await downloadedPath(options, () =>
      options.getByRole('button', { name: 'Apply import' }).click(),
    );
    expect(await doneIds(safety.path)).toEqual([first, second].sort());
    await options
      .getByText(`A backup of your previous data was downloaded first: ${safety.name}.`, {
        exact: false,
      })
      .waitFor();

    await newTab.reload();
    const boxes = editableBoxes(dayChecklist(newTab, 1));
    await boxes.first().waitFor();
    const checked = await checklist
      .locator('li[data-item-id] input:checked')
      .evaluateAll((inputs) =>
        inputs.map((input) => input.closest('li')?.getAttribute('data-item-id')),
      );
    expect(checked).toEqual([first]);
    expect(session.outgoingRequests).toEqual([]);
    expect(session.consoleErrors()).toEqual([]);
  });
});
