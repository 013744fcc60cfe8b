import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  collectConsoleErrors,
  guardNetwork,
  launchBrowser,
  PWA_DIR,
  requireBuild,
  runAxe,
  type ServedSite,
  servePwa,
} from '../support/browser/harness';
import { onboardAndTick, tickedItemIds } from '../support/browser/pwa-steps';

const VIEWS = [
  { hash: '#/today', heading: /^Day 1 of 20$/ },
  { hash: '#/checklist', heading: /^Day 1 of 20$/ },
  { hash: '#/settings', heading: /^Backend Path settings$/ },
] as const;

async function openView(page: Page, url: string, heading: RegExp): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** A full page load of `url` (a change of hash alone would not reach the service worker). */
async function loadView(page: Page, url: string, heading: RegExp): Promise<void> {
  await page.goto('about:blank');
  await openView(page, url, heading);
}

describe('built PWA', () => {
  let site: ServedSite;
  let browser: BrowserSession;
  let outgoingRequests: string[];
  let consoleErrors: string[];
  let page: Page;
  let tickedIds: string[];

  beforeAll(async () => {
    site = await servePwa(requireBuild(PWA_DIR, 'index.html'));
    browser = await launchBrowser();
    outgoingRequests = guardNetwork(browser.context);
    page = await browser.context.newPage();
    consoleErrors = collectConsoleErrors(page);
    await page.goto(site.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    tickedIds = await onboardAndTick(page, 2);
  });

  afterEach(() => {
    expect(outgoingRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('is controlled by its service worker and installable', async () => {
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    const devtools = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  });

  it('shows today’s task and the saved ticks after an offline reload', async () => {
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: /^Day 1 of 20$/ }).waitFor();
      await page
        .locator('.checklist li.is-done')
        .nth(tickedIds.length - 1)
        .waitFor();
      expect(await tickedItemIds(page)).toEqual(tickedIds);
    } finally {
      await browser.context.setOffline(false);
    }
  });

  it('opens deep links offline: the checklist, settings and a path under the base', async () => {
    await browser.context.setOffline(true);
    try {
      await loadView(page, `${site.url}#/checklist`, /^Day 1 of 20$/);
      await page
        .locator('.checklist li.is-done')
        .nth(tickedIds.length - 1)
        .waitFor();
      expect(await tickedItemIds(page)).toEqual(tickedIds);
      expect(await page.locator('.pwa-nav [aria-current="page"]').textContent()).toBe('Checklist');

      await loadView(page, `${site.url}#/settings`, /^Backend Path settings$/);
      await loadView(page, `${site.url}today`, /^Day 1 of 20$/);
    } finally {
      await browser.context.setOffline(false);
    }
  });

  it('switches views from the keyboard through the nav bar', async () => {
    await openView(page, `${site.url}#/today`, /^Day 1 of 20$/);
    const settingsLink = page.getByRole('navigation', { name: 'Views' }).getByRole('link', {
      name: 'Settings',
    });
    await settingsLink.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Backend Path settings$/ }).waitFor();
    expect(await settingsLink.getAttribute('aria-current')).toBe('page');
    // Focus moves once the view has rendered (also when Settings was chosen on the start-up shell).
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on any view in the ${colorScheme} theme`, async () => {
      await page.emulateMedia({ colorScheme });
      try {
        for (const view of VIEWS) {
          await openView(page, `${site.url}${view.hash}`, view.heading);
          const violations = await runAxe(page);
          expect(violations.map((violation) => `${view.hash}: ${violation.id}`)).toEqual([]);
        }
      } finally {
        await page.emulateMedia({ colorScheme: null });
      }
    });
  }

  for (const width of [360, 320]) {
    it(`fits ${width} px without sideways scrolling, with touch-sized controls`, async () => {
      await page.setViewportSize({ width, height: 740 });
      for (const view of VIEWS) {
        await openView(page, `${site.url}${view.hash}`, view.heading);
        const layout = await page.evaluate(() => {
          const controls = document.querySelectorAll(
            'button, a.btn, .pwa-nav a, .checklist label, .choice, summary',
          );
          const small = [...controls]
            .filter((element) => element.getClientRects().length > 0)
            .filter((element) => element.getBoundingClientRect().height < 44)
            .map((element) => `${element.tagName} “${element.textContent?.trim().slice(0, 30)}”`);
          return {
            overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
            small,
          };
        });
        expect({ view: view.hash, ...layout }).toEqual({ view: view.hash, overflow: 0, small: [] });
      }
    });
  }
});
