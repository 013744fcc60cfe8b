import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  collectConsoleErrors,
  guardNetwork,
  launchBrowser,
  type ServedSite,
  servePwa,
} from '../support/browser/harness';
import { onboardAndTick, tickedItemIds } from '../support/browser/pwa-steps';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/backend-path/';

/** Builds the PWA under BASE into `outDir`, stamped with `buildId`. */
async function buildPwa(outDir: string, buildId: string): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '-c',
      'vite.pwa.config.ts',
      '--outDir',
      outDir,
      '--logLevel',
      'error',
    ],
    { cwd: REPO_ROOT, env: { ...process.env, BASE_PATH: BASE, PWA_BUILD_ID: buildId } },
  );
}

function buildIdOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.build);
}

describe('PWA update under a base path', () => {
  let servedDir: string;
  let site: ServedSite;
  let browser: BrowserSession;

  beforeAll(async () => {
    servedDir = await mkdtemp(join(tmpdir(), 'backend-path-pwa-'));
    await buildPwa(servedDir, 'version-a');
    site = await servePwa(servedDir, { base: BASE });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (servedDir) await rm(servedDir, { recursive: true, force: true });
  });

  it('waits for the user before swapping in a new version, and keeps the ticks', async () => {
    const outgoingRequests = guardNetwork(browser.context);
    const page = await browser.context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await page.goto(site.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const [firstTick] = await onboardAndTick(page, 1);
    expect(await buildIdOf(page)).toBe('version-a');

    // Version B replaces the files on the server; the open page asks for it.
    await buildPwa(servedDir, 'version-b');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await prompt.waitFor();

    // Nothing swapped under the page: B waits, A still runs and still saves.
    expect(await buildIdOf(page)).toBe('version-a');
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting?.state;
      }),
    ).toBe('installed');
    await page
      .getByRole('list', { name: /checklist for day/i })
      .getByRole('checkbox')
      .nth(1)
      .check();
    await page.locator('.checklist li.is-done').nth(1).waitFor();
    const ticksBeforeUpdate = await tickedItemIds(page);
    expect(ticksBeforeUpdate[0]).toBe(firstTick);

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.locator('html[data-build="version-b"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 1, name: /^Day 1 of 20$/ }).waitFor();
    await page.locator('.checklist li.is-done').nth(1).waitFor();
    expect(await tickedItemIds(page)).toEqual(ticksBeforeUpdate);
    expect(await page.getByText('A new version is ready').count()).toBe(0);

    expect(outgoingRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
