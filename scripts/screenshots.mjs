// `npm run screenshots`: the README's pictures of the built Chrome extension and the store
// images in docs/store/images/ (1280×800 screenshots of the new tab light and dark, the popup,
// options and the PWA on a phone, and the 440×280 promo tile), taken in headless Chromium from
// a lived-in profile (60-day plan on day 12, with some history). Needs `npm run build` first.
// Not part of the test suite.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDirectory } from '../test/bench/lib/static-server.mjs';
import { requireChromium } from './lib/chromium.mjs';
import { REPO_ROOT } from './lib/steps.mjs';

const EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');
const PWA_DIR = join(REPO_ROOT, 'dist/pwa');
const DOCS_DIR = join(REPO_ROOT, 'docs');
const STORE_DIR = join(DOCS_DIR, 'store/images');
const STORE_SIZE = { width: 1280, height: 800 };
const TILE_SIZE = { width: 440, height: 280 };
/** The app's own colours (components/base.css) and the icon's (public/icon.svg). */
const COLORS = {
  page: '#f6f7f9',
  ink: '#1b1f24',
  accent: '#1f6f5c',
  tile: '#312e81',
  goal: '#fbbf24',
};
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
async function liveThroughEarlierDays(context, page, todayUrl) {
  for (let day = 1; day < TODAY; day++) {
    if (day === MISSED_DAY) continue;
    await context.clock.setFixedTime(dateOfDay(day));
    await page.goto(todayUrl);
    if (day === MISSED_DAY + 1) {
      // The whole plan waits under "More".
      await page.getByTestId('more-toggle').click();
      await page.getByRole('button', { name: new RegExp(`^Open day ${MISSED_DAY}:`) }).click();
      await completeShownDay(page, MISSED_DAY);
      await page.getByRole('button', { name: 'Back to today' }).click();
    }
    await completeShownDay(page, day);
  }
}

/** First run: the 60-day plan in Python from START_DATE, on day 1. */
async function onboard(page) {
  await page.getByRole('radio', { name: /^60-day steady path/ }).check();
  await page.getByRole('radio', { name: 'Python', exact: true }).check();
  await page.getByLabel('Start date').fill(START_DATE);
  await page.getByRole('button', { name: 'Start my plan' }).click();
  await page.getByTestId('day-heading').waitFor();
}

/** Day 12 with its first two items ticked and saved. */
async function openToday(context, page, todayUrl) {
  await context.clock.setFixedTime(dateOfDay(TODAY));
  await page.goto(todayUrl);
  const today = page.getByRole('list', { name: `Checklist for day ${TODAY}` });
  const boxes = today.locator('input[type="checkbox"]:enabled');
  await boxes.first().waitFor();
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await today.locator('li.is-done').nth(1).waitFor();
}

