// Turns the loads of each page into summaries, ratios to both blank pages, and the printed
// tables (markdown, ready for the README), including the issue's targets.
import { bytesOf, summarise } from './measure.mjs';

export const FIGURES = ['fcp', 'taskVisible', 'checklistReady', 'checklistEditable', 'lcp'];
const KB = 1024;

/** The issue's targets. Ratios are to the blank page with the app's stylesheet unless named. */
export const TARGETS = {
  pwaFcp: { ratio: 1.3, floor: 'blank', pages: 'PWA online and offline' },
  pwaChecklistReady: { ratio: 1.6, floor: 'blank', pages: 'PWA online and offline' },
  pwaJsBeforeTaskGzip: { bytes: 15 * KB },
  popupNotAboveNewTab: { figures: 'every figure', than: 'new tab (warm)' },
  newTabChecklistEditable: { ratio: 1.8, floor: 'blank' },
  newTabJsGzip: { bytes: 65 * KB },
  newTabFcpVsTrulyBlank: { ratio: 1.3, floor: 'trulyBlank' },
  lcp: { element: 'inside .day-card', ratio: 1.3, floor: 'blank', page: 'new tab (warm)' },
};

/** The most frequent LCP element over the loads, and how many loads it was. */
function lcpElementOf(loads) {
  const counts = new Map();
  for (const load of loads) {
    const key = load.lcpElement ? JSON.stringify(load.lcpElement) : 'null';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['null', 0];
  const found = JSON.parse(key);
  return found && { ...found, loads: count, of: loads.length, variants: counts.size };
}

/** `floors`: median FCP of each blank page measured in the same browser session. */
export function summarisePage(page, loads, floors) {
  const row = { page: page.name, state: page.state ?? null, loads: loads.length };
  for (const figure of FIGURES) row[figure] = summarise(loads.map((l) => l[figure]));
  row.dcl = summarise(loads.map((l) => l.dcl));
  row.layoutShift = summarise(loads.map((l) => l.layoutShift));
  row.lcpElement = lcpElementOf(loads);
  row.floors = floors;
  row.ratios = {};
  for (const [floor, fcp] of Object.entries(floors)) {
    row.ratios[floor] = Object.fromEntries(
      FIGURES.map((figure) => [figure, row[figure] && fcp ? row[figure].median / fcp : null]),
    );
  }
  if (page.state) {
    const counts = loads.map((l) => l.state?.extensionProcesses ?? null);
    row.extensionProcessesAtOpen = {
      zero: counts.filter((n) => n === 0).length,
      some: counts.filter((n) => typeof n === 'number' && n > 0).length,
      unknown: counts.filter((n) => n === null).length,
      workerStoppedAtOpen: loads.filter((l) => l.state?.worker === 'stopped').length,
    };
  }
  row.bytes = loads[0] ? bytesOf(page.dir, loads[0]) : null;
  return row;
}

const ms = (stat) =>
  stat ? `${stat.median.toFixed(0)} (${stat.min.toFixed(0)}–${stat.max.toFixed(0)})` : '–';
const times = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(2)}×`);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ratioList = (ratios) => FIGURES.map((f) => times(ratios?.[f])).join(' / ');

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function lcpLabel(row) {
  const e = row.lcpElement;
  if (!e) return '–';
  const where = e.inDayCard ? ', in the day card' : '';
  const share = e.loads === e.of ? '' : ` (${e.loads}/${e.of} loads)`;
  return `\`${e.element}\`${where} “${e.text}”${share}`;
}

export function timesTable(rows) {
  return table(
    [
      'Page (median, min–max, ms)',
      'FCP',
      '`task-visible`',
      '`checklist-ready`',
      '`checklist-editable`',
      'LCP',
      'CLS (max)',
      'JS gzip, all (before task)',
    ],
    rows.map((r) => [
      r.page,
      ms(r.fcp),
      ms(r.taskVisible),
      ms(r.checklistReady),
      ms(r.checklistEditable),
      ms(r.lcp),
      r.layoutShift ? r.layoutShift.max.toFixed(3) : '–',
      r.bytes ? `${kb(r.bytes.js.gzip)} (${kb(r.bytes.jsBeforeTask.gzip)})` : '–',
    ]),
  );
}

export function ratiosTable(rows) {
  return table(
    [
      'Page',
      '× blank FCP (FCP / task / ready / editable / LCP)',
      '× truly blank FCP (same)',
      'LCP element',
    ],
    rows.map((r) => [
      r.page,
      ratioList(r.ratios.blank),
      ratioList(r.ratios.trulyBlank),
      lcpLabel(r),
    ]),
  );
}

