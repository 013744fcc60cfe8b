import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../utils/date';
import { saveNote, saveProfile, setItemState } from '../../utils/db/actions';
import { countActivity } from '../../utils/db/activity';
import { applyImport, exportDatabase, readSnapshot } from '../../utils/db/backup';
import { requestPersistentStorage } from '../../utils/db/persist';
import { readActivity } from '../../utils/db/queries';
import type { BackendPathDatabase } from '../../utils/db/schema';
import { localDate } from '../../utils/model/local-date';
import type { NoteRecord } from '../../utils/model/records';
import { exportFileName, serializeExport } from '../../utils/transfer/format';
import type { ImportMode } from '../../utils/transfer/merge';
import { type ParseImportOptions, parseImport } from '../../utils/transfer/parse';
import { parseImportFile } from '../../utils/transfer/read-file';
import valid from '../fixtures/imports/valid.json';
import { knownFakeItem, openOrFail, rawDump, uniqueName } from '../support/database';

const now = Date.UTC(2026, 0, 14, 9);
const clock = fixedClock(now, 'America/New_York');
/** What the import screen does with a chosen file: read and check it, then apply it. */
async function importAsTheScreenDoes(db: BackendPathDatabase, text: string, mode: ImportMode) {
  const parsed = await parseImportFile(new File([text], 'backup.json'), {
    now,
    knownItem: knownFakeItem,
  });
  if (!parsed.ok) return parsed;
  const applied = await applyImport(db, parsed.data, mode, clock);
  return applied.ok ? { ok: true as const, warnings: parsed.warnings } : applied;
}

const optionsFor = (text: string): ParseImportOptions => ({
  byteLength: new TextEncoder().encode(text).length,
  now,
  knownItem: knownFakeItem,
});

async function seed(db: BackendPathDatabase): Promise<void> {
  const first = valid.profile as unknown as Parameters<typeof saveProfile>[1];
  // As this version stores it: rest days with the date they apply from (the plan calendar).
  const scheduleRules = [{ from: first.startDate, restDays: first.restDays }];
  await saveProfile(db, { ...first, planId: 'plan-60', theme: 'dark', scheduleRules });
  for (let day = 1; day <= 6; day += 1) {
    const state = day === 3 ? 'open' : day === 5 ? 'skipped' : 'done';
    const at = fixedClock(now - day * 86_400_000, 'America/New_York');
    await setItemState(db, { itemId: `p60-databases.d${day}.1`, planId: 'plan-60', state }, at);
  }
  await saveNote(db, localDate('2026-01-10'), 'Indexes speed up reads.', clock);
}

describe('export and import round trip', () => {
  it('restores an identical state into an empty database', async () => {
    const source = await openOrFail(uniqueName('export'));
    await seed(source);
    const exported = await exportDatabase(source, '0.1.0', clock);
    if (!exported.ok) throw new Error(exported.error.kind);
    expect(exported.fileName).toBe('backend-path-progress-2026-01-14.json');
    expect(exported.file.exportedAt).toBe('2026-01-14T09:00:00.000Z');

    const text = serializeExport(exported.file);
    const target = await openOrFail(uniqueName('import'));
    expect(await importAsTheScreenDoes(target, text, 'replace')).toEqual({
      ok: true,
      warnings: [],
    });
    const restored = await readSnapshot(target);
    const original = await readSnapshot(source);
    // The same records, each stamped as a change made now: at the floor the Replace left.
    const floor = restored.floors?.progress ?? 0;
    expect(floor).toBeGreaterThanOrEqual(now);
    expect(restored.floors).toEqual({ profile: floor, progress: floor, notes: floor });
    const stampedAt = <T extends { readonly updatedAt: number }>(at: number, records: T[]) =>
      records.map((record) => ({ ...record, updatedAt: at }));
    expect(restored.progress).toEqual(stampedAt(floor, [...original.progress]));
    expect(restored.notes).toEqual(stampedAt(floor, [...original.notes]));
    expect(restored.profile).toEqual(original.profile && { ...original.profile, updatedAt: floor });
    expect(await readActivity(target)).toEqual(await readActivity(source));
    source.close();
    target.close();
  });

  it('names export files after the local date', () => {
    expect(exportFileName(localDate('2026-03-01'))).toBe('backend-path-progress-2026-03-01.json');
  });

  it('a failing write in the middle of an import changes nothing', async () => {
    const name = uniqueName('atomic');
    const db = await openOrFail(name);
    await seed(db);
    const before = await rawDump(name);
    const parsed = parseImport(JSON.stringify(valid), optionsFor(JSON.stringify(valid)));
    if (!parsed.ok) throw new Error('fixture should parse');
    // A record IndexedDB cannot store (no key) after valid ones aborts the transaction.
    const keyless = { text: 'x', updatedAt: 1 } as unknown as NoteRecord;
    const poisoned = { ...parsed.data, notes: [...parsed.data.notes, keyless] };
    const result = await applyImport(db, poisoned, 'replace', clock);
    expect(result.ok).toBe(false);
    expect(await rawDump(name)).toBe(before);
    db.close();
  });
});

