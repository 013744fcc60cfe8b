/**
 * One sync round trip in real Firefox ESR, with a note full of `<`: this browser's plan and
 * note reach `storage.sync` whole, and another browser's edit of that note comes back into
 * IndexedDB. Firefox counts `storage.sync` quotas its own way; the packer must suit both.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as ExtensionApi } from 'wxt/browser';
import { packSyncData, unpackSyncItems } from '../../utils/sync/pack';
import { clickWhenShown, type FirefoxExtensionSession, launchFirefoxExtension } from './harness';

declare const browser: typeof ExtensionApi;

const NOTE = 'Map<String, List<Integer>> counts <b> & </b> as text, not markup.';

/** One background round, as the options page asks for it; resolves with its status. */
const syncRound = (page: Page) =>
  page.evaluate(() => browser.runtime.sendMessage({ type: 'sync-nudge' }) as Promise<unknown>);

const storedNotes = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ date: string; text: string }[]>((resolve, reject) => {
        const open = indexedDB.open('backend-path');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('notes').objectStore('notes').getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result);
          };
        };
      }),
  );

describe('Firefox sync', () => {
  let session: FirefoxExtensionSession;

  beforeAll(async () => {
    session = await launchFirefoxExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('carries a note with < to storage.sync and another browser’s edit back', async () => {
    const newTab = await session.open('newtab.html');
    await clickWhenShown(newTab, 'input[value="plan-20"]');
    await clickWhenShown(newTab, '::-p-text(Sync my progress)');
    await clickWhenShown(newTab, '::-p-text(Start my plan)');
    await newTab.waitForSelector('[data-testid="day-heading"]');
    // Written straight into the store, as the note box saves it.
    await newTab.evaluate(
      (text, updatedAt) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('backend-path');
          open.onsuccess = () => {
            const tx = open.result.transaction('notes', 'readwrite');
            tx.objectStore('notes').put({ date: '2030-01-01', text, updatedAt });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      NOTE,
      Date.now(),
    );

    expect(await syncRound(newTab)).toMatchObject({ kind: 'synced', notesIncluded: true });
    const synced = unpackSyncItems(await newTab.evaluate(() => browser.storage.sync.get(null)));
    expect(synced.partial).toBe(false);
    expect(synced.profile?.planId).toBe('plan-20');
    expect(synced.notes.map((entry) => entry.text)).toEqual([NOTE]);

    // Another browser edits the note a minute later and writes everything back.
    const edited = `${NOTE} <edited elsewhere>`;
    const [first] = synced.notes;
    if (!first) throw new Error('no note synced');
    const theirs = packSyncData({
      profile: synced.profile,
      progress: synced.progress,
      notes: [{ ...first, text: edited, updatedAt: first.updatedAt + 60_000 }],
    });
    await newTab.evaluate((items) => browser.storage.sync.set(items), theirs.items);
    expect(await syncRound(newTab)).toMatchObject({ kind: 'synced' });
    expect(await storedNotes(newTab)).toEqual([
      expect.objectContaining({ date: first.date, text: edited }),
    ]);
    expect(session.outgoingRequests).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
