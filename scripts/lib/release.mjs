// The checks `npm run release` makes, apart from the git and build steps, so tests can hold them.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/**
 * One line per place whose version is not package.json's; empty when all agree.
 * `found` maps a place (e.g. '.output/firefox-mv2/manifest.json') to the version read there.
 */
export function versionProblems(expected, found) {
  if (!/^\d+\.\d+\.\d+$/.test(expected)) {
    return [`package.json: version ${expected} is not MAJOR.MINOR.PATCH, which both stores need`];
  }
  return Object.entries(found)
    .filter(([, version]) => version !== expected)
    .map(
      ([place, version]) =>
        `${place}: version ${version ?? '(none)'}, package.json has ${expected}`,
    );
}

/** True when CHANGELOG.md has a released entry `## [version] - YYYY-MM-DD`. */
export function changelogHasRelease(changelog, version) {
  const escaped = version.replaceAll('.', '\\.');
  return new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(changelog);
}

export async function sha256(path) {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/** `sha256sum` format, so `sha256sum -c` checks it: `<hex>  <file name>` per line. */
export async function checksumLines(paths) {
  const lines = [];
  for (const path of paths) lines.push(`${await sha256(path)}  ${basename(path)}`);
  return `${lines.join('\n')}\n`;
}
