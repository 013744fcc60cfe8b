/**
 * The store texts in docs/store/ against the build: the short description is the manifest's,
 * the permissions justified are exactly the manifests', and the privacy policy ships as a page
 * in both extension packages and in the PWA, where it opens offline.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../scripts/lib/zip-read.mjs';
import { launchWatchedExtension } from '../support/browser/extension-steps';
import {
  type BrowserSession,
  CHROME_EXTENSION_DIR,
  guardNetwork,
  launchBrowser,
  PWA_DIR,
  requireBuild,
  type ServedSite,
  servePwa,
} from '../support/browser/harness';
import { REPO_ROOT, storePackage } from '../support/store-packages';

const FIREFOX_EXTENSION_DIR = resolve(CHROME_EXTENSION_DIR, '../firefox-mv2');
const listing = readFileSync(join(REPO_ROOT, 'docs/store/listing.md'), 'utf8');
const privacy = readFileSync(join(REPO_ROOT, 'docs/store/privacy.md'), 'utf8');
const privacyPage = readFileSync(join(REPO_ROOT, 'public/privacy.html'), 'utf8');

/** The text under `heading` up to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const level = heading.match(/^#+/)?.[0].length ?? 0;
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`no section ${heading}`);
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end === -1 ? rest : rest.slice(0, end);
}

function manifestOf(dir: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(join(requireBuild(dir, 'manifest.json'), 'manifest.json'), 'utf8'),
  );
}

const manifests = [
  ['Chrome', manifestOf(CHROME_EXTENSION_DIR)],
  ['Firefox', manifestOf(FIREFOX_EXTENSION_DIR)],
] as const;

describe('store listing texts', () => {
  it.each(manifests)(
    'short description is the %s manifest description, ≤ 132 characters',
    (_, manifest) => {
      const quoted = section(listing, '## Short description').match(/^> (.+)$/m)?.[1];
      expect(quoted).toBe(manifest.description);
      expect([...(quoted ?? '')].length).toBeLessThanOrEqual(132);
    },
  );

  it.each(manifests)(
    'justifies exactly the %s permissions, in the form and the policy',
    (_, manifest) => {
      const asked = [
        ...(manifest.permissions as string[]),
        ...(manifest.optional_permissions as string[]),
      ].sort();
      const justified = [
        ...section(listing, '### Permission justification').matchAll(/^`([a-z.]+)`/gm),
      ].map((match) => match[1]);
      const explained = [...section(privacy, '## Permissions').matchAll(/^- `([a-z.]+)`/gm)].map(
        (match) => match[1],
      );
      expect(justified.sort()).toEqual(asked);
      expect(explained.sort()).toEqual(asked);
    },
  );
});

describe('privacy page', () => {
  it.each([
    ['the Chrome build', join(CHROME_EXTENSION_DIR, 'privacy.html')],
    ['the Firefox build', join(FIREFOX_EXTENSION_DIR, 'privacy.html')],
    ['the PWA', join(PWA_DIR, 'privacy.html')],
  ])('ships in %s', (_, path) => {
    expect(readFileSync(path, 'utf8')).toBe(privacyPage);
  });

  it.each(['chrome', 'firefox'] as const)('is in the %s store zip', async (kind) => {
    const entry = (await readZip(storePackage(kind))).find((file) => file.name === 'privacy.html');
    expect(entry?.data.toString('utf8')).toBe(privacyPage);
  });

  it('opens in the extension with no request leaving the browser', async () => {
    const session = await launchWatchedExtension();
    try {
      const page = await session.open('privacy.html');
      await page.getByRole('heading', { level: 1, name: 'Backend Path privacy policy' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Permissions' }).waitFor();
      expect(session.outgoingRequests).toEqual([]);
      expect(session.consoleErrors()).toEqual([]);
    } finally {
      await session.close();
    }
  });

  describe('in the PWA', () => {
    let site: ServedSite;
    let browser: BrowserSession;

    beforeAll(async () => {
      site = await servePwa(requireBuild(PWA_DIR, 'index.html'));
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('is precached and opens offline', async () => {
      const outgoing = guardNetwork(browser.context);
      const page = await browser.context.newPage();
      await page.goto(site.url);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await browser.context.setOffline(true);
      try {
        await page.goto(new URL('privacy.html', site.url).href);
        await page
          .getByRole('heading', { level: 1, name: 'Backend Path privacy policy' })
          .waitFor();
      } finally {
        await browser.context.setOffline(false);
      }
      expect(outgoing).toEqual([]);
    });
  });
});
