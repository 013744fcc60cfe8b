import { describe, expect, it } from 'vitest';
import { type ExportFile, IMPORT_MAX_BYTES } from '../../utils/transfer/format';
import { type ParseImportOptions, parseImport } from '../../utils/transfer/parse';
import valid from '../fixtures/imports/valid.json';
import { knownFakeItem } from '../support/database';

const now = Date.UTC(2026, 0, 14, 9);
const options = (text: string): ParseImportOptions => ({
  byteLength: new TextEncoder().encode(text).length,
  now,
  knownItem: knownFakeItem,
});
const parse = (text: string) => parseImport(text, options(text));
/** A copy of the valid export with `change` applied to a deep clone. */
function variant(change: (file: Record<string, unknown> & typeof valid) => void): string {
  const copy = structuredClone(valid);
  change(copy as Record<string, unknown> & typeof valid);
  return JSON.stringify(copy);
}
function errorsOf(text: string): { field: string; message: string }[] {
  const result = parse(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return [...result.errors];
}

describe('parseImport accepts', () => {
  it('a valid export, unchanged', () => {
    const result = parse(JSON.stringify(valid));
    expect(result.ok).toBe(true);
    if (result.ok) {
      const data: ExportFile = result.data;
      expect(data).toEqual(valid);
      expect(result.warnings).toEqual([]);
    }
  });

  it('a file without a profile, with a warning', () => {
    const result = parse(variant((file) => Object.assign(file, { profile: null })));
    expect(result).toMatchObject({
      ok: true,
      warnings: [expect.stringMatching(/no plan settings/)],
    });
  });
});

describe('parseImport refuses, saying what and where', () => {
  it('files over 5 MB before parsing them', () => {
    const result = parseImport('not even json', {
      ...options(''),
      byteLength: IMPORT_MAX_BYTES + 1,
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/5\.0 MB/) }],
    });
  });

  it('malformed JSON, with its line and column', () => {
    const [error] = errorsOf('{\n  "format": "backend-path-export",\n  oops\n}');
    expect(error?.message).toMatch(/not valid JSON \(problem at line 3, column 3\)/);
  });

  it('an empty file', () => {
    expect(errorsOf('')[0]?.message).toMatch(/empty/);
  });

  it("another app's file", () => {
    expect(errorsOf('{"version": 3, "items": []}')[0]?.message).toMatch(
      /not a Backend Path export/,
    );
    expect(errorsOf('{"format": "todo-app"}')[0]).toEqual({
      field: 'format',
      message: expect.stringMatching(/another app \(format "todo-app"\)/),
    });
    expect(errorsOf('[1, 2]')[0]?.message).toMatch(/not a Backend Path export/);
  });

  it('a newer format version', () => {
    expect(
      errorsOf(variant((file) => Object.assign(file, { formatVersion: 3 })))[0]?.message,
    ).toMatch(/newer Backend Path .*update Backend Path first/);
  });

  it('unknown item ids and items filed under the wrong plan', () => {
    const errors = errorsOf(
      variant((file) => {
        Object.assign(file.progress[0] ?? {}, { itemId: 'p20-nope.d1.1' });
        Object.assign(file.progress[1] ?? {}, { planId: 'plan-60' });
      }),
    );
    expect(errors).toEqual([
      {
        field: 'progress[0].itemId',
        message: '"p20-nope.d1.1" is not an item of any Backend Path plan.',
      },
      {
        field: 'progress[1].planId',
        message: '"p20-basics.d2.1" belongs to plan-20, not plan-60.',
      },
    ]);
  });

  it('impossible and future dates', () => {
    const errors = errorsOf(
      variant((file) => {
        Object.assign(file.progress[0] ?? {}, { completedOn: '2023-02-30' });
        Object.assign(file.progress[1] ?? {}, { completedOn: '2031-01-01' });
        Object.assign(file, { exportedAt: 'yesterday' });
      }),
    );
    expect(errors).toEqual([
      { field: 'exportedAt', message: expect.stringMatching(/ISO date-time.*got "yesterday"/) },
      {
        field: 'progress[0].completedOn',
        message: 'expected a real calendar date (YYYY-MM-DD), got "2023-02-30".',
      },
    ]);
    const future = errorsOf(
      variant((file) => Object.assign(file.progress[1] ?? {}, { completedOn: '2031-01-01' })),
    );
    expect(future).toEqual([
      {
        field: 'progress[1].completedOn',
        message: expect.stringMatching(/2031-01-01 is more than three years ahead/),
      },
    ]);
  });

  it('stamps no clock can hold, such as 1e308', () => {
    const errors = errorsOf(
      variant((file) => Object.assign(file.progress[1] ?? {}, { completedAt: 1e308 })),
    );
    expect(errors).toEqual([
      {
        field: 'progress[1].completedAt',
        message: expect.stringMatching(/before the year 275760, got 1e\+308/),
      },
    ]);
  });

  it('notes over 10,000 characters', () => {
    const errors = errorsOf(
      variant((file) => Object.assign(file.notes[0] ?? {}, { text: 'x'.repeat(10_001) })),
    );
    expect(errors).toEqual([
      {
        field: 'notes[0].text',
        message: expect.stringMatching(/at most 10000 characters, got "x+…" \(10001 characters\)/),
      },
    ]);
  });

  it('wrong types, naming each field', () => {
    const errors = errorsOf(
      variant((file) => {
        Object.assign(file.progress[2] ?? {}, { updatedAt: '12' });
        Object.assign(file.profile, { restDays: 'weekends' });
        Object.assign(file, { notes: {} });
      }),
    );
    expect(errors.map((error) => error.field).sort()).toEqual([
      'notes',
      'profile.restDays',
      'progress[2].updatedAt',
    ]);
    expect(errors.find((error) => error.field === 'progress[2].updatedAt')?.message).toBe(
      'expected a timestamp in milliseconds, got "12".',
    );
  });

  it('missing fields, saying what belongs there', () => {
    const errors = errorsOf(
      variant((file) => {
        const record: Record<string, unknown> = file;
        delete record.appVersion;
        const item: Record<string, unknown> = file.progress[3] ?? {};
        delete item.completedOn;
        const settings: Record<string, unknown> = file.profile;
        delete settings.onboardedAt;
      }),
    );
    expect(errors).toEqual([
      { field: 'appVersion', message: 'missing; expected the app version string.' },
      {
        field: 'profile.onboardedAt',
        message: 'missing; expected a timestamp in milliseconds or null.',
      },
      {
        field: 'progress[3].completedOn',
        message: 'missing; expected a date as text (YYYY-MM-DD) or null.',
      },
    ]);
  });

  it('a missing format version', () => {
    expect(
      errorsOf(
        variant((file) => {
          const record: Record<string, unknown> = file;
          delete record.formatVersion;
        }),
      ),
    ).toEqual([{ field: 'formatVersion', message: 'missing; expected format version 1 or 2.' }]);
  });

  it('a timestamp written as words', () => {
    const errors = errorsOf(
      variant((file) => Object.assign(file.progress[3] ?? {}, { updatedAt: 'yesterday' })),
    );
    expect(errors).toEqual([
      {
        field: 'progress[3].updatedAt',
        message: 'expected a timestamp in milliseconds, got "yesterday".',
      },
    ]);
  });

  it('records that are not objects', () => {
    const errors = errorsOf(
      variant((file) => {
        Object.assign(file.progress, { 1: 'done' });
        Object.assign(file, { profile: 7 });
      }),
    );
    expect(errors).toEqual([
      { field: 'profile', message: 'expected the plan settings as an object, got 7.' },
      { field: 'progress[1]', message: 'expected a progress record as an object, got "done".' },
    ]);
  });

  it('inconsistent records', () => {
    const errors = errorsOf(
      variant((file) => Object.assign(file.progress[0] ?? {}, { state: 'open' })),
    );
    expect(errors).toEqual([
      {
        field: 'progress[0]',
        message: expect.stringMatching(/completedOn to be set exactly when/),
      },
      {
        field: 'progress[0]',
        message: expect.stringMatching(/completedAt to be set exactly when/),
      },
    ]);
  });

  it('duplicate records', () => {
    const errors = errorsOf(
      variant((file) => {
        const [firstNote] = file.notes;
        const [firstItem] = file.progress;
        if (firstNote) file.notes.push({ ...firstNote });
        if (firstItem) file.progress.push({ ...firstItem, updatedAt: 5 });
      }),
    );
    expect(errors.map((error) => error.field)).toEqual(['progress[12].itemId', 'notes[2].date']);
  });
});