const mark = (met) => (met === null ? '–' : met ? 'met' : '**missed**');
const atMost = (value, limit) => (value === null || value === undefined ? null : value <= limit);
const both = (a, b) => (a === null || b === null ? null : a && b);

/** `pages`: the summaries by role: newTab, newTabCold, popup, pwaOnline, pwaOffline. */
export function targetsTable({ newTab, newTabCold, popup, pwaOnline, pwaOffline }) {
  const t = TARGETS;
  const rows = [];
  const ratio = (row, floor, figure) => row?.ratios[floor]?.[figure] ?? null;
  const pair = (floor, figure, limit) => {
    const on = ratio(pwaOnline, floor, figure);
    const off = ratio(pwaOffline, floor, figure);
    return [`${times(on)} / ${times(off)}`, both(atMost(on, limit), atMost(off, limit))];
  };
  const cold = (floor, figure) => `(cold: ${times(ratio(newTabCold, floor, figure))})`;

  let [now, met] = pair('blank', 'fcp', t.pwaFcp.ratio);
  rows.push(['PWA FCP (online / offline)', `≤ ${times(t.pwaFcp.ratio)} blank`, now, mark(met)]);
  [now, met] = pair('blank', 'checklistReady', t.pwaChecklistReady.ratio);
  rows.push([
    'PWA `checklist-ready` (online / offline)',
    `≤ ${times(t.pwaChecklistReady.ratio)} blank`,
    now,
    mark(met),
  ]);
  const pwaBefore = pwaOnline?.bytes?.jsBeforeTask.gzip ?? null;
  rows.push([
    'PWA JS before the task',
    `≤ ${kb(t.pwaJsBeforeTaskGzip.bytes)} gzip`,
    pwaBefore === null ? '–' : kb(pwaBefore),
    mark(atMost(pwaBefore, t.pwaJsBeforeTaskGzip.bytes)),
  ]);

  const popupFigures = [
    ...FIGURES.map((f) => [f, popup?.[f]?.median, newTab?.[f]?.median, (v) => `${v.toFixed(0)}`]),
    ['CLS', popup?.layoutShift?.max, newTab?.layoutShift?.max, (v) => v.toFixed(3)],
    ['JS all', popup?.bytes?.js.gzip, newTab?.bytes?.js.gzip, kb],
    ['JS before task', popup?.bytes?.jsBeforeTask.gzip, newTab?.bytes?.jsBeforeTask.gzip, kb],
  ];
  const above = popupFigures.filter(([, p, n]) => p > n);
  rows.push([
    'Popup: every figure ≤ the new tab’s (warm)',
    'each ≤',
    above.length === 0
      ? 'all ≤'
      : `above: ${above.map(([name, p, n, f]) => `${name} ${f(p)} vs ${f(n)}`).join('; ')}`,
    mark(popup && newTab ? above.length === 0 : null),
  ]);

  const editable = ratio(newTab, 'blank', 'checklistEditable');
  rows.push([
    'New tab `checklist-editable`',
    `≤ ${times(t.newTabChecklistEditable.ratio)} blank`,
    `${times(editable)} ${cold('blank', 'checklistEditable')}`,
    mark(atMost(editable, t.newTabChecklistEditable.ratio)),
  ]);
  const js = newTab?.bytes?.js.gzip ?? null;
  rows.push([
    'All new-tab JS',
    `≤ ${kb(t.newTabJsGzip.bytes)} gzip`,
    js === null ? '–' : kb(js),
    mark(atMost(js, t.newTabJsGzip.bytes)),
  ]);
  const fcp = ratio(newTab, 'trulyBlank', 'fcp');
  rows.push([
    'New tab FCP vs the truly blank page',
    `≤ ${times(t.newTabFcpVsTrulyBlank.ratio)} truly blank`,
    `${times(fcp)} ${cold('trulyBlank', 'fcp')}`,
    mark(atMost(fcp, t.newTabFcpVsTrulyBlank.ratio)),
  ]);
  const lcp = ratio(newTab, 'blank', 'lcp');
  const inCard = newTab?.lcpElement ? newTab.lcpElement.inDayCard : null;
  rows.push([
    'LCP: the day card',
    `in \`.day-card\`, ≤ ${times(t.lcp.ratio)} blank`,
    `${newTab ? lcpLabel(newTab) : '–'}; ${times(lcp)} ${cold('blank', 'lcp')}`,
    mark(both(inCard, atMost(lcp, t.lcp.ratio))),
  ]);
  return table(['Figure', 'Target', 'Now (new tab: warm, cold in brackets)', ''], rows);
}
