// One fresh-tab load and what it cost: paint timings, the app's marks, layout shift, bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Added before any page script runs, so shifts from the very first frame are counted, and the
// largest contentful paint is described when it is reported (the shell's nodes may be gone later).
const PAGE_OBSERVERS = `(() => {
  window.__benchLayoutShift = 0;
  window.__benchLcp = null;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__benchLayoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const element = entry.element;
        window.__benchLcp = {
          time: entry.startTime,
          size: entry.size,
          element: element
            ? element.localName + (element.classList.length ? '.' + [...element.classList].join('.') : '')
            : null,
          inDayCard: Boolean(element && element.closest('.day-card')),
          text: element ? (element.textContent || '').trim().slice(0, 40) : null,
        };
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
})();`;

export async function recordPageObservers(context) {
  await context.addInitScript(PAGE_OBSERVERS);
}

/** Opens `url` in a new tab, waits for the marks it should reach, and reads the timings. */
export async function loadOnce(context, url, { marks = [] } = {}) {
  const page = await context.newPage();
  const requested = [];
  page.on('request', (request) => requested.push({ name: request.url(), at: Date.now() }));
  const openedAt = Date.now();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (names) =>
        performance.getEntriesByName('first-contentful-paint').length > 0 &&
        window.__benchLcp !== null &&
        names.every((name) => performance.getEntriesByName(name).length > 0),
      marks,
      { timeout: 15_000 },
    );
    // Let a late shift (e.g. the ticks arriving) or a later, larger paint land before reading.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
    );
    const timings = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        fcp: at('first-contentful-paint'),
        dcl: navigation?.domContentLoadedEventEnd ?? null,
        taskVisible: at('task-visible'),
        checklistReady: at('checklist-ready'),
        checklistEditable: at('checklist-editable'),
        layoutShift: window.__benchLayoutShift ?? null,
        lcp: window.__benchLcp?.time ?? null,
        lcpElement: window.__benchLcp
          ? {
              element: window.__benchLcp.element,
              inDayCard: window.__benchLcp.inDayCard,
              text: window.__benchLcp.text,
              size: window.__benchLcp.size,
            }
          : null,
        navigationStart: performance.timeOrigin,
      };
    });
    // Request times from the driver are wall-clock; the page's marks are relative to timeOrigin.
    const resources = requested.map((r) => ({
      name: r.name,
      start: r.at - timings.navigationStart,
    }));
    return { ...timings, openedAt, resources };
  } finally {
    await page.close();
  }
}

function sizesOf(dir, urls) {
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const contents = readFileSync(join(dir, new URL(url).pathname));
    raw += contents.length;
    gzip += gzipSync(contents, { level: 9 }).length;
  }
  return { files: urls.length, raw, gzip };
}

/** JS a page runs before anything async: its HTML's scripts and preloads and their static imports. */
export function startupScripts(dir, htmlFile) {
  const html = readFileSync(join(dir, htmlFile), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map(
    (m) => new URL(m[1], `file:///${htmlFile}`).pathname,
  );
  const seen = new Set();
  while (pending.length > 0) {
    const path = pending.pop();
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(dir, path), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      pending.push(new URL(m[1], `file://${path}`).pathname);
    }
  }
  return [...seen];
}

/** JS and CSS the page fetched, measured from the built files (raw and gzip). */
export function bytesOf(dir, load) {
  const paths = [...new Set(load.resources.map((r) => new URL(r.name).pathname))];
  const htmlPath = new URL(load.resources[0]?.name ?? 'file:///index.html').pathname;
  const htmlFile = htmlPath.endsWith('/') ? 'index.html' : htmlPath.slice(1);
  const asUrls = (list) => list.map((path) => `file://${path}`);
  return {
    js: sizesOf(dir, asUrls(paths.filter((path) => path.endsWith('.js') && path !== '/sw.js'))),
    css: sizesOf(dir, asUrls(paths.filter((path) => path.endsWith('.css')))),
    jsBeforeTask: sizesOf(dir, asUrls(startupScripts(dir, htmlFile))),
  };
}

export function summarise(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = sorted.length / 2;
  const median =
    ((sorted[Math.floor(middle - 0.5)] ?? 0) + (sorted[Math.ceil(middle - 0.5)] ?? 0)) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}
