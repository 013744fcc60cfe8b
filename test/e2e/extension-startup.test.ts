/**
 * The start-up path in the real extension: a tick made on the first paint, before the live
 * page can take it, is written once the store is ready, exactly once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayChecklist,
  editableBoxes,
  finishOnboarding,
  launchWatchedExtension,
  type WatchedSession,
} from '../support/browser/extension-steps';

interface StoredTick {
  readonly state: string;
  readonly activity: number;
}

/** Holds a write lock on the profile store, so the live page waits for its profile. */
function holdProfileLock(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((locked, failed) => {
        const request = indexedDB.open('backend-path');
        request.onerror = () => failed(request.error);
        request.onsuccess = () => {
          const store = request.result.transaction('profile', 'readwrite').objectStore('profile');
          const flags = globalThis as { releaseProfileLock?: boolean };
          const spin = () => {
            if (!flags.releaseProfileLock) store.get('profile').onsuccess = spin;
          };
          spin();
          locked();
        };
      }),
  );
}

function storedTick(page: Page, itemId: string, date: string): Promise<StoredTick | null> {
  return page.evaluate(
    ([id, day]) =>
      new Promise<StoredTick | null>((resolve, failed) => {
        const request = indexedDB.open('backend-path');
        request.onerror = () => failed(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['progress', 'activity'], 'readonly');
          const progress = tx.objectStore('progress').get(id);
          const activity = tx.objectStore('activity').get(day);
          tx.oncomplete = () => {
            db.close();
            const record = progress.result as { state: string } | undefined;
            const count = (activity.result as { count: number } | undefined)?.count ?? 0;
            resolve(record ? { state: record.state, activity: count } : null);
          };
        };
      }),
    [itemId, date] as const,
  );
}

describe('the start-up path', () => {
  let session: WatchedSession;

  beforeAll(async () => {
    session = await launchWatchedExtension({ timezone: 'UTC' });
    await session.context.clock.setFixedTime(new Date('2026-03-12T09:00:00Z'));
    const first = await session.open('newtab.html');
    await finishOnboarding(first, { planId: 'plan-20', language: 'python' });
    await editableBoxes(dayChecklist(first, 1)).first().waitFor();
    await first.close();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('writes a tick made before the store was ready, exactly once', async () => {
    const locker = await session.open('bench-blank.html');
    await holdProfileLock(locker);

    const newTab = await session.open('newtab.html');
    const checklist = dayChecklist(newTab, 1);
    const firstRow = checklist.locator('li').first();
    const itemId = await firstRow.getAttribute('data-item-id');
    if (!itemId) throw new Error('checklist rows carry no item id');
    // Still the start-up path: the live checklist is not there yet, but the box takes a click.
    expect(await checklist.getAttribute('aria-busy')).toBe('true');
    await firstRow.locator('input[type="checkbox"]').check();
    expect(await firstRow.locator('input[type="checkbox"]').isChecked()).toBe(true);
    expect(await storedTick(locker, itemId, '2026-03-12')).toBeNull();

    await locker.evaluate(() => {
      (globalThis as { releaseProfileLock?: boolean }).releaseProfileLock = true;
    });
    await editableBoxes(checklist).first().waitFor();
    await expect
      .poll(() => storedTick(locker, itemId, '2026-03-12'))
      .toEqual({
        state: 'done',
        activity: 1,
      });
    expect(await firstRow.locator('input[type="checkbox"]').isChecked()).toBe(true);

    await newTab.reload();
    await editableBoxes(checklist).first().waitFor();
    expect(await firstRow.locator('input[type="checkbox"]').isChecked()).toBe(true);
    expect(await storedTick(locker, itemId, '2026-03-12')).toEqual({ state: 'done', activity: 1 });
    expect({ requests: session.outgoingRequests, errors: session.consoleErrors() }).toEqual({
      requests: [],
      errors: [],
    });
  });
});