/** Files ranging from random JSON to near-misses of a valid export. */
function fuzzedFile(): fc.Arbitrary<string> {
  const validText = JSON.stringify(valid);
  const badValue = fc.oneof(
    fc.anything(),
    fc.constantFrom(
      '2023-02-30',
      localDate('2099-12-31'),
      '0000-00-00',
      'soon',
      '',
      'p20-unknown.d1.1',
      -1,
      1e20,
      NaN,
    ),
    fc.integer({ min: 10_000, max: 12_000 }).map((n) => 'x'.repeat(n)),
  );
  const mutated = fc
    .tuple(fc.nat(), fc.constantFrom('drop', 'replace', 'truncate'), badValue, fc.nat())
    .map(([pick, op, value, cut]) => {
      if (op === 'truncate') return validText.slice(0, cut % validText.length);
      const copy: unknown = structuredClone(valid);
      const paths = containerPaths(copy);
      const [parent, key] = paths[pick % paths.length] ?? [copy, 'format'];
      if (Array.isArray(parent) && typeof key === 'number') {
        if (op === 'drop') parent.splice(key, 1);
        else parent[key] = value;
      } else if (typeof parent === 'object' && parent !== null) {
        const record = parent as Record<string, unknown>;
        if (op === 'drop') delete record[String(key)];
        else record[String(key)] = value;
      }
      return JSON.stringify(copy) ?? '';
    });
  return fc.oneof(
    { weight: 1, arbitrary: fc.json() },
    { weight: 1, arbitrary: fc.string() },
    { weight: 6, arbitrary: mutated },
    { weight: 1, arbitrary: fc.constant(validText) },
  );
}

/** Every (container, key) pair in a JSON value, to pick a spot to break. */
function containerPaths(value: unknown): [unknown, string | number][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((inner, index) => [index, inner])
    : Object.entries(value);
  return entries.flatMap(([key, inner]) => [
    [value, key] as [unknown, string | number],
    ...containerPaths(inner),
  ]);
}

describe('fuzzed imports', () => {
  it('each file is refused leaving the database byte-for-byte unchanged, or lands as a valid state', async () => {
    const name = uniqueName('fuzz');
    const db = await openOrFail(name);
    await seed(db);
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fuzzedFile(),
        fc.constantFrom<ImportMode>('merge', 'replace'),
        async (text, mode) => {
          const before = await rawDump(name);
          const result = await importAsTheScreenDoes(db, text, mode);
          if (!result.ok) {
            refused += 1;
            expect('errors' in result && result.errors.length > 0).toBe(true);
            // Every reason reads "expected …" / "missing; …", never valibot's raw wording.
            for (const error of 'errors' in result ? result.errors : []) {
              expect(error.message).not.toMatch(/Invalid (key|type|length)|undefined/);
            }
            expect(await rawDump(name)).toBe(before);
            return;
          }
          accepted += 1;
          expect(await readActivity(db)).toEqual(countActivity(await db.progress.toArray()));
          const exported = await exportDatabase(db, '0.1.0', clock);
          if (!exported.ok) throw new Error(exported.error.kind);
          const again = serializeExport(exported.file);
          expect(parseImport(again, optionsFor(again)).ok).toBe(true);
        },
      ),
      { numRuns: 1200 },
    );
    console.info(
      `import fuzz: ${refused + accepted} files, ${refused} refused cleanly, ${accepted} accepted`,
    );
    expect(refused + accepted).toBeGreaterThanOrEqual(1000);
    expect(refused).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(0);
    db.close();
  }, 120_000);
});

describe('requestPersistentStorage', () => {
  it('reports what the browser granted and never throws', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(
      await requestPersistentStorage({ persist: async () => true, persisted: async () => false }),
    ).toBe(true);
    expect(
      await requestPersistentStorage({
        persist: () => Promise.reject(new Error('denied')),
        persisted: async () => false,
      }),
    ).toBe(false);
  });
});
