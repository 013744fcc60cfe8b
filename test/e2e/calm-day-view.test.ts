/**
 * The calm day view in the built extension and PWA: where the learner lands (after
 * onboarding, after opening a day, after `t`), cards hidden or pinned from Options, the
 * undo of "Mark the whole day complete", and a past day's own note.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  dayChecklist,
  dayHeading,
  editableBoxes,
  extensionPerTest,
  finishOnboarding,
  planDayChip,
} from '../support/browser/extension-steps';
import {
  type BrowserSession,
  collectConsoleErrors,
  guardNetwork,
  launchBrowser,
  PWA_DIR,
  requireBuild,
  servePwa,
} from '../support/browser/harness';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
] as const;

const launchOn = extensionPerTest();

/** A new tab onboarded on the 20-day plan from 2026-03-01, on the date `now`. */
async function onPlan20(now: string) {
  const current = await launchOn(now);
  const page = await current.open('newtab.html');
  await finishOnboarding(page, { planId: 'plan-20', language: 'python', startDate: '2026-03-01' });
  return { current, page };
}

/** Whether the day heading and the first checkbox are on screen, and the heading has focus. */
function landing(page: Page) {
  return page.evaluate(() => {
    const inView = (element: Element | null | undefined) => {
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    };
    const heading = document.getElementById('day-heading');
    return {
      heading: heading?.textContent ?? null,
      headingInView: inView(heading),
      firstBoxInView: inView(document.querySelector('.day-card input[type="checkbox"]')),
      headingFocused: heading !== null && document.activeElement === heading,
    };
  });
}

type ProgressRow = { itemId: string; state: string; completedAt: unknown; completedOn: unknown };

/** Every progress row as IndexedDB holds it (state and completion only), and the activity rows. */
function storedState(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ progress: Record<string, unknown>; activity: unknown[] }>((resolve, reject) => {
        const request = indexedDB.open('backend-path');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction(['progress', 'activity']);
          const progress = tx.objectStore('progress').getAll();
          const activity = tx.objectStore('activity').getAll();
          tx.oncomplete = () => {
            request.result.close();
            const rows: Record<string, unknown> = {};
            for (const row of progress.result as ProgressRow[]) {
              // An open tombstone and no row at all mean the same: not done.
              rows[row.itemId] =
                row.state === 'open'
                  ? 'open'
                  : { state: row.state, completedAt: row.completedAt, on: row.completedOn };
            }
            resolve({ progress: rows, activity: activity.result });
          };
        };
      }),
  );
}

function withoutOpen(state: Awaited<ReturnType<typeof storedState>>) {
  return {
    progress: Object.fromEntries(
      Object.entries(state.progress).filter(([, value]) => value !== 'open'),
    ),
    activity: state.activity,
  };
}

