/**
 * The daily reminder in the built Chrome extension: the background's alarm follows the
 * reminder time saved in options.
 *
 * Gap: turning the reminder on asks for the optional `notifications` permission, and
 * headless Chromium leaves that prompt open forever (nobody can answer it, and
 * `context.grantPermissions(['notifications'])` grants the web permission, not the
 * extension's). So the "on" step writes the time into the store the way the options page
 * does after a granted request, then sends the same runtime message. Changing the time and
 * turning the reminder off go through the real UI. The refusal path is a component test.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { nextReminderAt } from '../../utils/reminder/schedule';
import {
  finishOnboarding,
  launchWatchedExtension,
  type WatchedSession,
} from '../support/browser/extension-steps';

/** The extension API as Chromium exposes it inside the evaluated functions. */
declare const chrome: typeof browser;

interface AlarmSnapshot {
  readonly name: string;
  readonly scheduledTime: number;
  readonly periodInMinutes?: number;
}

describe('daily reminder in the extension', () => {
  let session: WatchedSession;
  let options: Page;
  let workerZone: string;

  /** The reminder's alarms only: sync keeps an alarm of its own. */
  const alarms = async (): Promise<AlarmSnapshot[]> =>
    (await session.serviceWorker.evaluate(() => chrome.alarms.getAll())).filter(
      (alarm) => alarm.name !== 'sync-check',
    );

  /** Saves the reminder time as options does once notifications are allowed. */
  async function saveReminderTimeInStore(page: Page, time: string): Promise<void> {
    await page.evaluate(
      (reminderTime) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('backend-path');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const store = db.transaction('profile', 'readwrite').objectStore('profile');
            const read = store.get('profile');
            read.onsuccess = () => {
              store.put({ ...read.result, reminderTime, updatedAt: Date.now() });
              store.transaction.oncomplete = () => {
                db.close();
                resolve();
              };
            };
            read.onerror = () => reject(read.error);
          };
        }),
      time,
    );
  }

  beforeAll(async () => {
    session = await launchWatchedExtension();
    workerZone = await session.serviceWorker.evaluate(
      () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    const newTab = await session.open('newtab.html');
    await finishOnboarding(newTab, { planId: 'plan-20', language: 'python' });
    await newTab.close();
    options = await session.open('options.html');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('starts off, with no alarm', async () => {
    const reminderSwitch = options.getByRole('switch', { name: /remind me about today/i });
    await reminderSwitch.waitFor();
    expect(await reminderSwitch.isChecked()).toBe(false);
    expect(await alarms()).toEqual([]);
  });

  it('sets one alarm at the next reminder instant once the time is saved', async () => {
    const before = Date.now();
    await saveReminderTimeInStore(options, '06:45');
    const answer = await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'reminder-changed' }),
    );
    expect(answer).toEqual({ ok: true });

    const [alarm, ...others] = await alarms();
    expect(others).toEqual([]);
    expect(alarm?.name).toBe('daily-reminder');
    expect(alarm?.periodInMinutes).toBeUndefined();
    expect(alarm?.scheduledTime).toBe(nextReminderAt(before, workerZone, '06:45'));
    // A raw IndexedDB write bypasses Dexie's change events, so reload to show it.
    await options.reload();
    const reminderSwitch = options.getByRole('switch', { name: /remind me about today/i });
    await reminderSwitch.waitFor();
    expect(await reminderSwitch.isChecked()).toBe(true);
    expect(await options.getByLabel('Remind me at').inputValue()).toBe('06:45');
  });

  it('moves the alarm when the time is changed in options', async () => {
    const before = Date.now();
    await options.getByLabel('Remind me at').fill('21:10');
    await options.getByText('Reminder set for 21:10 each day.').waitFor();
    await expect
      .poll(async () => (await alarms()).map((alarm) => alarm.scheduledTime))
      .toEqual([nextReminderAt(before, workerZone, '21:10')]);
  });

  it('removes the alarm when the reminder is turned off', async () => {
    await options.getByRole('switch', { name: /remind me about today/i }).click();
    await options.getByText('Reminder turned off.').waitFor();
    await expect.poll(alarms).toEqual([]);
    expect(await options.getByLabel('Remind me at').inputValue()).toBe('21:10');
  });

  it('made no network requests and logged no errors', () => {
    expect(session.outgoingRequests).toEqual([]);
    expect(session.consoleErrors()).toEqual([]);
  });
});
