// `npm run bench`: start-up timings of the new tab against a blank page shipped in the same
// extension, plus the popup and the PWA (online and offline), bytes loaded, a 10-year profile,
// and the store query timings. Prints a table and writes bench-results/bench.json.
// Figures are reported, never asserted: timings depend on the machine.
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
import { bytesOf, loadOnce, recordLayoutShifts, summarise } from './lib/measure.mjs';
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
const TARGETS = {
  taskVisible: 1.15,
  checklistReady: 1.35,
  jsBeforeTaskGzip: 15_360,
  jsGzip: 46_080,
};

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
  await recordLayoutShifts(context);
  return {
    context,
    base: `chrome-extension://${new URL(worker.url()).host}/`,
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
      await page.before?.();
      try {
        const load = await loadOnce(context, page.url, { marks: page.marks });
        if (round >= WARM_UP) loads[page.name].push(load);
      } finally {
        await page.after?.();
      }
    }
  }
  return loads;
}

function report(name, pageLoads, dir, blankFcp) {
  const ratio = (stat) => (stat && blankFcp ? stat.median / blankFcp : null);
  const fcp = summarise(pageLoads.map((l) => l.fcp));
  const taskVisible = summarise(pageLoads.map((l) => l.taskVisible));
  const checklistReady = summarise(pageLoads.map((l) => l.checklistReady));
  const checklistEditable = summarise(pageLoads.map((l) => l.checklistEditable));
  const first = pageLoads[0];
  return {
    page: name,
    loads: pageLoads.length,
    fcp,
    dcl: summarise(pageLoads.map((l) => l.dcl)),
    taskVisible,
    checklistReady,
    checklistEditable,
    layoutShift: summarise(pageLoads.map((l) => l.layoutShift)),
    ratioToBlankFcp: {
      fcp: ratio(fcp),
      taskVisible: ratio(taskVisible),
      checklistReady: ratio(checklistReady),
      checklistEditable: ratio(checklistEditable),
    },
    bytes: first ? bytesOf(dir, first) : null,
  };
}

const ms = (stat) =>
  stat ? `${stat.median.toFixed(1)} (${stat.min.toFixed(0)}–${stat.max.toFixed(0)})` : '–';
const times = (value) => (value === null ? '–' : `${value.toFixed(2)}×`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;

function printTable(rows) {
  const header = [
    'page'.padEnd(22),
    'FCP ms'.padEnd(18),
    'task-visible ms'.padEnd(18),
    'checklist-ready ms'.padEnd(19),
    'editable ms'.padEnd(18),
    '×FCP/task/ready/edit'.padEnd(28),
    'CLS'.padEnd(6),
    'JS KB gz (before task)'.padEnd(23),
    'CSS KB gz',
  ].join(' ');
  console.log(header);
  for (const r of rows) {
    const b = r.bytes;
    console.log(
      [
        r.page.padEnd(22),
        ms(r.fcp).padEnd(18),
        ms(r.taskVisible).padEnd(18),
        ms(r.checklistReady).padEnd(19),
        ms(r.checklistEditable).padEnd(18),
        `${times(r.ratioToBlankFcp.fcp)} ${times(r.ratioToBlankFcp.taskVisible)} ${times(r.ratioToBlankFcp.checklistReady)} ${times(r.ratioToBlankFcp.checklistEditable)}`.padEnd(
          28,
        ),
        (r.layoutShift ? r.layoutShift.max.toFixed(3) : '–').padEnd(6),
        (b ? `${kb(b.js.gzip)} (${kb(b.jsBeforeTask.gzip)})` : '–').padEnd(23),
        b ? kb(b.css.gzip) : '–',
      ].join(' '),
    );
  }
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
    const { context, base } = session;
    await seed(context, `${base}newtab.html`, historyRecords(doneIds, { years: 0 }));
    await seed(context, site.url, historyRecords(doneIds, { years: 0 }));
    // The offline loads need the service worker to have precached the app.
    const warm = await context.newPage();
    await warm.goto(site.url);
    await warm.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await warm.close();

    const pages = [
      { name: 'blank page (floor)', url: `${base}bench-blank.html`, dir: EXTENSION_DIR, marks: [] },
      {
        name: 'new tab',
        url: `${base}newtab.html`,
        dir: EXTENSION_DIR,
        marks: APP_MARKS,
      },
      {
        name: 'popup (in a tab)',
        url: `${base}popup.html`,
        dir: EXTENSION_DIR,
        marks: APP_MARKS,
      },
      {
        name: 'PWA online',
        url: site.url,
        dir: PWA_DIR,
        marks: APP_MARKS,
      },
      {
        name: 'PWA offline',
        url: site.url,
        dir: PWA_DIR,
        marks: APP_MARKS,
        before: () => context.setOffline(true),
        after: () => context.setOffline(false),
      },
    ];
    const loads = await measurePages(context, pages);
    const blankFcp = summarise(loads['blank page (floor)'].map((l) => l.fcp))?.median ?? null;
    results.pages = pages.map((p) => report(p.name, loads[p.name], p.dir, blankFcp));
  } finally {
    await session.close();
    await site.close();
  }

  const history = await launch();
  try {
    const { context, base } = history;
    const written = await seed(
      context,
      `${base}newtab.html`,
      historyRecords(doneIds, { years: 10 }),
    );
    const pages = [
      { name: 'blank page (floor)', url: `${base}bench-blank.html`, marks: [] },
      {
        name: 'new tab, 10-year profile',
        url: `${base}newtab.html`,
        marks: APP_MARKS,
      },
    ];
    const loads = await measurePages(context, pages);
    const blankFcp = summarise(loads['blank page (floor)'].map((l) => l.fcp))?.median ?? null;
    const row = report(pages[1].name, loads[pages[1].name], EXTENSION_DIR, blankFcp);
    const fresh = results.pages.find((p) => p.page === 'new tab');
    const change = (key) =>
      row[key] && fresh?.[key] ? row.ratioToBlankFcp[key] / fresh.ratioToBlankFcp[key] - 1 : null;
    results.tenYearProfile = {
      progressRecords: written,
      notes: 3_650,
      blankFcp,
      ...row,
      vsFresh: {
        taskVisible: change('taskVisible'),
        checklistReady: change('checklistReady'),
        checklistEditable: change('checklistEditable'),
      },
    };
  } finally {
    await history.close();
  }

  results.store = storeTimings();

  console.log(
    `\nFresh-tab loads: ${LOADS} per page after ${WARM_UP} warm-up rounds, interleaved. Times in ms: median (min–max).`,
  );
  printTable([...results.pages, results.tenYearProfile]);
  const t = results.tenYearProfile;
  const pct = (v) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);
  console.log(
    `10-year profile (${t.progressRecords} progress records, ${t.notes} notes) vs fresh, as ratios to each run's blank page: task-visible ${pct(t.vsFresh.taskVisible)}, checklist-ready ${pct(t.vsFresh.checklistReady)}, checklist-editable ${pct(t.vsFresh.checklistEditable)}`,
  );
  if (results.store)
    console.log(`Store timings: ${results.store.engine}, see bench-results/store.json`);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote bench-results/bench.json');
}

try {
  await main();
} finally {
  rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
}
