/**
 * The layer rule, as data: each source file belongs to one layer, and may import only
 * from its own layer or those below it. Components may use storage and feature modules
 * for their types only. `importViolations` is pure so a test can plant a wrong-way import.
 */
import path from 'node:path';

export const LAYERS = [
  'model',
  'curriculum',
  'logic',
  'storage',
  'features',
  'components',
  'screens',
  'entry',
] as const;
export type Layer = (typeof LAYERS)[number];

const PURE_SYNC = [
  'handover',
  'pack',
  'quota',
  'reconcile',
  'records-codec',
  'status',
  'write-budget',
];
const LOGIC_FILES = [
  'date',
  'utc-offset',
  'midnight',
  'calendar',
  'schedule',
  'schedule-status',
  'streak',
  'tips',
  'progress',
  'platform',
  'start-date',
];

/** The layer of a repo-relative source path, or null for files outside the app (tests, scripts). */
export function layerOf(file: string): Layer | null {
  const p = file.replace(/\\/g, '/').replace(/\.(d\.)?(tsx?|mts|mjs|js)$/, '');
  if (p.startsWith('utils/model/')) return 'model';
  if (p.startsWith('utils/curriculum/')) return 'curriculum';
  if (p.startsWith('utils/transfer/') || p.startsWith('utils/handoff/')) return 'logic';
  if (p.startsWith('utils/db/')) return 'storage';
  if (p.startsWith('utils/sync/')) {
    return PURE_SYNC.includes(p.slice('utils/sync/'.length)) ? 'logic' : 'features';
  }
  if (p.startsWith('utils/reminder/'))
    return p === 'utils/reminder/schedule' ? 'logic' : 'features';
  if (p.startsWith('utils/') && LOGIC_FILES.includes(p.slice('utils/'.length))) return 'logic';
  if (p.startsWith('utils/')) return 'features';
  if (p.startsWith('components/screens/')) return 'screens';
  if (p.startsWith('components/')) return 'components';
  if (p.startsWith('entrypoints/') || p.startsWith('pwa/')) return 'entry';
  return null;
}

export interface ImportEdge {
  readonly from: string;
  /** Repo-relative path the specifier resolves to (without extension). */
  readonly to: string;
  readonly typeOnly: boolean;
}

const IMPORT_PATTERN =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every relative import and re-export in `source`, resolved against `file`. */
export function importsOf(file: string, source: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of source.matchAll(IMPORT_PATTERN)) {
    const specifier = match[3] ?? match[4];
    if (!specifier?.startsWith('.')) continue;
    const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    edges.push({ from: file, to, typeOnly: match[2] !== undefined });
  }
  return edges;
}

function allowed(from: Layer, to: Layer, typeOnly: boolean): boolean {
  const rank = (layer: Layer) => LAYERS.indexOf(layer);
  if (from === 'model') return to === 'model';
  if (from === 'curriculum') return to === 'model' || to === 'curriculum';
  if (from === 'components' && (to === 'storage' || to === 'features')) return typeOnly;
  return rank(to) <= rank(from);
}

/** Human-readable wrong-way imports among `files` (path → source). */
export function importViolations(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, source] of files) {
    const from = layerOf(file);
    if (!from) continue;
    for (const edge of importsOf(file, source)) {
      const to = layerOf(edge.to);
      if (!to || allowed(from, to, edge.typeOnly)) continue;
      problems.push(
        `${file} (${from}) imports ${edge.to} (${to})${edge.typeOnly ? ' [type]' : ''}`,
      );
    }
  }
  return problems.sort();
}

const PLAN_MODULE = /^utils\/curriculum\/(index|plan-\d+)$/;

/** App files that import plan data eagerly; plans load only through `load-plan`. */
export function eagerPlanImports(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, source] of files) {
    if (layerOf(file) === null || file.startsWith('utils/curriculum/')) continue;
    for (const edge of importsOf(file, source)) {
      const to = edge.to.replace(/\.tsx?$/, '');
      const target = to === 'utils/curriculum' ? 'utils/curriculum/index' : to;
      if (PLAN_MODULE.test(target) && !edge.typeOnly) problems.push(`${file} imports ${target}`);
    }
  }
  return problems.sort();
}
