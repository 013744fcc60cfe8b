import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_EXTENSION_DIR,
  collectConsoleErrors,
  EXTENSION_ID,
  type ExtensionSession,
  guardNetwork,
  launchExtension,
} from '../support/browser/harness';

describe('built Chrome extension', () => {
  let session: ExtensionSession;
  let outgoingRequests: string[];
  const consoleErrors: string[] = [];

  async function open(path: string): Promise<Page> {
    const page = await session.openPage(path);
    consoleErrors.push(...collectConsoleErrors(page));
    return page;
  }

  beforeAll(async () => {
    session = await launchExtension();
    outgoingRequests = guardNetwork(session.context);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('loads with the id pinned by its key', () => {
    expect(session.extensionId).toBe(EXTENSION_ID);
  });

  // A fresh profile: each page shows its first-run content, never the storage error panel.
  it.each([
    ['newtab.html', 'Become a back-end developer, one day at a time'],
    ['popup.html', 'Welcome to Backend Path'],
    ['options.html', 'No plan chosen yet'],
  ])('renders %s with its first-run content', async (path, heading) => {
    const page = await open(path);
    await page.getByRole('heading', { name: heading }).waitFor({ state: 'visible' });
    expect(await page.locator('.error-panel').count()).toBe(0);
    await page.close();
  });

  it('replaces the browser new-tab page', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://newtab');
    expect(page.url()).toBe(`chrome-extension://${EXTENSION_ID}/newtab.html`);
    await page.locator('main').first().waitFor({ state: 'visible' });
    await page.close();
  });

  it('asks only for storage and alarms, notifications on demand, and keeps the default CSP', async () => {
    const manifest: Record<string, unknown> = JSON.parse(
      await readFile(join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8'),
    );
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest).not.toHaveProperty('content_security_policy');
  });

  it('made no network requests and logged no errors', () => {
    expect(outgoingRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
