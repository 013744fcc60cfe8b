/**
 * `npm run release`: the version and changelog checks, and that it refuses to start from a
 * tree that is not clean or a version without a changelog entry, before building anything.
 * The refusals run the real script in a throwaway clone of this repository.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changelogHasRelease, checksumLines, versionProblems } from '../../scripts/lib/release.mjs';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);

describe('release checks', () => {
  it('lists every place whose version differs from package.json', () => {
    expect(versionProblems('0.1.0', { a: '0.1.0', b: '0.1.1', c: undefined })).toEqual([
      'b: version 0.1.1, package.json has 0.1.0',
      'c: version (none), package.json has 0.1.0',
    ]);
    expect(versionProblems('0.1.0', { a: '0.1.0' })).toEqual([]);
    expect(versionProblems('0.1.0-beta', {})[0]).toMatch(/not MAJOR.MINOR.PATCH/);
  });

  it('wants a dated changelog entry for the version', () => {
    expect(changelogHasRelease('## [0.1.0] - 2026-12-01\n', '0.1.0')).toBe(true);
    expect(changelogHasRelease('## [Unreleased]\n## [0.1.0]\n', '0.1.0')).toBe(false);
    expect(changelogHasRelease('## [0.1.0] - 2026-12-01\n', '0.1')).toBe(false);
    expect(changelogHasRelease('## [0.1.00] - 2026-12-01\n', '0.1.0')).toBe(false);
  });

  it('has an entry for the version in package.json', async () => {
    const { version } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(
      changelogHasRelease(await readFile(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8'), version),
    ).toBe(true);
  });

  it('writes sums in the format sha256sum -c reads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'backend-path-sums-'));
    try {
      await writeFile(join(dir, 'a.zip'), 'abc');
      expect(await checksumLines([join(dir, 'a.zip')])).toBe(
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a.zip\n',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run release refuses', () => {
  let clone: string;
  const git = (...args: string[]) =>
    exec('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], {
      cwd: clone,
    });
  const release = () =>
    exec(process.execPath, [join(clone, 'scripts/release.mjs')], { cwd: clone }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  beforeEach(async () => {
    clone = await mkdtemp(join(tmpdir(), 'backend-path-release-'));
    await exec('git', ['clone', '--quiet', '--no-hardlinks', REPO_ROOT, clone]);
  });

  afterEach(async () => {
    await rm(clone, { recursive: true, force: true });
  });

  it('a tree with an untracked file', async () => {
    await writeFile(join(clone, 'stray.txt'), 'not committed');
    const { code, stderr } = await release();
    expect(code).toBe(1);
    expect(stderr).toContain('the git tree is not clean');
    expect(stderr).toContain('stray.txt');
  });

  it('a tree with a changed tracked file', async () => {
    await writeFile(join(clone, 'README.md'), 'changed');
    const { code, stderr } = await release();
    expect(code).toBe(1);
    expect(stderr).toContain('M README.md');
  });

  it('a version with no changelog entry', async () => {
    const path = join(clone, 'package.json');
    const manifest = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, `${JSON.stringify({ ...manifest, version: '9.9.9' }, null, 2)}\n`);
    await git('commit', '--quiet', '-am', 'Bump');
    const { code, stderr } = await release();
    expect(code).toBe(1);
    expect(stderr).toContain('CHANGELOG.md has no "## [9.9.9] - YYYY-MM-DD" entry');
  });
});
