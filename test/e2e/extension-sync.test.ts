/**
 * Sync in the built Chrome extension: a change another device wrote into `storage.sync`
 * reaches an open new tab live, through the background's merge into the IndexedDB it
 * shares with the pages. Headless Chromium without a signed-in profile keeps
 * `storage.sync` on this machine only, which is all this test needs.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { localDateOf } from '../../utils/date';
import { packSyncData } from '../../utils/sync/pack';
import {
  dayChecklist,
  editableBoxes,
  finishOnboarding,
  launchWatchedExtension,
  type WatchedSession,
} from '../support/browser/extension-steps';

/** The extension API as Chromium exposes it inside the evaluated functions. */
declare const chrome: typeof browser;

describe('sync through storage.sync', () => {
  let session: WatchedSession;
  let newTab: Page;
  let itemId: string;

  beforeAll(async () => {
    session = await launchWatchedExtension({ timezone: 'UTC' });
    newTab = await session.open('newtab.html');
    await finishOnboarding(newTab, { planId: 'plan-20', language: 'python', sync: true });
    await editableBoxes(dayChecklist(newTab, 1)).first().waitFor();
    const id = await dayChecklist(newTab, 1).locator('li').first().getAttribute('data-item-id');
    if (!id) throw new Error('checklist rows carry no item id');
    itemId = id;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('ticks an item in an open new tab when another device synced it', async () => {
    const box = dayChecklist(newTab, 1).locator(
      `li[data-item-id="${itemId}"] input[type="checkbox"]`,
    );
    expect(await box.isChecked()).toBe(false);
    const at = Date.now() + 60_000;
    const remote = packSyncData({
      profile: null,
      progress: [
        {
          itemId,
          planId: 'plan-20',
          state: 'done',
          completedAt: at,
          completedOn: localDateOf(at, 'UTC'),
          updatedAt: at,
          updatedBy: 'another-device',
        },
      ],
      notes: [],
    });
    await session.serviceWorker.evaluate((items) => chrome.storage.sync.set(items), remote.items);
    await dayChecklist(newTab, 1)
      .locator(`li[data-item-id="${itemId}"] input[type="checkbox"]:checked`)
      .waitFor();
    expect(await box.isChecked()).toBe(true);
  });

  it('writes this device’s plan back and shows the sync status in options', async () => {
    await expect
      .poll(() =>
        session.serviceWorker.evaluate(async () =>
          Object.keys(await chrome.storage.sync.get(null)).includes('bp:profile'),
        ),
      )
      .toBe(true);
    const options = await session.open('options.html');
    await options.getByText(/^Synced (just now|1 minute ago)\.$/).waitFor();
    expect(await options.getByRole('switch', { name: /sync my plan/i }).isChecked()).toBe(true);
  });

  it('made no network requests and logged no errors', () => {
    expect(session.outgoingRequests).toEqual([]);
    expect(session.consoleErrors()).toEqual([]);
  });
});
