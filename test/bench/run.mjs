// `npm run bench`: start-up timings of the new tab (warm and cold), the popup and the PWA
// (online and offline) against two blank pages shipped in the same extension: one with the app's
// stylesheet, one with no stylesheet and no script. Plus bytes loaded, a 10-year profile, and the
// store query timings. Prints markdown tables (and the targets), writes bench-results/bench.json
// and bench-results/bench.md. Figures are reported, never asserted: timings depend on the machine.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../../scripts/lib/chromium.mjs';
import { ensureBuild } from './lib/build-check.mjs';
import { extensionWorker } from './lib/extension-worker.mjs';
import { loadOnce, recordPageObservers, summarise } from './lib/measure.mjs';
import { ratiosTable, summarisePage, TARGETS, targetsTable, timesTable } from './lib/report.mjs';
import { firstPlan60Items, historyRecords, onboardDay23, writeRecords } from './lib/seed.mjs';
import { serveDirectory } from './lib/static-server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
// Measured from a copy, so a rebuild while the benchmark runs cannot pull files away.
const SNAPSHOT_DIR = mkdtempSync(join(tmpdir(), 'backend-path-bench-build-'));
const EXTENSION_DIR = join(SNAPSHOT_DIR, 'chrome-mv3');
const PWA_DIR = join(SNAPSHOT_DIR, 'pwa');
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const WARM_UP = 2;
const DONE_ITEMS = 40;
const APP_MARKS = ['task-visible', 'checklist-ready', 'checklist-editable'];
const BLANK = 'blank page (app CSS)';
const TRULY_BLANK = 'truly blank page';

