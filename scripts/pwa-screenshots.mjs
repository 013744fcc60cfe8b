// `node scripts/pwa-screenshots.mjs`: the web manifest's two screenshots (pwa/public/
// screenshot-wide.png 1280×800, screenshot-narrow.png 390×844), taken from the built PWA
// (dist/pwa, so run `npm run build:pwa` first) on day 1 of the 20-day plan. Then rebuild the PWA.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDirectory } from '../test/bench/lib/static-server.mjs';
import { requireChromium } from './lib/chromium.mjs';
import { REPO_ROOT } from './lib/steps.mjs';

const site = await serveDirectory(join(REPO_ROOT, 'dist/pwa'));
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: ['--no-sandbox'],
});
try {
  for (const [name, viewport] of [
    ['screenshot-wide.png', { width: 1280, height: 800 }],
    ['screenshot-narrow.png', { width: 390, height: 844 }],
  ]) {
    const page = await browser.newPage({ viewport, timezoneId: 'UTC', locale: 'en-GB' });
    await page.goto(site.url);
    await page.getByRole('radio', { name: /20-day/i }).check();
    await page.getByRole('button', { name: 'Start my plan' }).click();
    await page.getByRole('heading', { level: 1, name: /^Day 1 of 20$/ }).waitFor();
    await page
      .getByRole('list', { name: /checklist for day/i })
      .getByRole('checkbox')
      .first()
      .check();
    await page.locator('.checklist li.is-done').first().waitFor();
    await page.screenshot({ path: join(REPO_ROOT, 'pwa/public', name) });
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}

// The README's picture of Send to phone (docs/handoff.png), from the same built PWA.
{
  const shotSite = await serveDirectory(join(REPO_ROOT, 'dist/pwa'));
  const shotBrowser = await chromium.launch({
    executablePath: requireChromium(),
    args: ['--no-sandbox'],
  });
  try {
    const page = await shotBrowser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(shotSite.url);
    await page.getByRole('radio', { name: /20-day/i }).check();
    await page.getByRole('button', { name: 'Start my plan' }).click();
    await page.getByRole('heading', { level: 1, name: /^Day 1 of 20$/ }).waitFor();
    await page.goto(`${shotSite.url}#/settings`);
    await page.getByRole('button', { name: 'Show the QR code' }).click();
    await page.locator('svg.qr-code').waitFor();
    await page.locator('.handoff-send').screenshot({ path: join(REPO_ROOT, 'docs/handoff.png') });
  } finally {
    await shotBrowser.close();
    await shotSite.close();
  }
}