async function openMore(page: Page): Promise<void> {
  const toggle = page.getByTestId('more-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('#more-cards:not([hidden])').waitFor();
}

describe('the calm day view', () => {
  for (const size of SIZES) {
    it(`lands on the day at ${size.width}×${size.height}: after onboarding, a day opened from the plan, and t`, async () => {
      const current = await launchOn('2026-03-17T09:00:00Z');
      const page = await current.open('newtab.html');
      await page.setViewportSize(size);
      const start = page.getByRole('button', { name: 'Start my plan' });
      await start.waitFor();
      // The form's main button is inside the first viewport.
      expect(
        await start.evaluate((button) => button.getBoundingClientRect().bottom),
      ).toBeLessThanOrEqual(size.height);
      await finishOnboarding(page, {
        planId: 'plan-60',
        language: 'python',
        startDate: '2026-03-01',
      });
      await expect
        .poll(() => landing(page))
        .toEqual({
          heading: 'Day 17 of 60',
          headingInView: true,
          firstBoxInView: true,
          headingFocused: true,
        });

      if (size.width === 1366) {
        // The whole day card fits the first screen: its last line is above the fold.
        await page
          .getByTestId('day-stats')
          .getByText(/^\d+% of the plan/)
          .waitFor();
        const cardBottom = await page
          .locator('.day-card')
          .evaluate((card) => card.getBoundingClientRect().bottom);
        expect(cardBottom).toBeLessThanOrEqual(size.height);
      }

      // Open day 3 from the whole plan, far down the page.
      await openMore(page);
      await (await planDayChip(page, 3)).click();
      await expect
        .poll(() => landing(page))
        .toEqual({
          heading: 'Day 3 of 60',
          headingInView: true,
          firstBoxInView: true,
          headingFocused: true,
        });

      // Scrolled to the bottom, `t` comes back to today, in view and focused.
      await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight }));
      await page.locator('body').focus();
      await page.keyboard.press('t');
      await expect
        .poll(() => landing(page))
        .toEqual({
          heading: 'Day 17 of 60',
          headingInView: true,
          firstBoxInView: true,
          headingFocused: true,
        });
    });
  }

  it('opens the day view on its heading after onboarding in the PWA on a phone', async () => {
    const site = await servePwa(requireBuild(PWA_DIR, 'index.html'));
    let browser: BrowserSession | undefined;
    try {
      browser = await launchBrowser();
      const requests = guardNetwork(browser.context);
      const page = await browser.context.newPage();
      const errors = collectConsoleErrors(page);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(site.url);
      const start = page.getByRole('button', { name: 'Start my plan' });
      await start.waitFor();
      expect(
        await start.evaluate((button) => button.getBoundingClientRect().bottom),
      ).toBeLessThanOrEqual(844);
      await page.getByRole('radio', { name: /20-day/i }).check();
      await start.scrollIntoViewIfNeeded();
      await start.click();
      await expect
        .poll(() => landing(page))
        .toEqual({
          heading: 'Day 1 of 20',
          headingInView: true,
          firstBoxInView: true,
          headingFocused: true,
        });
      expect({ requests, errors }).toEqual({ requests: [], errors: [] });
    } finally {
      await browser?.close();
      await site.close();
    }
  });

  it('keeps a hidden card hidden across reloads and in the popup, and shows a pinned one in both', async () => {
    // Day 1 begins a phase, so the tip comes forward by default.
    const { current, page } = await onPlan20('2026-03-01T09:00:00Z');
    await page.locator('.day-page > .extra-tip .tip-card').waitFor();

    const options = await current.open('options.html');
    const tipChoices = options.getByRole('group', { name: 'Skill tip' });
    await tipChoices.getByRole('radio', { name: 'Only under More' }).check();
    await options.getByText('Skill tip: under More.').waitFor();

    await page.reload();
    // The career facts, still pinned on a phase's first day, show the extra cards have loaded.
    await page.locator('.day-page > .extra-career').waitFor();
    expect(await page.locator('.tip-card').count()).toBe(0);
    await openMore(page);
    await page.locator('#more-cards .tip-card').waitFor();
    await page.reload();
    await page.locator('.day-page > .extra-career').waitFor();
    expect(await page.locator('.tip-card').count()).toBe(0);

    const popup = await current.open('popup.html');
    await editableBoxes(popup.getByRole('list', { name: "Today's checklist" }))
      .first()
      .waitFor();
    expect(await popup.getByTestId('quick-tip').count()).toBe(0);

    // Pinned "Always": the tip shows on the new tab and in the popup.
    await tipChoices.getByRole('radio', { name: 'Always' }).check();
    await options.getByText('Skill tip: always shown.').waitFor();
    await popup.reload();
    await popup.getByTestId('quick-tip').waitFor();
    await page.reload();
    await page.locator('.day-page > .extra-tip .tip-card').waitFor();
  });

  it('undoes "Mark the whole day complete" back to the exact stored state, in one step', async () => {
    const { page } = await onPlan20('2026-03-03T09:00:00Z');
    const boxes = editableBoxes(dayChecklist(page, 3));
    await boxes.first().check();
    await page.locator('.day-card .checklist li.is-done').first().waitFor();
    const before = withoutOpen(await storedState(page));
    expect(Object.keys(before.progress)).toHaveLength(1);

    await page.getByRole('button', { name: 'Mark the whole day complete' }).click();
    const notice = page.getByTestId('day-complete');
    await notice.getByText(/^Day 3 complete\./).waitFor();
    expect(await notice.textContent()).toContain('Tomorrow: Day 4 — ');
    await expect
      .poll(async () => Object.keys(withoutOpen(await storedState(page)).progress).length)
      .toBeGreaterThan(1);

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => withoutOpen(await storedState(page))).toEqual(before);
    await page.getByRole('button', { name: 'Mark the whole day complete' }).waitFor();
    // The page shows the restored day after a reload too.
    await page.reload();
    // The live checklist, with the saved ticks (the start-up shell shows every item open first).
    await editableBoxes(dayChecklist(page, 3)).first().waitFor();
    expect(await page.locator('.day-card .checklist li.is-done').count()).toBe(1);
  });

  it("shows a past day's own note when that day is opened, and lists it with the others", async () => {
    const { current, page } = await onPlan20('2026-03-01T09:00:00Z');
    await openMore(page);
    const noteBox = page.getByRole('textbox', { name: 'Note for today' });
    await noteBox.fill('Day one: HTTP verbs and status codes');
    await noteBox.blur();
    await page.getByText('Saved on this device.').waitFor();

    await current.context.clock.setFixedTime(new Date('2026-03-02T09:00:00Z'));
    await page.reload();
    await dayHeading(page).getByText('Day 2 of 20').waitFor();
    await openMore(page);
    expect(await page.getByRole('textbox', { name: 'Note for today' }).inputValue()).toBe('');
    // The chip names its day on keyboard focus, not only to screen readers.
    const chip = await planDayChip(page, 1);
    await chip.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await chip.evaluate((button) => getComputedStyle(button, '::after').content)).toMatch(
      /^"Day 1: .+"$/,
    );
    await chip.click();
    await dayHeading(page).getByText('Day 1 of 20').waitFor();
    const dayOneNote = page.getByRole('textbox', { name: /^Note for day 1 \(/ });
    await expect.poll(() => dayOneNote.inputValue()).toBe('Day one: HTTP verbs and status codes');

    await page.getByRole('link', { name: 'All your notes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your notes' }).waitFor();
    const entries = page.locator('.notes-list li');
    expect(await entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain('Day 1');
    await page.getByLabel('Search notes').fill('no such words');
    await page.getByText('0 of 1 notes match').waitFor();
  });

  it("catches up on today's card: the open items of the days behind, ticked there, and the pill goes", async () => {
    const { page } = await onPlan20('2026-03-03T09:00:00Z');
    const pill = page.getByTestId('behind-pill');
    await pill.getByText('Behind by 2 study days').waitFor();
    await pill.getByRole('button', { name: 'Catch up' }).click();
    const catchUp = page.getByTestId('catch-up');
    await catchUp.getByRole('list', { name: 'Open items from day 2' }).waitFor();
    // Tick every open item of days 1 and 2 right here, one at a time as each row leaves.
    const boxes = catchUp.locator('input[type="checkbox"]:enabled');
    for (let left = await boxes.count(); left > 0; left--) {
      await boxes.first().check();
      await expect.poll(() => boxes.count()).toBe(left - 1);
    }
    await catchUp.getByText('All caught up').waitFor();
    await pill.waitFor({ state: 'detached' });
    expect(await dayHeading(page).textContent()).toBe('Day 3 of 20');
    await page.reload();
    await editableBoxes(dayChecklist(page, 3)).first().waitFor();
    expect(await page.getByTestId('behind-pill').count()).toBe(0);
  });
});
