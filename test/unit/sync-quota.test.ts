import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../utils/model/records';
import {
  packSyncData,
  type SyncItems,
  syncedProfileOf,
  unpackSyncItems,
} from '../../utils/sync/pack';
import { itemBytes, SYNC_QUOTA } from '../../utils/sync/quota';
import { finishedPlan, note, PROFILE } from '../support/sync-fixtures';

/**
 * What Chromium charges for an item, written independently of the packer: its JSON writer
 * escapes `<` and U+2028/U+2029 as six-byte `\uXXXX`, and stores text as UTF-8.
 */
function chromiumCost(key: string, value: unknown): number {
  const json = JSON.stringify(value).replace(
    /[<\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
  );
  return new TextEncoder().encode(key).length + new TextEncoder().encode(json).length;
}

/** A browser keeps text as UTF-8, so a lone surrogate comes back as U+FFFD. */
function throughBrowserStorage(items: SyncItems): SyncItems {
  const wellFormed = JSON.stringify(items).replace(
    /\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|\\ud[c-f][0-9a-f]{2}/gi,
    '\ufffd',
  );
  return JSON.parse(wellFormed) as SyncItems;
}

const nastyCharacter = fc.constantFrom(
  '<',
  '>',
  '&',
  '\u2028',
  '\u2029',
  '😀',
  'é',
  'a',
  ' ',
  '"',
  '\n',
);
const nastyNotes = fc
  .uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 14 })
  .chain((days) =>
    fc.tuple(
      ...days.map((day) =>
        fc
          .array(nastyCharacter, { minLength: 200, maxLength: 2_500, size: 'max' })
          .map((characters) =>
            note(`2030-03-${String(day).padStart(2, '0')}`, characters.join('')),
          ),
      ),
    ),
  );

describe('sync quota accounting', () => {
  it('never undercounts what Chromium charges', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), nastyNotes, (text, notes) => {
        expect(itemBytes('bp:n:0', { s: text })).toBeGreaterThanOrEqual(
          chromiumCost('bp:n:0', { s: text }),
        );
        expect(itemBytes('bp:n:0', notes)).toBeGreaterThanOrEqual(chromiumCost('bp:n:0', notes));
      }),
      { seed: 1_102, numRuns: 200, endOnFailure: true },
    );
  });

  it('keeps every item under the per-item limit for notes full of < > & U+2028 and emoji, and always syncs plan and progress', () => {
    fc.assert(
      fc.property(nastyNotes, (notes: NoteRecord[]) => {
        const progress = finishedPlan('plan-90');
        const packed = packSyncData({ profile: syncedProfileOf(PROFILE), progress, notes });
        expect(packed.fits).toBe(true);
        let total = 0;
        for (const [key, value] of Object.entries(packed.items)) {
          const cost = chromiumCost(key, value);
          expect(cost, key).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
          total += cost;
        }
        expect(total).toBeLessThanOrEqual(SYNC_QUOTA.totalBytes);
        const back = unpackSyncItems(throughBrowserStorage(packed.items));
        expect(back.profile).toEqual(syncedProfileOf(PROFILE));
        expect(back.progress).toHaveLength(progress.length);
        if (packed.notesIncluded)
          expect(back.notes).toEqual([...notes].sort((a, b) => (a.date < b.date ? -1 : 1)));
        else expect(back.notes).toEqual([]);
      }),
      { seed: 2_028, numRuns: 40, endOnFailure: true },
    );
  });

  it('reproduces the reported case: 12 notes of Map<String, List<Integer>> all fit', () => {
    const notes = Array.from({ length: 12 }, (_, index) =>
      note(`2030-04-${String(index + 10)}`, 'Map<String, List<Integer>> '.repeat(25)),
    );
    const packed = packSyncData({
      profile: syncedProfileOf(PROFILE),
      progress: finishedPlan('plan-60'),
      notes,
    });
    expect(packed).toMatchObject({ fits: true, notesIncluded: true });
    for (const [key, value] of Object.entries(packed.items)) {
      expect(chromiumCost(key, value), key).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    }
  });
});
