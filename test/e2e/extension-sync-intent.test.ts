/**
 * Sync keeps what the user did, in the built Chrome extension with its real background
 * worker. "Another browser" is an extension page writing `storage.sync` as that browser's
 * background would; rounds are run with the options page's nudge, and each waits for its
 * answer, so nothing here sleeps.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { addDays, localDateOf } from '../../utils/date';
import type { LocalDate } from '../../utils/model/local-date';
import type { NoteRecord, ProfileRecord, ProgressRecord } from '../../utils/model/records';
import {
  packSyncData,
  type SyncedProfile,
  type SyncItems,
  syncedProfileOf,
} from '../../utils/sync/pack';
import { SYNC_QUOTA } from '../../utils/sync/quota';
import {
  dayChecklist,
  dayHeading,
  editableBoxes,
  finishOnboarding,
  launchWatchedExtension,
  type WatchedSession,
} from '../support/browser/extension-steps';

declare const chrome: typeof browser;

const DAY_MS = 86_400_000;

/** Writes `items` into `storage.sync` from an extension page, as another browser's sync would. */
function writeAsAnotherBrowser(page: Page, items: SyncItems): Promise<void> {
  return page.evaluate((values) => chrome.storage.sync.set(values), items);
}

/** One round in the background, as the options page's switch asks for it; resolves with its status. */
function syncRound(page: Page): Promise<{ kind: string }> {
  return page.evaluate(() => chrome.runtime.sendMessage({ type: 'sync-nudge' }));
}

async function syncRounds(page: Page, count: number): Promise<void> {
  for (let round = 0; round < count; round += 1) {
    expect(await syncRound(page)).toMatchObject({ kind: 'synced' });
  }
}

/** The store's rows, read with plain IndexedDB from an extension page. */
function storedRows(page: Page, store: 'profile' | 'progress' | 'notes'): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('backend-path');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    store,
  );
}

function doneIds(rows: unknown[]): string[] {
  return (rows as ProgressRecord[])
    .filter((row) => row.state === 'done')
    .map((row) => row.itemId)
    .sort();
}

async function tickFirst(page: Page, count: number): Promise<string[]> {
  const boxes = editableBoxes(dayChecklist(page, 1));
  await boxes.first().waitFor();
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const box = boxes.nth(index);
    await box.check();
    const id = await box.locator('xpath=ancestor::li[1]').getAttribute('data-item-id');
    if (!id) throw new Error('checklist rows carry no item id');
    ids.push(id);
  }
  return ids;
}

/** What an older browser that never saw the change would write again: the state before it. */
function replicaOf(profile: ProfileRecord, itemIds: readonly string[], at: number): SyncItems {
  const today = localDateOf(at, 'UTC');
  const progress: ProgressRecord[] = itemIds.map((itemId) => ({
    itemId,
    planId: profile.planId,
    state: 'done',
    completedAt: at,
    completedOn: today,
    updatedAt: at,
    updatedBy: 'older-browser',
  }));
  return packSyncData({ profile: syncedProfileOf(profile), progress, notes: [] }).items;
}

