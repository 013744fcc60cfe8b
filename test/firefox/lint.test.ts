/**
 * What addons.mozilla.org's validator says about the built Firefox package: `web-ext lint`
 * (the same addons-linter AMO runs on upload) must find no error and exactly the one warning
 * README.md → Store packages explains: Preact's renderer can assign `innerHTML` for
 * `dangerouslySetInnerHTML`, which the app never uses.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** The project's own web-ext, as `npx web-ext` would run it. */
const WEB_EXT = resolve(import.meta.dirname, '../../node_modules/web-ext/bin/web-ext.js');

interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

interface LintReport {
  readonly summary: { errors: number; notices: number; warnings: number };
  readonly errors: LintMessage[];
  readonly notices: LintMessage[];
  readonly warnings: LintMessage[];
}

describe('web-ext lint of the Firefox build', () => {
  let report: LintReport;

  beforeAll(async () => {
    readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')); // a clear error if unbuilt
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [WEB_EXT, 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-input'],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    report = JSON.parse(stdout);
  });

  it('finds no error and no notice', () => {
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, notices: 0 });
  });

  it("warns only about Preact's innerHTML assignment", () => {
    expect(report.warnings.map((warning) => warning.code)).toEqual(['UNSAFE_VAR_ASSIGNMENT']);
    expect(report.summary.warnings).toBe(1);
    const [warning] = report.warnings;
    if (!warning?.file || warning.line === undefined || warning.column === undefined) {
      throw new Error(`warning without a place: ${JSON.stringify(warning)}`);
    }
    // The flagged assignment is Preact's `dangerouslySetInnerHTML` branch, nothing of ours.
    const line = readFileSync(join(FIREFOX_EXTENSION_DIR, warning.file), 'utf8').split('\n')[
      warning.line - 1
    ];
    const around = line?.slice(Math.max(0, warning.column - 400), warning.column + 100) ?? '';
    expect(around).toContain('dangerouslySetInnerHTML');
    expect(around).toContain('.innerHTML=');
  });
});
