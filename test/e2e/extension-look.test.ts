/**
 * Accessibility (axe) of every extension page in light and dark, and the theme reaching
 * the first paint: no white flash for a dark system scheme or a saved dark theme.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayChecklist,
  editableBoxes,
  finishOnboarding,
  launchWatchedExtension,
  type WatchedSession,
} from '../support/browser/extension-steps';
import { runAxe } from '../support/browser/harness';

type Scheme = 'light' | 'dark';
const SCHEMES: readonly Scheme[] = ['light', 'dark'];

/** Violations as "rule: selectors", readable in a failed assertion. */
async function axeViolations(page: Page): Promise<string[]> {
  const violations = await runAxe(page);
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Every violation on `page` under each colour scheme, keyed by scheme. */
async function violationsByScheme(page: Page): Promise<Record<Scheme, string[]>> {
  const found: Record<Scheme, string[]> = { light: [], dark: [] };
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    found[scheme] = await axeViolations(page);
  }
  return found;
}

const NO_VIOLATIONS: Record<Scheme, string[]> = { light: [], dark: [] };

interface FirstPaint {
  /** data-theme on <html> when the parser reached the app's module script. */
  readonly themeBeforeApp: string | null;
  /** The background the canvas takes, read at DOMContentLoaded. */
  readonly background: string;
  readonly colorScheme: string;
}

declare global {
  interface Window {
    firstPaint?: Promise<FirstPaint>;
  }
}

/** Records, from before the page's own scripts, what its first paint is made of. */
function recordFirstPaint(): void {
  let themeBeforeApp: string | null = null;
  const observer = new MutationObserver(() => {
    if (document.querySelector('script[type="module"]')) {
      themeBeforeApp = document.documentElement.getAttribute('data-theme');
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  window.firstPaint = new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => {
      const root = getComputedStyle(document.documentElement);
      // A transparent root hands the canvas to the body's background (CSS propagation).
      const transparent = root.backgroundColor === 'rgba(0, 0, 0, 0)';
      resolve({
        themeBeforeApp,
        background: transparent
          ? getComputedStyle(document.body).backgroundColor
          : root.backgroundColor,
        colorScheme: root.colorScheme,
      });
    });
  });
}

function openRecordingFirstPaint(session: WatchedSession, colorScheme: Scheme): Promise<Page> {
  return session.open('newtab.html', {
    colorScheme,
    beforeLoad: (blank) => blank.addInitScript(recordFirstPaint),
  });
}

async function firstPaintOf(page: Page): Promise<FirstPaint> {
  return page.evaluate(() => {
    if (!window.firstPaint) throw new Error('the first-paint recorder did not run');
    return window.firstPaint;
  });
}

