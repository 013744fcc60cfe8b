/**
 * Hand-off in real Chromium: the extension's Options shows the QR; the PWA receives it through
 * a fake camera (a .y4m made from the rendered QR), through the link, and through paste; a
 * tampered code changes nothing. Debian's headless Chromium has no BarcodeDetector for QR, so
 * the camera path here exercises the jsQR fallback (the test prints which decoder ran).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayChecklist,
  editableBoxes,
  finishOnboarding,
  launchWatchedExtension,
  type WatchedSession,
} from '../support/browser/extension-steps';
import {
  type BrowserSession,
  launchBrowser,
  PWA_DIR,
  requireBuild,
  type ServedSite,
  servePwa,
} from '../support/browser/harness';
import { qrVideo } from '../support/browser/qr-video';

type States = Record<string, string>;

/** Item states as IndexedDB holds them, read past Dexie. */
function storedStates(page: Page): Promise<States> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('backend-path');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('progress')) return resolve({});
          const all = db.transaction('progress').objectStore('progress').getAll();
          all.onsuccess = () => {
            const states: Record<string, string> = {};
            for (const record of all.result as { itemId: string; state: string }[])
              states[record.itemId] = record.state;
            db.close();
            resolve(states);
          };
        };
      }),
  );
}

async function applyMerge(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Ready to import the transfer code' }).waitFor();
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText('Imported the transfer code', { exact: false }).waitFor();
}

describe('hand-off between the extension and the PWA', () => {
  let extension: WatchedSession;
  let site: ServedSite;
  let code = '';
  let qr = { path: '', size: 0 };
  let laptop: States = {};

  beforeAll(async () => {
    site = await servePwa(requireBuild(PWA_DIR, 'index.html'));
    extension = await launchWatchedExtension();
    const newTab = await extension.open('newtab.html');
    await finishOnboarding(newTab, { planId: 'plan-20', language: 'python' });
    const boxes = editableBoxes(dayChecklist(newTab, 1));
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await newTab.locator('.checklist li.is-done').nth(1).waitFor();
    laptop = await storedStates(newTab);
  });

  afterAll(async () => {
    await extension?.close();
    await site?.close();
  });

  it('the extension’s Options renders the QR and the code', async () => {
    const options = await extension.open('options.html');
    await options.getByRole('button', { name: 'Show the QR code' }).click();
    const svg = options.locator('svg.qr-code');
    await svg.waitFor();
    code = await options.locator('#transfer-code').inputValue();
    expect(code).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    qr = {
      path: (await svg.locator('path').getAttribute('d')) ?? '',
      size: Number((await svg.getAttribute('viewBox'))?.split(' ')[2]),
    };
    expect(qr.path.length).toBeGreaterThan(100);
    expect(Object.values(laptop).filter((state) => state === 'done')).toHaveLength(2);
  });

  it('a PWA scans it with the camera, previews it, and merges the same states', async () => {
    const video = await qrVideo(qr.path, qr.size);
    const phone = await launchBrowser({
      args: [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      await phone.context.grantPermissions(['camera'], { origin: new URL(site.url).origin });
      const page = await phone.context.newPage();
      await page.goto(`${site.url}#/settings`);
      await page.getByRole('button', { name: 'Scan with the camera' }).click();
      await applyMerge(page);
      const native = await page.evaluate(() => 'BarcodeDetector' in window);
      console.info(`Camera decoder in this Chromium: ${native ? 'BarcodeDetector' : 'jsQR'}`);
      expect(await storedStates(page)).toEqual(laptop);
    } finally {
      await phone.close();
    }
  });

  describe('without a camera', () => {
    let phone: BrowserSession;
    let page: Page;

    beforeAll(async () => {
      phone = await launchBrowser();
      page = await phone.context.newPage();
    });
    afterAll(async () => {
      await phone?.close();
    });

    it('a tampered code shows the error and leaves the store unchanged', async () => {
      await page.goto(`${site.url}#/settings`);
      // Read only once the app has opened its store, or this read would create it empty.
      await page.locator('#receive-code').waitFor();
      const middle = Math.floor(code.length / 2);
      const tampered = `${code.slice(0, middle)}${code[middle] === 'A' ? 'B' : 'A'}${code.slice(middle + 1)}`;
      const before = await storedStates(page);
      await page.locator('#receive-code').fill(tampered);
      await page.getByRole('button', { name: 'Read the code' }).click();
      await page.getByText('damaged or incomplete', { exact: false }).waitFor();
      expect(await storedStates(page)).toEqual(before);
    });

    it('a pasted code shows the preview', async () => {
      await page.locator('#receive-code').fill(code);
      await page.getByRole('button', { name: 'Read the code' }).click();
      await page.getByRole('heading', { name: 'Ready to import the transfer code' }).waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
    });

    it('the link opens the receive preview, clears the fragment, and merges', async () => {
      await page.goto('about:blank');
      await page.goto(`${site.url}#/receive/${code}`);
      await page.getByRole('heading', { name: 'Ready to import the transfer code' }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/settings');
      await applyMerge(page);
      expect(await storedStates(page)).toEqual(laptop);
    });

    it('is installable, with screenshots and shortcuts in the manifest', async () => {
      const cdp = await phone.context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: unknown[];
      };
      expect(installabilityErrors).toEqual([]);
      const manifest = JSON.parse(await readFile(join(PWA_DIR, 'manifest.webmanifest'), 'utf8'));
      expect(manifest.screenshots.map((shot: { form_factor: string }) => shot.form_factor)).toEqual(
        ['wide', 'narrow'],
      );
      expect(manifest.shortcuts.map((entry: { name: string }) => entry.name)).toEqual([
        'Today',
        'Receive from laptop',
      ]);
      expect(manifest.id).toBeTruthy();
      expect(manifest.categories).toContain('education');
    });
  });
});
