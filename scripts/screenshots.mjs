// `npm run screenshots`: the README's pictures of the built Chrome extension, taken in
// headless Chromium from a lived-in profile (60-day plan on day 12, with some history).
// Needs `npm run build:chrome` first. Not part of the test suite.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from './lib/chromium.mjs';
import { REPO_ROOT } from './lib/steps.mjs';

const EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');
const DOCS_DIR = join(REPO_ROOT, 'docs');
const START_DATE = '2026-03-01';
const TODAY = 12;
/** A day missed and made up the day after, so the heatmap and streak show a gap. */
const MISSED_DAY = 4;

function dateOfDay(day) {
  const date = new Date(`${START_DATE}T10:00:00Z`);
  date.setUTCDate(date.getUTCDate() + day - 1);
  return date;
}

async function launch() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}. Run \`npm run build:chrome\` first.`);
  }
  const profileDir = await mkdtemp(join(tmpdir(), 'backend-path-screenshots-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: requireChromium(),
    headless: true,
    timezoneId: 'UTC',
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

async function completeShownDay(page, day) {
  await page
    .getByRole('list', { name: `Checklist for day ${day}` })
    .locator('input[type="checkbox"]:enabled')
    .first()
    .waitFor();
  await page.getByRole('button', { name: 'Mark the whole day complete' }).click();
  await page.getByRole('button', { name: 'Day complete', exact: true }).waitFor();
}

/** Ticks each earlier day on its own date, so activity lands where a real user's would. */
async function liveThroughEarlierDays(context, page, url) {
  for (let day = 1; day < TODAY; day++) {
    if (day === MISSED_DAY) continue;
    await context.clock.setFixedTime(dateOfDay(day));
    await page.goto(url('newtab.html'));
    if (day === MISSED_DAY + 1) {
      await page.getByRole('button', { name: new RegExp(`^Open day ${MISSED_DAY}:`) }).click();
      await completeShownDay(page, MISSED_DAY);
      await page.getByRole('button', { name: 'Back to today' }).click();
    }
    await completeShownDay(page, day);
  }
}

async function main() {
  await mkdir(DOCS_DIR, { recursive: true });
  const { context, url, close } = await launch();
  try {
    await context.clock.setFixedTime(dateOfDay(1));
    const page = await context.newPage();
    await page.goto(url('newtab.html'));
    await page.getByRole('radio', { name: /^60-day steady path/ }).check();
    await page.getByRole('radio', { name: 'Python', exact: true }).check();
    await page.getByLabel('Start date').fill(START_DATE);
    await page.getByRole('button', { name: 'Start my plan' }).click();
    await page.getByTestId('day-heading').waitFor();

    await liveThroughEarlierDays(context, page, url);

    await context.clock.setFixedTime(dateOfDay(TODAY));
    await page.goto(url('newtab.html'));
    const today = page.getByRole('list', { name: `Checklist for day ${TODAY}` });
    const boxes = today.locator('input[type="checkbox"]:enabled');
    await boxes.first().waitFor();
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await today.locator('li.is-done').nth(1).waitFor();

    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(DOCS_DIR, `newtab-${scheme}.png`) });
    }

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.goto(url('popup.html'));
    await popup.getByRole('list', { name: "Today's checklist" }).waitFor();
    await popup.locator('main').screenshot({ path: join(DOCS_DIR, 'popup-light.png') });

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: 'light' });
    await options.goto(url('options.html'));
    await options.getByRole('radio', { name: 'Dark' }).waitFor();
    await options.screenshot({ path: join(DOCS_DIR, 'options-light.png') });
    console.log(`Saved 4 screenshots in ${DOCS_DIR}`);
  } finally {
    await close();
  }
}

await main();