/** WCAG relative luminance of an `rgb(...)` colour: 0 is black, 1 is white. */
function luminance(color: string): number {
  const channels = color
    .match(/\d+(\.\d+)?/g)
    ?.slice(0, 3)
    .map(Number);
  if (channels?.length !== 3) throw new Error(`not an rgb colour: ${color}`);
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('extension pages look', () => {
  let session: WatchedSession;

  beforeAll(async () => {
    session = await launchWatchedExtension({ timezone: 'UTC' });
    await session.context.clock.setFixedTime(new Date('2026-03-12T09:00:00Z'));
  });

  afterAll(async () => {
    await session?.close();
  });

  /** Opens `path`, waits for `shown`, and expects no axe violations in light or dark. */
  async function openAccessible(path: string, shown: (page: Page) => Locator): Promise<Page> {
    const page = await session.open(path);
    await shown(page).waitFor();
    expect(await violationsByScheme(page)).toEqual(NO_VIOLATIONS);
    return page;
  }

  it('has no axe violations before a plan is chosen', async () => {
    const newTab = await session.open('newtab.html');
    await newTab.getByRole('button', { name: 'Start my plan' }).waitFor();
    expect(await violationsByScheme(newTab)).toEqual(NO_VIOLATIONS);

    const popup = await openAccessible('popup.html', (page) =>
      page.getByRole('link', { name: 'Choose a plan' }),
    );
    const options = await openAccessible('options.html', (page) =>
      page.getByRole('heading', { name: 'No plan chosen yet' }),
    );

    // Leave the new tab onboarded for the tests below.
    await finishOnboarding(newTab, {
      planId: 'plan-60',
      language: 'python',
      startDate: '2026-03-01',
    });
    await popup.close();
    await options.close();
  });

  it('has no axe violations on the day view, the popup and options', async () => {
    const newTab = await session.open('newtab.html');
    const boxes = editableBoxes(dayChecklist(newTab, 12));
    await boxes.first().check();
    expect(await violationsByScheme(newTab)).toEqual(NO_VIOLATIONS);

    const popup = await openAccessible('popup.html', (page) =>
      page.getByRole('list', { name: "Today's checklist" }),
    );
    const options = await openAccessible('options.html', (page) =>
      page.getByRole('radio', { name: 'Dark' }),
    );
    await Promise.all([newTab.close(), popup.close(), options.close()]);
  });

  it('has no axe violations under More, after a day is complete, and on the notes and career views', async () => {
    const newTab = await session.open('newtab.html');
    await editableBoxes(dayChecklist(newTab, 12)).first().waitFor();
    await newTab.getByTestId('more-toggle').click();
    await newTab.locator('#more-cards .progress-card').waitFor();
    await newTab.getByRole('button', { name: 'Mark the whole day complete' }).click();
    await newTab.getByTestId('day-complete').waitFor();
    expect(await violationsByScheme(newTab)).toEqual(NO_VIOLATIONS);
    await newTab.getByTestId('day-complete').getByRole('button', { name: 'Undo' }).click();

    await newTab.getByRole('link', { name: 'All your notes' }).click();
    await newTab.getByRole('heading', { level: 1, name: 'Your notes' }).waitFor();
    expect(await violationsByScheme(newTab)).toEqual(NO_VIOLATIONS);

    await newTab.goto(newTab.url().replace(/#.*$/, '#career'));
    await newTab.getByRole('heading', { level: 1, name: 'Career facts' }).waitFor();
    expect(await violationsByScheme(newTab)).toEqual(NO_VIOLATIONS);
    await newTab.close();
  });

  it('paints the new tab dark from the first frame under a dark system scheme', async () => {
    const page = await openRecordingFirstPaint(session, 'dark');
    const firstPaint = await firstPaintOf(page);
    // No saved theme: the root offers both schemes and the system's dark one is painted.
    expect(firstPaint.themeBeforeApp).toBeNull();
    expect(luminance(firstPaint.background)).toBeLessThan(0.05);
    await page.close();
  });

  it('applies a theme forced dark in options everywhere, before the app runs', async () => {
    const options = await session.open('options.html', { colorScheme: 'light' });
    await options.getByRole('radio', { name: 'Dark' }).check();
    await options.getByText('Theme saved.').waitFor();
    await expect
      .poll(() => options.evaluate(() => document.documentElement.getAttribute('data-theme')))
      .toBe('dark');
    expect(await axeViolations(options)).toEqual([]);

    const newTab = await openRecordingFirstPaint(session, 'light');
    const firstPaint = await firstPaintOf(newTab);
    expect(firstPaint.themeBeforeApp).toBe('dark');
    expect(firstPaint.colorScheme).toBe('dark');
    expect(luminance(firstPaint.background)).toBeLessThan(0.05);
    await editableBoxes(dayChecklist(newTab, 12)).first().waitFor();
    expect(await axeViolations(newTab)).toEqual([]);

    const popup = await session.open('popup.html', { colorScheme: 'light' });
    await popup.getByRole('list', { name: "Today's checklist" }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe(
      'dark',
    );
    expect(await axeViolations(popup)).toEqual([]);

    // Back to the system theme, so a light scheme paints light again.
    await options.getByRole('radio', { name: 'Same as my system' }).check();
    const lightTab = await openRecordingFirstPaint(session, 'light');
    const lightPaint = await firstPaintOf(lightTab);
    expect(lightPaint.themeBeforeApp).toBeNull();
    expect(luminance(lightPaint.background)).toBeGreaterThan(0.8);
  });

  it('made no network requests and logged no errors', () => {
    expect(session.outgoingRequests).toEqual([]);
    expect(session.consoleErrors()).toEqual([]);
  });
});
