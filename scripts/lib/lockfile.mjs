// Checks that package-lock.json can install on every platform we build on, not only this one.
// npm >= 11 `npm ci` refuses a lockfile that lacks an optional dependency some locked package
// declares, and a lockfile written on one machine can miss other platforms' native binaries.

/** The platforms a developer or CI may install on, as npm's os / cpu / libc fields name them. */
export const REQUIRED_PLATFORMS = [
  { name: 'darwin-arm64', os: 'darwin', cpu: 'arm64' },
  { name: 'darwin-x64', os: 'darwin', cpu: 'x64' },
  { name: 'win32-x64', os: 'win32', cpu: 'x64' },
  { name: 'linux-arm64-gnu', os: 'linux', cpu: 'arm64', libc: 'glibc' },
  { name: 'linux-x64-gnu', os: 'linux', cpu: 'x64', libc: 'glibc' },
];

/** npm's own reading of an os / cpu / libc list: `!x` excludes, anything else includes. */
function allows(list, value) {
  if (!list || list.length === 0) return true;
  if (list.includes(`!${value}`)) return false;
  const positives = list.filter((entry) => !entry.startsWith('!'));
  return positives.length === 0 || positives.includes(value);
}

function isPlatformSpecific(entry) {
  return Boolean(entry.os?.length || entry.cpu?.length || entry.libc?.length);
}

/** Built for `platform`: names its os and cpu (fsevents, darwin on any cpu, is no binary of rollup's). */
function builtFor(entry, platform) {
  if (!entry.os?.length || !entry.cpu?.length) return false;
  return (
    allows(entry.os, platform.os) &&
    allows(entry.cpu, platform.cpu) &&
    // A package without a libc field runs on glibc and musl alike.
    (platform.libc === undefined || allows(entry.libc, platform.libc))
  );
}

/** Where Node would find `name` from the package at `from` (a lockfile key). */
function resolveFrom(packages, from, name) {
  let base = from;
  for (;;) {
    const key = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[key]) return key;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

/**
 * Returns one line per problem, empty when the lockfile is complete:
 * - a locked package declares an optional dependency that is not locked;
 * - a platform package family (a package whose optional dependencies include two or more
 *   platform-specific packages, e.g. @biomejs/biome or rollup) has no member for one of
 *   REQUIRED_PLATFORMS.
 */
export function lockfileProblems(lock) {
  const packages = lock.packages ?? {};
  const problems = [];
  for (const [key, entry] of Object.entries(packages)) {
    const optional = Object.keys(entry.optionalDependencies ?? {});
    if (optional.length === 0) continue;
    const owner = key || '(root)';
    const members = [];
    for (const name of optional) {
      const found = resolveFrom(packages, key, name);
      if (!found) {
        problems.push(`${owner}: optional dependency ${name} is not in the lockfile`);
        continue;
      }
      if (isPlatformSpecific(packages[found])) members.push(packages[found]);
    }
    if (members.length < 2) continue;
    for (const platform of REQUIRED_PLATFORMS) {
      if (!members.some((member) => builtFor(member, platform))) {
        problems.push(`${owner}: no optional binary for ${platform.name}`);
      }
    }
  }
  return problems;
}
