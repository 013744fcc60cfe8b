/**
 * Storage that fails under the app, in real Chromium: the PWA with site data blocked shows
 * the message made for it (not a blank page), and a database deleted under an open new tab
 * is reported as deleted, with the way forward.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayHeading,
  finishOnboarding,
  launchWatchedExtension,
  type WatchedSession,
} from '../support/browser/extension-steps';
import {
  type BrowserSession,
  collectConsoleErrors,
  guardNetwork,
  launchBrowser,
  PWA_DIR,
  requireBuild,
  type ServedSite,
  servePwa,
} from '../support/browser/harness';

describe('the PWA with site data blocked', () => {
  let site: ServedSite;
  let browser: BrowserSession;

  beforeAll(async () => {
    site = await servePwa(requireBuild(PWA_DIR, 'index.html'));
    browser = await launchBrowser({ blockSiteData: true });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('says this browser will not let it store data, and how to allow it', async () => {
    const outgoing = guardNetwork(browser.context);
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(site.url);
    // Chromium really refuses: the page is not merely pretending.
    expect(
      await page.evaluate(() => {
        try {
          localStorage.getItem('x');
          return 'allowed';
        } catch {
          return 'refused';
        }
      }),
    ).toBe('refused');
    await page
      .getByRole('heading', { name: 'This browser will not let Backend Path store data.' })
      .waitFor();
    await page.getByText('allow site data', { exact: false }).waitFor();
    expect(outgoing).toEqual([]);
    // The refused storage may be logged by Chromium itself; the app throws nothing of its own.
    expect(
      errors.filter((line) => !/storage|IndexedDB|access is denied|SecurityError/i.test(line)),
    ).toEqual([]);
  });
});

describe('a database deleted under an open new tab', () => {
  let session: WatchedSession;

  beforeAll(async () => {
    session = await launchWatchedExtension({ timezone: 'UTC' });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is reported as deleted, with restore or start again', async () => {
    const newTab = await session.open('newtab.html');
    await finishOnboarding(newTab, { planId: 'plan-20', language: 'python' });
    await dayHeading(newTab).waitFor();
    const other = await session.open('privacy.html');
    const outcome = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase('backend-path');
          request.onsuccess = () => resolve('deleted');
          request.onerror = () => resolve('failed');
        }),
    );
    expect(outcome).toBe('deleted');
    await newTab
      .getByRole('heading', { name: 'Backend Path’s saved data was deleted from this browser.' })
      .waitFor();
    await newTab.getByText('restore your latest backup', { exact: false }).waitFor();
    expect(await newTab.getByText('Nothing was changed', { exact: false }).count()).toBe(0);
    expect(session.outgoingRequests).toEqual([]);
  });
});
