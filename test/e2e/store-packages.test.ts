/**
 * The Chrome Web Store package as a reviewer gets it: `.output/backend-path-<version>-chrome.zip`
 * unpacked into a fresh folder, loaded in Chromium, onboarded, and the new tab shows a day.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayChecklist,
  dayHeading,
  editableBoxes,
  finishOnboarding,
  focusArea,
  launchWatchedExtension,
  type WatchedSession,
} from '../support/browser/extension-steps';
import { EXTENSION_ID } from '../support/browser/harness';
import { filesUnder, REPO_ROOT, type Unpacked, unpack, VERSION } from '../support/store-packages';

describe('Chrome Web Store zip', () => {
  let unpacked: Unpacked;
  let session: WatchedSession;

  beforeAll(async () => {
    unpacked = await unpack('chrome');
    session = await launchWatchedExtension({ extensionDir: unpacked.dir });
  });

  afterAll(async () => {
    await session?.close();
    await unpacked?.remove();
  });

  it('is the store build: manifest at the root, this version, no key', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked.dir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(VERSION);
    expect(manifest).not.toHaveProperty('key');
    // Without the key, Chromium derives the id from the folder, not the pinned one.
    expect(session.extensionId).not.toBe(EXTENSION_ID);
    expect(unpacked.entries.map((entry) => entry.name).sort()).toEqual(
      filesUnder(join(REPO_ROOT, '.output/chrome-mv3-store')),
    );
  });

  it('onboards on the new tab and shows day 1 with its checklist', async () => {
    const page = await session.open('newtab.html');
    await finishOnboarding(page, { planId: 'plan-20', language: 'python' });
    expect(await dayHeading(page).textContent()).toMatch(/Day 1 of 20/);
    expect(await focusArea(page).textContent()).toBe('Programming Fundamentals');
    const boxes = editableBoxes(dayChecklist(page, 1));
    await boxes.first().check();
    await dayChecklist(page, 1).locator('li.is-done').first().waitFor();
    expect(await boxes.count()).toBeGreaterThan(1);

    await page.reload();
    await editableBoxes(dayChecklist(page, 1)).first().waitFor();
    expect(await editableBoxes(dayChecklist(page, 1)).first().isChecked()).toBe(true);
    expect(session.outgoingRequests).toEqual([]);
    expect(session.consoleErrors()).toEqual([]);
  });
});