function dataUrl(png) {
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** Renders `body` (HTML, with the app's colours) on a blank page of `size` and saves it. */
async function compose(context, size, body, path) {
  const page = await context.newPage();
  try {
    await page.setViewportSize(size);
    await page.setContent(
      `<!doctype html><html><head><style>
        html, body { margin: 0; width: ${size.width}px; height: ${size.height}px; overflow: hidden; }
        body { font-family: system-ui, sans-serif; color: ${COLORS.ink}; background: ${COLORS.page};
          display: flex; align-items: center; justify-content: center; gap: 72px; }
        .caption { max-width: 460px; }
        .caption h1 { font-size: 44px; line-height: 1.15; margin: 0 0 16px; }
        .caption p { font-size: 22px; line-height: 1.45; margin: 0; color: #4a5260; }
        .shadow { box-shadow: 0 18px 50px rgb(0 0 0 / 0.18), 0 2px 6px rgb(0 0 0 / 0.12); }
      </style></head><body>${body}</body></html>`,
    );
    await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
    await page.screenshot({ path });
  } finally {
    await page.close();
  }
}

function caption(title, text) {
  return `<div class="caption"><h1>${title}</h1><p>${text}</p></div>`;
}

/** The PWA as a phone shows it: a 390×844 viewport at 2× in its own browser. */
async function phoneScreenshot(browser) {
  const site = await serveDirectory(PWA_DIR);
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  try {
    await phone.clock.setFixedTime(dateOfDay(1));
    const page = await phone.newPage();
    await page.goto(site.url);
    await onboard(page);
    await liveThroughEarlierDays(phone, page, site.url);
    await openToday(phone, page, site.url);
    await page.emulateMedia({ colorScheme: 'light' });
    return await page.screenshot();
  } finally {
    await phone.close();
    await site.close();
  }
}

async function storeImages(context, browser, url, newtab) {
  await mkdir(STORE_DIR, { recursive: true });
  const saved = [];
  const save = (name) => {
    const path = join(STORE_DIR, name);
    saved.push(path);
    return path;
  };

  // The lived-in new tab, live (its ticks editable, progress and streak loaded), at store size.
  await newtab.setViewportSize(STORE_SIZE);
  for (const [index, scheme] of [
    [1, 'light'],
    [2, 'dark'],
  ]) {
    await newtab.emulateMedia({ colorScheme: scheme });
    await newtab.screenshot({ path: save(`screenshot-${index}-newtab-${scheme}.png`) });
  }

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.goto(url('popup.html'));
  // The live popup (its checklist no longer busy), not the start-up shell it replaces.
  await popup.locator(`[aria-label="Today's checklist"][aria-busy="false"]`).waitFor();
  const popupPng = await popup.locator('main').screenshot();
  await compose(
    browser,
    STORE_SIZE,
    `${caption('Today, one click away', 'The toolbar button holds today’s checklist: tick an item without leaving the page you are on.')}
     <img class="shadow" style="border-radius: 12px; max-height: 700px" src="${dataUrl(popupPng)}" alt="">`,
    save('screenshot-3-popup.png'),
  );

  const options = await context.newPage();
  await options.setViewportSize(STORE_SIZE);
  await options.emulateMedia({ colorScheme: 'light' });
  await options.goto(url('options.html'));
  await options.getByRole('radio', { name: 'Dark' }).waitFor();
  // Sync as a new user finds it: off until they turn it on (docs/store/privacy.md).
  await options
    .getByRole('switch', { name: 'Sync my plan and progress through my browser account' })
    .setChecked(false);
  await options.getByText('Sync is off.', { exact: true }).waitFor();
  // From the week, theme and reminder settings down to sync and backups.
  await options.getByRole('heading', { name: 'Week, look and reminders' }).evaluate((heading) => {
    window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 24);
  });
  await options.screenshot({ path: save('screenshot-4-options.png') });

  const phonePng = await phoneScreenshot(browser);
  await compose(
    browser,
    STORE_SIZE,
    `<div style="padding: 14px; border-radius: 52px; background: #16181c;" class="shadow">
       <img style="display: block; width: 330px; border-radius: 40px" src="${dataUrl(phonePng)}" alt="">
     </div>
     ${caption('Also on your phone', 'The same plan as an installable web app that works offline. Move your progress over with a backup file.')}`,
    save('screenshot-5-pwa-phone.png'),
  );

  const icon = await readFile(join(REPO_ROOT, 'public/icon.svg'));
  await compose(
    browser,
    TILE_SIZE,
    `<div style="display: flex; align-items: center; gap: 22px; white-space: nowrap;">
       <img style="width: 104px; height: 104px" src="data:image/svg+xml;base64,${icon.toString('base64')}" alt="">
       <div>
         <div style="font-size: 34px; font-weight: 700; line-height: 1.1; color: ${COLORS.tile}">Backend Path</div>
         <div style="font-size: 18px; line-height: 1.4; margin-top: 10px; color: ${COLORS.accent}">Your back-end roadmap,<br>one day at a time</div>
       </div>
     </div>`,
    save('promo-tile-440x280.png'),
  );
  return saved;
}

async function main() {
  await mkdir(DOCS_DIR, { recursive: true });
  if (!existsSync(join(PWA_DIR, 'index.html'))) {
    throw new Error(`No PWA build at ${PWA_DIR}. Run \`npm run build\` first.`);
  }
  const { context, url, close } = await launch();
  const browser = await chromium.launch({
    executablePath: requireChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars'],
  });
  try {
    await context.clock.setFixedTime(dateOfDay(1));
    const page = await context.newPage();
    await page.goto(url('newtab.html'));
    await onboard(page);
    await liveThroughEarlierDays(context, page, url('newtab.html'));
    await openToday(context, page, url('newtab.html'));

    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(DOCS_DIR, `newtab-${scheme}.png`) });
    }
    // Everything else, one step away: "More" opened, the whole page.
    await page.getByTestId('more-toggle').click();
    await page.locator('#more-cards .progress-card').waitFor();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(DOCS_DIR, 'newtab-more-dark.png'), fullPage: true });
    await page.getByTestId('more-toggle').click();

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.goto(url('popup.html'));
    // The live popup (its checklist no longer busy), not the start-up shell it replaces.
    await popup.locator(`[aria-label="Today's checklist"][aria-busy="false"]`).waitFor();
    await popup.locator('main').screenshot({ path: join(DOCS_DIR, 'popup-light.png') });

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: 'light' });
    await options.goto(url('options.html'));
    await options.getByRole('radio', { name: 'Dark' }).waitFor();
    await options.screenshot({ path: join(DOCS_DIR, 'options-light.png') });
    console.log(`Saved 5 screenshots in ${DOCS_DIR}`);

    await page.emulateMedia({ colorScheme: 'light' });
    const store = await storeImages(context, browser, url, page);
    console.log(`Saved ${store.length} store images in ${STORE_DIR}`);
  } finally {
    await browser.close();
    await close();
  }
}

await main();