describe('warnings about unknown fields', () => {
  it('name a few, each cut short, never echoing a huge key whole', () => {
    const huge = 'k'.repeat(1_000_000);
    const text = JSON.stringify({ ...valid, [huge]: 1, a: 1, b: 2, c: 3, d: 4, e: 5 });
    const result = parse(text);
    if (!result.ok) throw new Error('expected the file to import');
    const [warning] = result.warnings;
    expect(warning).toMatch(/^Ignored fields this version does not know: .* and 1 more\.$/);
    expect(warning?.length).toBeLessThan(300);
  });
});

describe('parseImport accepts backups from any device of the same user', () => {
  const shifted = (offsetMs: number) =>
    variant((file) => {
      const move = (record: { updatedAt: number; completedAt?: number | null }) => {
        record.updatedAt += offsetMs;
        if (typeof record.completedAt === 'number') record.completedAt += offsetMs;
      };
      file.progress.forEach(move);
      file.notes.forEach(move);
      if (file.profile) move(file.profile);
      file.exportedAt = new Date(Date.parse(file.exportedAt) + offsetMs).toISOString();
    });

  it('from a device whose clock runs 30 days (or a year) ahead of this one', () => {
    for (const days of [30, 366]) expect(parse(shifted(days * 86_400_000)).ok).toBe(true);
  });

  it('on a device whose clock is a month behind', () => {
    const text = variant(() => undefined);
    const behind = parseImport(text, { ...options(text), now: now - 31 * 86_400_000 });
    expect(behind.ok).toBe(true);
  });

  it('in format 2, with a provisional profile', () => {
    const text = variant((file) =>
      Object.assign(file, {
        formatVersion: 2,
        profile: { ...file.profile, provisional: true },
      }),
    );
    const result = parse(text);
    expect(result.ok && result.data.profile?.provisional).toBe(true);
  });
});