async function launch() {
  const profileDir = await mkdtemp(join(tmpdir(), 'backend-path-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: requireChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    }));
  await recordPageObservers(context);
  const extensionId = new URL(worker.url()).host;
  // The context's first tab (about:blank) hosts the CDP session that stops and starts the worker.
  const control = context.pages()[0] ?? (await context.newPage());
  const workers = await extensionWorker(context, control, { extensionId, profileDir });
  return {
    context,
    workers,
    base: `chrome-extension://${extensionId}/`,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Onboards on `url` through the form, then writes the done items (and any history). */
async function seed(context, url, records) {
  const page = await context.newPage();
  await page.goto(url);
  await onboardDay23(page);
  const written = await writeRecords(page, records);
  await page.close();
  return written;
}

/** Interleaves fresh-tab loads of every page, round by round, after a warm-up. */
async function measurePages(context, pages) {
  const loads = Object.fromEntries(pages.map((p) => [p.name, []]));
  for (let round = 0; round < WARM_UP + LOADS; round += 1) {
    for (const page of pages) {
      const startedAt = Date.now();
      const state = (await page.before?.()) ?? null;
      const openedAt = Date.now();
      try {
        const load = await loadOnce(context, page.url, { marks: page.marks });
        if (process.env.BENCH_DEBUG)
          console.log(
            `${page.name}: before ${openedAt - startedAt} ms, load ${Date.now() - openedAt} ms`,
            state,
          );
        if (round >= WARM_UP) loads[page.name].push({ ...load, state });
      } finally {
        await page.after?.();
      }
    }
  }
  return loads;
}

/** The two floors every figure is divided by: each blank page's median FCP in this session. */
function floorsOf(loads) {
  const fcp = (name) => summarise(loads[name].map((l) => l.fcp))?.median ?? null;
  return { blank: fcp(BLANK), trulyBlank: fcp(TRULY_BLANK) };
}

/** Extension pages, all measured warm unless `state` says cold. */
function extensionPages(base, workers, list) {
  return list.map(({ name, file, marks = APP_MARKS, state = 'warm' }) => ({
    name,
    url: `${base}${file}`,
    dir: EXTENSION_DIR,
    marks,
    state,
    before: state === 'cold' ? () => workers.cold() : () => workers.warm(),
  }));
}

function storeTimings() {
  const result = spawnSync('npx', ['vitest', 'run', '--config', 'test/bench/store.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const file = join(ROOT, 'bench-results/store.json');
  if (result.status !== 0 || !existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function main() {
  ensureBuild(ROOT);
  cpSync(join(ROOT, '.output/chrome-mv3'), EXTENSION_DIR, { recursive: true });
  cpSync(join(ROOT, 'dist/pwa'), PWA_DIR, { recursive: true });
  const doneIds = firstPlan60Items(ROOT, DONE_ITEMS);
  const site = await serveDirectory(PWA_DIR);
  const session = await launch();
  const results = { machine: { loads: LOADS, warmUp: WARM_UP }, targets: TARGETS };
  try {
    const { context, base, workers } = session;
    await seed(context, `${base}newtab.html`, historyRecords(doneIds, { years: 0 }));
    await seed(context, site.url, historyRecords(doneIds, { years: 0 }));
    // The offline loads need the service worker to have precached the app.
    const warm = await context.newPage();
    await warm.goto(site.url);
    await warm.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await warm.close();

    // Cold loads come last in each round: the next round's first load starts the worker again.
    const pages = [
      ...extensionPages(base, workers, [
        { name: BLANK, file: 'bench-blank.html', marks: [] },
        { name: TRULY_BLANK, file: 'bench-truly-blank.html', marks: [] },
        { name: 'new tab (warm)', file: 'newtab.html' },
        { name: 'popup (opened as a tab, warm)', file: 'popup.html' },
      ]),
      // The extension's worker runs during the PWA loads too: setOffline also reaches every
      // worker the driver knows, and waits on a stopped one for most of a minute.
      {
        name: 'PWA online',
        url: site.url,
        dir: PWA_DIR,
        marks: APP_MARKS,
        before: () => workers.warm(),
      },
      {
        name: 'PWA offline',
        url: site.url,
        dir: PWA_DIR,
        marks: APP_MARKS,
        before: async () => {
          await workers.warm();
          await context.setOffline(true);
        },
        after: () => context.setOffline(false),
      },
      ...extensionPages(base, workers, [
        { name: 'new tab (cold)', file: 'newtab.html', state: 'cold' },
        {
          name: 'truly blank page (cold)',
          file: 'bench-truly-blank.html',
          marks: [],
          state: 'cold',
        },
      ]),
    ];
    const loads = await measurePages(context, pages);
    const floors = floorsOf(loads);
    results.floors = floors;
    results.pages = pages.map((p) => summarisePage(p, loads[p.name], floors));
  } finally {
    await session.close();
    await site.close();
  }

  const history = await launch();
  try {
    const { context, base, workers } = history;
    const written = await seed(
      context,
      `${base}newtab.html`,
      historyRecords(doneIds, { years: 10 }),
    );
    const pages = extensionPages(base, workers, [
      { name: BLANK, file: 'bench-blank.html', marks: [] },
      { name: TRULY_BLANK, file: 'bench-truly-blank.html', marks: [] },
      { name: 'new tab, 10-year profile (warm)', file: 'newtab.html' },
    ]);
    const loads = await measurePages(context, pages);
    const floors = floorsOf(loads);
    const row = summarisePage(pages[2], loads[pages[2].name], floors);
    const fresh = results.pages.find((p) => p.page === 'new tab (warm)');
    const change = (key) =>
      row.ratios.blank[key] && fresh?.ratios.blank[key]
        ? row.ratios.blank[key] / fresh.ratios.blank[key] - 1
        : null;
    results.tenYearProfile = {
      progressRecords: written,
      notes: 3_650,
      ...row,
      vsFresh: {
        taskVisible: change('taskVisible'),
        checklistReady: change('checklistReady'),
        checklistEditable: change('checklistEditable'),
        lcp: change('lcp'),
      },
    };
  } finally {
    await history.close();
  }

  results.store = storeTimings();

  const rows = [...results.pages, results.tenYearProfile];
  const byName = (name) => results.pages.find((p) => p.page === name);
  const t = results.tenYearProfile;
  const pct = (v) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);
  const floorMs = (f) =>
    `${f.blank?.toFixed(0)} ms (app CSS) and ${f.trulyBlank?.toFixed(0)} ms (truly blank)`;
  const newTabCold = byName('new tab (cold)');
  const cold = newTabCold.extensionProcessesAtOpen;
  const coldFloor = byName('truly blank page (cold)').fcp?.median ?? null;
  const overColdFloor = ['fcp', 'taskVisible', 'checklistReady', 'checklistEditable', 'lcp']
    .map((f) =>
      newTabCold[f] && coldFloor ? `${(newTabCold[f].median / coldFloor).toFixed(2)}×` : '–',
    )
    .join(' / ');
  const markdown = [
    `Fresh-tab loads: ${LOADS} per page after ${WARM_UP} warm-up rounds, interleaved. Times in ms: median (min–max).`,
    `Blank-page FCP medians: ${floorMs(results.floors)}; in the 10-year session ${floorMs(t.floors)}.`,
    `Cold loads with no extension process at open: ${cold.zero}/${newTabCold.loads} (worker stopped: ${cold.workerStoppedAtOpen}, process count unknown: ${cold.unknown}).`,
    '',
    timesTable(rows),
    '',
    "Ratios: each figure's median over the median FCP of the blank page in the same session.",
    '',
    ratiosTable(rows),
    '',
    `Cold new tab over the cold truly blank page's FCP (${coldFloor?.toFixed(0)} ms), FCP / task / ready / editable / LCP: ${overColdFloor}.`,
    '',
    `10-year profile (${t.progressRecords} progress records, ${t.notes} notes) vs fresh, as ratios to each session's blank page: task-visible ${pct(t.vsFresh.taskVisible)}, checklist-ready ${pct(t.vsFresh.checklistReady)}, checklist-editable ${pct(t.vsFresh.checklistEditable)}, LCP ${pct(t.vsFresh.lcp)}`,
    '',
    targetsTable({
      newTab: byName('new tab (warm)'),
      newTabCold: byName('new tab (cold)'),
      popup: byName('popup (opened as a tab, warm)'),
      pwaOnline: byName('PWA online'),
      pwaOffline: byName('PWA offline'),
    }),
  ].join('\n');
  console.log(`\n${markdown}`);
  if (results.store)
    console.log(`\nStore timings: ${results.store.engine}, see bench-results/store.json`);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench-results/bench.md'), `${markdown}\n`);
  console.log('wrote bench-results/bench.json and bench-results/bench.md');
}

try {
  await main();
} finally {
  rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
}
