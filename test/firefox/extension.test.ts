/**
 * The built Firefox MV2 extension in a real, headless Firefox ESR: first run and a tick
 * that survives a fresh load, the new-tab override, and the daily reminder end to end
 * (real `permissions.request`, the background's alarm, a real notification).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as ExtensionApi } from 'wxt/browser';
import { localDateOf } from '../../utils/date';
import { nextReminderAfter, nextReminderAt } from '../../utils/reminder/schedule';
import { clickWhenShown, type FirefoxExtensionSession, launchFirefoxExtension } from './harness';

/** The extension API as Firefox exposes it inside the evaluated functions. */
declare const browser: typeof ExtensionApi;

// The live checklist (not busy): the start-up shell's boxes take clicks too, queued.
const DAY_ONE_BOXES =
  'ul[aria-label="Checklist for day 1"][aria-busy="false"] input[type="checkbox"]';
const REMINDER_SWITCH = 'input[role="switch"]';

interface AlarmSnapshot {
  readonly name: string;
  readonly scheduledTime: number;
}

describe('Firefox extension', () => {
  let session: FirefoxExtensionSession;

  /** The reminder's alarms only: sync keeps an alarm of its own. */
  const reminderAlarms = async (page: Page): Promise<AlarmSnapshot[]> =>
    (
      await page.evaluate(async () =>
        (await browser.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime })),
      )
    ).filter((alarm) => alarm.name !== 'sync-check');

  const notifications = (page: Page) =>
    page.evaluate(() => browser.notifications.getAll() as Promise<Record<string, unknown>>);

  /** Extension tabs showing the new tab page (the API's own Window type omits `location`). */
  const openNewTabViews = (page: Page) =>
    page.evaluate(
      () =>
        browser.extension
          .getViews({ type: 'tab' })
          .filter(
            (view) => new URL(String(Reflect.get(view, 'location'))).pathname === '/newtab.html',
          ).length,
    );

  beforeAll(async () => {
    session = await launchFirefoxExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('onboards on the new tab and keeps a tick in IndexedDB across a fresh load', async () => {
    const newTab = await session.open('newtab.html');
    await clickWhenShown(newTab, 'input[value="plan-20"]');
    await clickWhenShown(newTab, '::-p-text(Start my plan)');
    const heading = await newTab.waitForSelector('[data-testid="day-heading"]');
    expect(await heading?.evaluate((node) => node.textContent)).toMatch(/Day 1 of 20/);
    expect(await newTab.$eval('[data-testid="focus-area"]', (node) => node.textContent)).toBe(
      'Programming Fundamentals',
    );

    await clickWhenShown(newTab, `${DAY_ONE_BOXES}:enabled`);
    await newTab.waitForSelector(`${DAY_ONE_BOXES}:checked`);
    await newTab.close();

    const reloaded = await session.open('newtab.html');
    await reloaded.waitForSelector(`${DAY_ONE_BOXES}:enabled`);
    const ticks = await reloaded.$$eval(DAY_ONE_BOXES, (boxes) =>
      boxes.map((box) => (box as HTMLInputElement).checked),
    );
    expect(ticks[0]).toBe(true);
    expect(ticks.slice(1).every((ticked) => !ticked)).toBe(true);
    await reloaded.close();
  });

  it('shows the extension page when a new tab opens', async () => {
    const page = await session.open('options.html');
    const before = await openNewTabViews(page);
    // No URL: Firefox opens whatever its new tab is, which the extension overrides.
    await page.evaluate(() => browser.tabs.create({}));
    await expect.poll(() => openNewTabViews(page)).toBe(before + 1);
    await page.close();
  });

  describe('daily reminder', () => {
    let options: Page;
    let firefoxZone: string;

    beforeAll(async () => {
      options = await session.open('options.html');
      firefoxZone = await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      await options.waitForSelector(REMINDER_SWITCH);
    });

    it('starts off, with no alarm and no permission', async () => {
      expect(
        await options.$eval(REMINDER_SWITCH, (node) => (node as HTMLInputElement).checked),
      ).toBe(false);
      expect(await reminderAlarms(options)).toEqual([]);
      expect(
        await options.evaluate(() =>
          browser.permissions.contains({ permissions: ['notifications'] }),
        ),
      ).toBe(false);
    });

    it('turns on through the real permission request and sets the alarm', async () => {
      const before = Date.now();
      await clickWhenShown(options, REMINDER_SWITCH);
      await options.waitForSelector('::-p-text(Reminder set for 09:00 each day.)');
      expect(
        await options.evaluate(() =>
          browser.permissions.contains({ permissions: ['notifications'] }),
        ),
      ).toBe(true);
      await expect
        .poll(() => reminderAlarms(options))
        .toEqual([
          { name: 'daily-reminder', scheduledTime: nextReminderAt(before, firefoxZone, '09:00') },
        ]);
    });

    it('moves the alarm when the time changes', async () => {
      const before = Date.now();
      await options.$eval('#reminder-time', (input) => {
        (input as HTMLInputElement).value = '21:10';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await options.waitForSelector('::-p-text(Reminder set for 21:10 each day.)');
      await expect
        .poll(async () => (await reminderAlarms(options)).map((alarm) => alarm.scheduledTime))
        .toEqual([nextReminderAt(before, firefoxZone, '21:10')]);
    });

    /**
     * Fires the reminder now and waits until the background has handled it and rescheduled:
     * to tomorrow once it notified today (one notification per local day), else to today's time.
     */
    async function fireReminderNow(notifies: boolean): Promise<void> {
      const firedAt = await options.evaluate(async () => {
        const when = Date.now() + 500;
        await browser.alarms.create('daily-reminder', { when });
        return when;
      });
      const notifiedOn = notifies ? localDateOf(firedAt, firefoxZone) : null;
      const rescheduledTo = nextReminderAfter(firedAt, firefoxZone, '21:10', notifiedOn);
      await expect
        .poll(async () => (await reminderAlarms(options)).map((alarm) => alarm.scheduledTime))
        .toEqual([rescheduledTo]);
    }

    it('shows a notification naming today’s task when it fires', async () => {
      await fireReminderNow(true);
      const shown = await notifications(options);
      expect(Object.keys(shown)).toEqual(['daily-reminder']);
      const notification = shown['daily-reminder'] as { title: string; message: string };
      expect(notification.title).toMatch(/^Day 1: Programming Fundamentals — ./);
      expect(notification.message).toMatch(/^\d+ of \d+ items left for today\.$/);
      const [left, total] = notification.message.match(/\d+/g)?.map(Number) ?? [];
      expect(left).toBe((total ?? 0) - 1);
    });

    it('shows none once today’s items are all done', async () => {
      await options.evaluate(() => browser.notifications.clear('daily-reminder'));
      const newTab = await session.open('newtab.html');
      await newTab.waitForSelector(`${DAY_ONE_BOXES}:enabled`);
      const boxCount = await newTab.$$eval(DAY_ONE_BOXES, (boxes) => boxes.length);
      for (let index = 0; index < boxCount; index++) {
        const box = `ul[aria-label="Checklist for day 1"] li:nth-child(${index + 1}) input[type="checkbox"]`;
        if (await newTab.$eval(box, (node) => (node as HTMLInputElement).checked)) continue;
        await clickWhenShown(newTab, `${box}:enabled`);
        await newTab.waitForSelector(`${box}:checked`);
      }
      await newTab.close();

      // Forget today's notification, so only the finished checklist can keep this one away.
      await options.evaluate(() => browser.storage.local.remove('reminder:notifiedOn'));
      await fireReminderNow(false);
      expect(await notifications(options)).toEqual({});
    });

    it('removes the alarm when turned off', async () => {
      await clickWhenShown(options, REMINDER_SWITCH);
      await options.waitForSelector('::-p-text(Reminder turned off.)');
      await expect.poll(() => reminderAlarms(options)).toEqual([]);
    });
  });

  it('made no outside requests and raised no script errors', () => {
    expect(session.outgoingRequests).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
