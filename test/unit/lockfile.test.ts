/**
 * package-lock.json must install with `npm ci` on every platform a developer or CI uses, with
 * npm 10 and npm 11 alike: every optional binary of each platform package family is locked.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Lockfile, lockfileProblems } from '../../scripts/lib/lockfile.mjs';

const lock: Lockfile = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../package-lock.json'), 'utf8'),
);

function without(source: Lockfile, drop: (key: string) => boolean): Lockfile {
  const copy: Lockfile = structuredClone(source);
  copy.packages = Object.fromEntries(
    Object.entries(copy.packages ?? {}).filter(([key]) => !drop(key)),
  );
  return copy;
}

describe('package-lock.json', () => {
  it('locks every platform binary of every package family', () => {
    expect(lockfileProblems(lock)).toEqual([]);
  });

  it('has the families this check is about', () => {
    const keys = Object.keys(lock.packages ?? {});
    for (const family of [
      '@biomejs/cli-',
      '@rollup/rollup-',
      '@rolldown/binding-',
      'lightningcss-',
    ]) {
      expect(
        keys.filter((key) => key.startsWith(`node_modules/${family}`)).length,
        family,
      ).toBeGreaterThan(4);
    }
  });
});

describe('lockfileProblems', () => {
  it('reports a missing darwin-arm64 biome binary, as the lockfile once lacked', () => {
    const truncated = without(lock, (key) => key === 'node_modules/@biomejs/cli-darwin-arm64');
    expect(lockfileProblems(truncated)).toEqual([
      'node_modules/@biomejs/biome: optional dependency @biomejs/cli-darwin-arm64 is not in the lockfile',
      'node_modules/@biomejs/biome: no optional binary for darwin-arm64',
    ]);
  });

  it('reports every required platform a family lacks, even when the parent does not list it', () => {
    const linuxOnly = without(lock, (key) =>
      /^node_modules\/@rollup\/rollup-(?!linux-x64-gnu$|linux-arm64-gnu$)/.test(key),
    );
    const rollup = linuxOnly.packages?.['node_modules/rollup'];
    if (!rollup) throw new Error('rollup is not locked');
    rollup.optionalDependencies = {
      '@rollup/rollup-linux-x64-gnu': '4.68.7',
      '@rollup/rollup-linux-arm64-gnu': '4.68.7',
      // darwin-only on any cpu: no rollup binary, so it must not count for darwin-arm64 or -x64.
      fsevents: '~2.3.2',
    };
    expect(lockfileProblems(linuxOnly)).toEqual([
      'node_modules/rollup: no optional binary for darwin-arm64',
      'node_modules/rollup: no optional binary for darwin-x64',
      'node_modules/rollup: no optional binary for win32-x64',
    ]);
  });

  it('does not take a musl build for the glibc one', () => {
    const muslOnly = without(lock, (key) => key === 'node_modules/lightningcss-linux-x64-gnu');
    const lightningcss = muslOnly.packages?.['node_modules/lightningcss'];
    if (!lightningcss?.optionalDependencies) throw new Error('lightningcss is not locked');
    delete lightningcss.optionalDependencies['lightningcss-linux-x64-gnu'];
    expect(lockfileProblems(muslOnly)).toEqual([
      'node_modules/lightningcss: no optional binary for linux-x64-gnu',
    ]);
  });
});
