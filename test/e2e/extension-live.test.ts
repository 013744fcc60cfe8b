/**
 * Views that stay open: ticks travel between the popup and the new tab without a reload,
 * survive one, the date moves on at midnight, and the day view works from the keyboard.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  dayChecklist,
  dayHeading,
  editableBoxes,
  finishOnboarding,
  launchWatchedExtension,
  popupChecklist,
  type WatchedSession,
} from '../support/browser/extension-steps';

function expectNoTrouble(session: WatchedSession): void {
  expect({ requests: session.outgoingRequests, errors: session.consoleErrors() }).toEqual({
    requests: [],
    errors: [],
  });
}

function boxFor(checklist: Locator, itemId: string): Locator {
  return checklist.locator(`li[data-item-id="${itemId}"] input[type="checkbox"]`);
}

describe('open views', () => {
  let session: WatchedSession;
  let newTab: Page;
  let firstItemId: string;

  beforeAll(async () => {
    session = await launchWatchedExtension({ timezone: 'UTC' });
    await session.context.clock.setFixedTime(new Date('2026-03-12T09:00:00Z'));
    newTab = await session.open('newtab.html');
    await finishOnboarding(newTab, { planId: 'plan-60', language: 'javascript' });
    await editableBoxes(dayChecklist(newTab, 1)).first().waitFor();
    const id = await dayChecklist(newTab, 1).locator('li').first().getAttribute('data-item-id');
    if (!id) throw new Error('checklist rows carry no item id');
    firstItemId = id;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows a tick from the popup in the open new tab, keeps it, and syncs back', async () => {
    const popup = await session.open('popup.html');
    const popupBox = boxFor(popupChecklist(popup), firstItemId);
    const newTabBox = boxFor(dayChecklist(newTab, 1), firstItemId);
    await editableBoxes(popupChecklist(popup)).first().waitFor();
    expect(await newTabBox.isChecked()).toBe(false);

    await popupBox.check();
    await expect.poll(() => newTabBox.isChecked()).toBe(true);

    await newTab.reload();
    await editableBoxes(dayChecklist(newTab, 1)).first().waitFor();
    expect(await newTabBox.isChecked()).toBe(true);

    await newTabBox.uncheck();
    await expect.poll(() => popupBox.isChecked()).toBe(false);
    await popup.close();
    expectNoTrouble(session);
  });

  it('works from the keyboard with a visible focus on everything reachable by Tab', async () => {
    const box = boxFor(dayChecklist(newTab, 1), firstItemId);
    await newTab.locator('body').click({ position: { x: 1, y: 1 } });

    await newTab.keyboard.press('j');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await newTab.keyboard.press('x');
    await expect.poll(() => box.isChecked()).toBe(true);
    // Stored, not just drawn: a fresh popup reads it from the database.
    const popup = await session.open('popup.html');
    await editableBoxes(popupChecklist(popup)).first().waitFor();
    expect(await boxFor(popupChecklist(popup), firstItemId).isChecked()).toBe(true);
    await popup.close();

    await newTab.bringToFront();
    await box.focus();
    const dialog = newTab.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await newTab.keyboard.press('?');
    await dialog.waitFor({ state: 'visible' });
    await newTab.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const newTabFocus = await tabThroughPage(newTab);
    expect(newTabFocus.length).toBeGreaterThan(10);
    expect(newTabFocus.filter((seen) => !seen.visible)).toEqual([]);
    for (const path of ['popup.html', 'options.html']) {
      const page = await session.open(path);
      // The live view, not the start-up shell it replaces.
      await page
        .locator('main :is(.checklist[aria-busy="false"], form) input:enabled')
        .first()
        .waitFor();
      const focus = await tabThroughPage(page);
      expect(focus.length, path).toBeGreaterThan(3);
      expect(focus.filter((seen) => !seen.visible)).toEqual([]);
      await page.close();
    }
    expectNoTrouble(session);
  });
});

interface FocusSeen {
  readonly element: string;
  readonly visible: boolean;
}

/** Presses Tab until focus comes back round, recording how each focused element is drawn. */
async function tabThroughPage(page: Page): Promise<FocusSeen[]> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  const seen: FocusSeen[] = [];
  const visited = new Set<number>();
  let firstPosition: number | undefined;
  for (let step = 0; step < 200; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const label =
        element.getAttribute('aria-label') ??
        (element.closest('label') ?? element).textContent?.trim().slice(0, 40) ??
        '';
      return {
        element: `${element.tagName.toLowerCase()} "${label}"`,
        position: [...document.querySelectorAll('*')].indexOf(element),
        visible:
          style.outlineStyle !== 'none' &&
          Number.parseFloat(style.outlineWidth) >= 2 &&
          element.matches(':focus-visible'),
      };
    });
    if (!focused) {
      if (seen.length > 0) break;
      continue;
    }
    // Back at the first element: the round is complete. A date input takes several
    // Tabs (one per field), so other repeats are skipped rather than ending the round.
    if (focused.position === firstPosition) break;
    firstPosition ??= focused.position;
    if (visited.has(focused.position)) continue;
    visited.add(focused.position);
    seen.push({ element: focused.element, visible: focused.visible });
  }
  return seen;
}

/** A new tab onboarded onto the 60-day plan from 2026-03-01, with the clock set on the 12th. */
async function openOnDay12(session: WatchedSession): Promise<Page> {
  const page = await session.open('newtab.html');
  await finishOnboarding(page, { planId: 'plan-60', language: 'python', startDate: '2026-03-01' });
  expect(await dayHeading(page).textContent()).toBe('Day 12 of 60');
  return page;
}

describe('the date moving on with the page open', () => {
  let session: WatchedSession | undefined;

  afterEach(async () => {
    const finished = session;
    session = undefined;
    if (!finished) return;
    await finished.close();
  });

  it('turns to the next day at local midnight without a reload', async () => {
    session = await launchWatchedExtension({ timezone: 'Asia/Tokyo' });
    // Fake timers too, so the page's midnight timer runs on the test's time.
    await session.context.clock.install({ time: new Date('2026-03-12T23:59:30+09:00') });
    const page = await openOnDay12(session);

    await session.context.clock.runFor(60_000);
    await expect.poll(() => dayHeading(page).textContent()).toBe('Day 13 of 60');
    await dayChecklist(page, 13).waitFor();
    expectNoTrouble(session);
  });

  it('re-reads the date when a hidden tab becomes visible again', async () => {
    session = await launchWatchedExtension({ timezone: 'America/Los_Angeles' });
    await session.context.clock.setFixedTime(new Date('2026-03-12T22:00:00-07:00'));
    const page = await openOnDay12(session);

    // A laptop that slept through midnight: no timer fired, the date just differs now.
    await session.context.clock.setFixedTime(new Date('2026-03-14T07:00:00-07:00'));
    expect(await dayHeading(page).textContent()).toBe('Day 12 of 60');
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => dayHeading(page).textContent()).toBe('Day 14 of 60');
    expectNoTrouble(session);
  });
});
