import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  collectConsoleErrors,
  guardNetwork,
  launchBrowser,
  PWA_DIR,
  requireBuild,
  type ServedSite,
  servePwa,
} from './harness';

describe('built PWA', () => {
  let site: ServedSite;
  let browser: BrowserSession;

  beforeAll(async () => {
    site = await servePwa(requireBuild(PWA_DIR, 'index.html'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('is installable and keeps working offline once its service worker controls the page', async () => {
    const outgoingRequests = guardNetwork(browser.context);
    const page = await browser.context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await page.goto(site.url);
    const app = page.locator('main').first();
    await app.waitFor({ state: 'visible' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    const devtools = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    await browser.context.setOffline(true);
    await page.reload();
    await app.waitFor({ state: 'visible' });

    expect(outgoingRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
