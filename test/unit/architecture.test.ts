import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eagerPlanImports, importViolations, layerOf } from '../support/layers';

function appSources(): Map<string, string> {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  }).split('\n');
  const sources = new Map<string, string>();
  for (const file of listed) {
    if (!/\.(tsx?)$/.test(file) || layerOf(file) === null) continue;
    try {
      sources.set(file, readFileSync(file, 'utf8'));
    } catch {
      // Deleted in the work tree but still in the index.
    }
  }
  return sources;
}

describe('layers', () => {
  it('has no import that runs up the layers', () => {
    const sources = appSources();
    expect(sources.size).toBeGreaterThan(100);
    expect(importViolations(sources)).toEqual([]);
  });

  it('catches a planted wrong-way import in each direction that matters', () => {
    const planted = new Map([
      ['utils/model/records.ts', "import { getDatabase } from '../db/database';"],
      ['utils/curriculum/lookup.ts', "import { today } from '../date';"],
      ['utils/transfer/parse.ts', "import { openDatabase } from '../db/database';"],
      ['utils/db/queries.ts', "import { startSync } from '../sync/runtime';"],
      ['utils/sync/pack.ts', "import { applySyncChanges } from './store';"],
      ['components/DayCard.tsx', "import { useProfile } from '../utils/db/hooks';"],
      ['components/Checklist.tsx', "import { NewTabScreen } from './screens/NewTabScreen';"],
      ['utils/db/hooks.ts', "import { DayCard } from '../../components/DayCard';"],
    ]);
    expect(importViolations(planted)).toHaveLength(planted.size);
  });

  it('lets components take storage and feature types, but not their code', () => {
    const typeOnly = new Map([
      ['components/Switch.tsx', "import type { SyncAccess } from '../utils/sync/access';"],
    ]);
    const value = new Map([
      ['components/Switch.tsx', "import { extensionSyncAccess } from '../utils/sync/access';"],
    ]);
    expect(importViolations(typeOnly)).toEqual([]);
    expect(importViolations(value)).toHaveLength(1);
  });

  it('loads plan data only through loadPlan, never by a static import', () => {
    expect(eagerPlanImports(appSources())).toEqual([]);
    const planted = new Map([
      ['components/screens/PopupScreen.tsx', "import { getPlan } from '../../utils/curriculum';"],
      ['utils/reminder/runtime.ts', "import { PLAN_90 } from '../curriculum/plan-90';"],
    ]);
    expect(eagerPlanImports(planted)).toHaveLength(2);
  });

  it('names only modules that exist in the start-up chunks', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    for (const [name, atLeast] of [
      ['STARTUP_MODULES', 10],
      ['TODAY_SHELL_MODULES', 3],
      ['POPUP_SHELL_MODULES', 2],
    ] as const) {
      const list = new RegExp(`const ${name} = \\[([^\\]]*)\\]`).exec(config)?.[1] ?? '';
      const paths = [...list.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '');
      expect(paths.length, name).toBeGreaterThanOrEqual(atLeast);
      expect(
        paths.filter((path) => !existsSync(path)),
        name,
      ).toEqual([]);
    }
  });
});