describe('sync keeps what the user did', () => {
  let session: WatchedSession;
  let helper: Page;

  beforeAll(async () => {
    session = await launchWatchedExtension({ timezone: 'UTC' });
    helper = await session.open('privacy.html');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('a new browser is offered the plan it finds, and never overwrites it', async () => {
    const started = addDays(localDateOf(Date.now(), 'UTC'), -10) as LocalDate;
    const theirs: SyncedProfile = {
      planId: 'plan-60',
      startDate: started,
      restDays: [],
      theme: 'system',
      language: 'java',
      onboardedAt: Date.now() - 10 * DAY_MS,
      updatedAt: Date.now() - 10 * DAY_MS,
    };
    await writeAsAnotherBrowser(
      helper,
      packSyncData({ profile: theirs, progress: [], notes: [] }).items,
    );

    const newTab = await session.open('newtab.html');
    await finishOnboarding(newTab, { planId: 'plan-20', language: 'python', sync: true });
    await syncRound(helper);
    await newTab
      .getByRole('heading', { name: 'Found your 60-day plan from another browser, on day 11' })
      .waitFor();
    const synced = await helper.evaluate(() => chrome.storage.sync.get('bp:profile'));
    expect(synced['bp:profile']).toMatchObject({ planId: 'plan-60', startDate: started });

    await newTab.getByRole('button', { name: 'Use it' }).click();
    await dayHeading(newTab)
      .filter({ hasText: /Day 11 of 60/ })
      .waitFor();
    expect(await storedRows(helper, 'profile')).toMatchObject([
      { planId: 'plan-60', startDate: started, syncEnabled: true },
    ]);
    await newTab.close();
  });

  it('a Replace import stays applied after an older browser writes its ticks again', async () => {
    const newTab = await session.open('newtab.html');
    const [first, ...others] = await tickFirst(newTab, 3);
    if (!first) throw new Error('no item ticked');
    await syncRounds(helper, 1);
    const profileBefore = (await storedRows(helper, 'profile'))[0] as ProfileRecord;
    const beforeReplace = Date.now();

    const options = await session.open('options.html');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    const backup = JSON.parse(
      await (await import('node:fs/promises')).readFile(await download.path(), 'utf8'),
    );
    backup.progress = backup.progress.filter((row: ProgressRecord) => row.itemId === first);
    await options.getByLabel('Backup file (.json)').setInputFiles({
      name: 'one-tick.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await options.getByRole('radio', { name: /^Replace/ }).check();
    await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Apply import' }).click(),
    ]);
    await options
      .getByText('A backup of your previous data was downloaded first', { exact: false })
      .waitFor();
    expect(doneIds(await storedRows(helper, 'progress'))).toEqual([first]);

    await writeAsAnotherBrowser(
      helper,
      replicaOf(profileBefore, [first, ...others], beforeReplace),
    );
    await syncRounds(helper, 3);
    expect(doneIds(await storedRows(helper, 'progress'))).toEqual([first]);
    await newTab.close();
    await options.close();
  });

  it('notes full of < > & U+2028 and emoji never keep the plan and ticks from syncing', async () => {
    const heavy = `Map<String, List<Integer>> & a\u2028b 😀 `.repeat(90);
    const today = localDateOf(Date.now(), 'UTC');
    const notes: NoteRecord[] = Array.from({ length: 20 }, (_, index) => ({
      date: addDays(today, -index),
      text: heavy,
      updatedAt: Date.now() - index,
    }));
    // Written straight into the store, as twelve days of typing would leave it.
    await helper.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('backend-path');
          open.onsuccess = () => {
            const tx = open.result.transaction('notes', 'readwrite');
            for (const row of rows) tx.objectStore('notes').put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      notes,
    );
    const status = await syncRound(helper);
    expect(status).toMatchObject({ kind: 'synced' });
    const sizes = await helper.evaluate(async () => {
      const items = await chrome.storage.sync.get(null);
      const perItem: Record<string, number> = {};
      for (const key of Object.keys(items))
        perItem[key] = await chrome.storage.sync.getBytesInUse(key);
      return { perItem, total: await chrome.storage.sync.getBytesInUse(null) };
    });
    expect(Object.keys(sizes.perItem)).toContain('bp:profile');
    expect(Object.keys(sizes.perItem).some((key) => key.startsWith('bp:p:'))).toBe(true);
    for (const bytes of Object.values(sizes.perItem)) {
      expect(bytes).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    }
    expect(sizes.total).toBeLessThanOrEqual(SYNC_QUOTA.totalBytes);

    // The options page says what happened, in words.
    const options = await session.open('options.html');
    await options.getByText(/notes are not synced; your plan and ticks are/).waitFor();
    await options.close();
  });

  it('Reset everything stays applied after an older browser writes the old plan again', async () => {
    const before = (await storedRows(helper, 'profile'))[0] as ProfileRecord;
    const ticked = doneIds(await storedRows(helper, 'progress'));
    const beforeReset = Date.now();
    const options = await session.open('options.html');
    await options.getByRole('button', { name: 'Reset everything…' }).click();
    await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Yes, delete everything' }).click(),
    ]);
    await options.getByText('Everything was reset.', { exact: false }).waitFor();
    await syncRounds(helper, 1);

    await writeAsAnotherBrowser(helper, replicaOf(before, ticked, beforeReset));
    await syncRounds(helper, 3);
    expect(await storedRows(helper, 'profile')).toEqual([]);
    expect(await storedRows(helper, 'progress')).toEqual([]);
    const newTab = await session.open('newtab.html');
    await newTab.getByRole('button', { name: 'Start my plan' }).waitFor();
    await newTab.close();
    await options.close();
  });

  it('paints the right day at once after sync moved the start date while no page was open', async () => {
    // A plan of this browser's own, synced, and no view of it open.
    const setup = await session.open('newtab.html');
    await finishOnboarding(setup, { planId: 'plan-20', language: 'python', sync: true });
    await syncRounds(helper, 1);
    await setup.close();
    const mine = (await storedRows(helper, 'profile'))[0] as ProfileRecord;
    const moved = { ...mine, startDate: addDays(mine.startDate, -4), updatedAt: Date.now() + 1 };
    await writeAsAnotherBrowser(
      helper,
      packSyncData({ profile: syncedProfileOf(moved), progress: [], notes: [] }).items,
    );
    await syncRounds(helper, 1);

    // Every heading the page ever shows, from before its own scripts run.
    const newTab = await session.open('newtab.html', {
      beforeLoad: (blank) =>
        blank.addInitScript(() => {
          const seen: string[] = [];
          Object.assign(window, { headingsSeen: seen });
          new MutationObserver(() => {
            const text = document.querySelector('[data-testid="day-heading"]')?.textContent;
            if (text && seen.at(-1) !== text) seen.push(text);
          }).observe(document, { childList: true, subtree: true, characterData: true });
        }),
    });
    await editableBoxes(dayChecklist(newTab, 5)).first().waitFor();
    const seen = await newTab.evaluate(() => Reflect.get(window, 'headingsSeen') as string[]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((text) => /Day 5 of 20/.test(text))).toBe(true);
    await newTab.close();
  });

  it('made no network requests and logged no errors', () => {
    expect(session.outgoingRequests).toEqual([]);
    expect(session.consoleErrors()).toEqual([]);
  });
});
