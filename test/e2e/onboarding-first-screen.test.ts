import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWatchedExtension, type WatchedSession } from '../support/browser/extension-steps';
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

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/** The main button is wholly inside the first viewport, with the page not scrolled. */
async function expectStartInFirstViewport(page: Page, viewport: typeof LAPTOP): Promise<void> {
  const button = page.getByRole('button', { name: 'Start my plan' });
  await button.waitFor();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = await button.boundingBox();
  if (!box) throw new Error('"Start my plan" has no box');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

describe('onboarding in the extension’s new tab', () => {
  let session: WatchedSession;

  beforeAll(async () => {
    session = await launchWatchedExtension({ locale: 'en-US' });
  });

  afterEach(() => {
    expect(session.outgoingRequests).toEqual([]);
    expect(session.consoleErrors()).toEqual([]);
  });

  afterAll(async () => {
    await session?.close();
  });

  function openNewTab(viewport: typeof LAPTOP): Promise<Page> {
    return session.open('newtab.html', { beforeLoad: (page) => page.setViewportSize(viewport) });
  }

  it.each([
    ['1366×768', LAPTOP],
    ['390×844', PHONE],
  ])('shows "Start my plan" in the first viewport at %s', async (_label, viewport) => {
    const page = await openNewTab(viewport);
    await expectStartInFirstViewport(page, viewport);
    // Nothing sticks out sideways on the phone either.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
    await page.close();
  });

  it('refuses a typed year "0202" with the error shown, and saves nothing', async () => {
    const page = await openNewTab(PHONE);
    const input = page.getByLabel('Start date');
    await input.waitFor();
    // Typed into the date field, as a person does (en-US: month, day, year): Chromium makes it 0202.
    await input.click({ position: { x: 12, y: 12 } });
    await page.keyboard.type('12010202');
    expect(await input.inputValue()).toBe('0202-12-01');
    await page.getByRole('button', { name: 'Start my plan' }).click();

    const error = page.getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^The year “0202” has fewer than four digits/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.inputValue()).toBe('0202-12-01');
    // Saved nothing: a fresh new tab still asks for a plan.
    const fresh = await openNewTab(PHONE);
    await fresh.getByRole('button', { name: 'Start my plan' }).waitFor();
    await fresh.close();
    await page.close();
  });

  it('has no Skip that drops choices: the choice made above is what starts', async () => {
    const page = await openNewTab(LAPTOP);
    await page.getByRole('button', { name: 'Start my plan' }).waitFor();
    expect(await page.getByRole('button', { name: /skip/i }).count()).toBe(0);
    await page.getByRole('radio', { name: /^20-day sprint/ }).check();
    await page.getByRole('radio', { name: 'Python', exact: true }).check();
    await page.getByRole('button', { name: 'Start my plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Day 1 of 20' }).waitFor();
    await page.close();
  });
});

describe('onboarding in the PWA on a phone', () => {
  let site: ServedSite;
  let browser: BrowserSession;
  let outgoingRequests: string[];

  beforeAll(async () => {
    site = await servePwa(requireBuild(PWA_DIR, 'index.html'));
    browser = await launchBrowser({ locale: 'en-US' });
    outgoingRequests = guardNetwork(browser.context);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows "Start my plan" in the first viewport at 390×844, under the tab bar', async () => {
    const page = await browser.context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await page.setViewportSize(PHONE);
    await page.goto(site.url);
    await expectStartInFirstViewport(page, PHONE);
    expect(outgoingRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
