// `npm run release`: the store uploads for the version in package.json, from a clean git tree.
// 1. refuses a dirty tree (any change, staged or not, or an untracked file that is not ignored);
// 2. builds everything (`npm run build`) and the store zips (`npm run zip`, i.e. `wxt zip`);
// 3. checks that package.json, both built manifests, both zipped manifests, the PWA's
//    build-info.json and CHANGELOG.md name the same version;
// 4. writes .output/backend-path-<version>-SHA256SUMS.txt for the three zips;
// 5. prints what to upload where.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { changelogHasRelease, checksumLines, versionProblems } from './lib/release.mjs';
import { REPO_ROOT, run } from './lib/steps.mjs';
import { readZip } from './lib/zip-read.mjs';

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

function git(...args) {
  return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
}

const dirty = git('status', '--porcelain', '--untracked-files=normal');
if (dirty !== '') {
  fail(`the git tree is not clean; commit or stash first:\n${dirty}`);
}
const commit = git('rev-parse', 'HEAD');

const readJson = async (path) => JSON.parse(await readFile(join(REPO_ROOT, path), 'utf8'));
const { version } = await readJson('package.json');
const changelog = await readFile(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8').catch(() => '');
if (!changelogHasRelease(changelog, version)) {
  fail(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" entry`);
}

for (const script of ['build', 'zip']) {
  if ((await run('npm', ['run', script])) !== 0) fail(`npm run ${script} failed`);
}

const zips = ['chrome', 'firefox', 'sources'].map((kind) =>
  join(REPO_ROOT, '.output', `backend-path-${version}-${kind}.zip`),
);
const zippedManifestVersion = async (zip) => {
  const entry = (await readZip(zip)).find((file) => file.name === 'manifest.json');
  return entry ? JSON.parse(entry.data.toString('utf8')).version : undefined;
};
const problems = versionProblems(version, {
  '.output/chrome-mv3-store/manifest.json': (
    await readJson('.output/chrome-mv3-store/manifest.json')
  ).version,
  '.output/firefox-mv2/manifest.json': (await readJson('.output/firefox-mv2/manifest.json'))
    .version,
  [relative(REPO_ROOT, zips[0])]: await zippedManifestVersion(zips[0]),
  [relative(REPO_ROOT, zips[1])]: await zippedManifestVersion(zips[1]),
  'dist/pwa/build-info.json': (await readJson('dist/pwa/build-info.json')).version,
});
if (problems.length > 0) fail(`versions disagree:\n  ${problems.join('\n  ')}`);

// The build must not have changed a tracked file (a stale generated page, say).
const afterBuild = git('status', '--porcelain', '--untracked-files=normal');
if (afterBuild !== '') fail(`the build changed the tree:\n${afterBuild}`);

const sumsPath = join(REPO_ROOT, '.output', `backend-path-${version}-SHA256SUMS.txt`);
const sums = await checksumLines(zips);
await writeFile(sumsPath, sums);

const show = (path) => relative(REPO_ROOT, path);
console.log(`
Backend Path ${version}, commit ${commit}: versions agree, packages built.

${sums.trimEnd()}
(written to ${show(sumsPath)}; check with: cd .output && sha256sum -c ${show(sumsPath).replace('.output/', '')})

Upload:
  Chrome Web Store  https://chrome.google.com/webstore/devconsole → the item → Package → Upload new package:
                    ${show(zips[0])}
                    Store listing, Privacy practices: docs/store/listing.md; images: docs/store/images/
  addons.mozilla.org  https://addons.mozilla.org/developers/ → Submit a New Add-on (or New Version):
                    ${show(zips[1])}
                    Source code: ${show(zips[2])}; notes to reviewer: docs/store/listing.md
  PWA               publish dist/pwa/ on the static host (BASE_PATH=/sub/path/ npm run build:pwa
                    for a sub-path); the privacy policy URL the Chrome Web Store asks for is its privacy.html.

Then tag the release: git tag v${version} ${commit.slice(0, 12)} && git push --tags
Checklist: docs/store/README.md`);
