// `npm test`: everything CI checks, in order, each step named and timed, ending with
// one line `tests: N passed, M failed`. Exits non-zero if anything failed.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { provisionChromium } from './lib/chromium.mjs';
import { provisionFirefox } from './lib/firefox.mjs';
import { REPO_ROOT, run, StepLog } from './lib/steps.mjs';
import { readVitestReport } from './lib/vitest-report.mjs';

const REPORT = join(REPO_ROOT, 'test-results', 'vitest.json');
const FIREFOX_REPORT = join(REPO_ROOT, 'test-results', 'vitest-firefox.json');
const log = new StepLog();
console.log(`node ${process.version}`);
let chromiumPath = '';
let firefoxPath = '';

const haveBrowser = await log.step('browser', () => {
  chromiumPath = provisionChromium();
  console.log(`chromium: ${chromiumPath}`);
  firefoxPath = provisionFirefox();
  console.log(`firefox: ${firefoxPath}`);
  return true;
});
if (!haveBrowser) {
  log.printSummary();
  console.log('tests: 0 passed, 0 failed');
  process.exit(1);
}

await log.step('typecheck', async () => (await run('tsc', ['--noEmit'])) === 0);
await log.step('lint', async () => (await run('biome', ['check', '.'])) === 0);
const built = await log.step('build', async () => (await run('npm', ['run', 'build'])) === 0);
// The store zips (and the keyless Chrome build they come from); the package tests open them.
if (built) await log.step('package', async () => (await run('npm', ['run', 'zip'])) === 0);
else log.skip('package', 'the build failed');

let counts = { passed: 0, failed: 0 };
const failures = [];
await log.step('vitest', async () => {
  // A failed build may leave an older one behind; never let browser tests pass against it.
  const projects = built ? [] : ['--project', 'unit', '--project', 'components'];
  if (!built) console.log('build failed: running unit and component tests only');
  await rm(REPORT, { force: true });
  const code = await run(
    'vitest',
    ['run', ...projects, '--reporter=default', '--reporter=json', `--outputFile=${REPORT}`],
    { env: { CHROMIUM_PATH: chromiumPath } },
  );
  let report;
  try {
    report = await readVitestReport(REPORT);
  } catch {
    console.error(`vitest wrote no readable report at ${REPORT}`);
    counts = { passed: 0, failed: 1 };
    return false;
  }
  counts = report;
  failures.push(...report.failures);
  if (report.e2eRan === 0) {
    console.error('No browser (e2e) test ran. They are required, never skipped.');
    return false;
  }
  return code === 0 && report.success && report.failed === 0;
});

// The built Firefox extension in real Firefox ESR, after the Chromium tests.
await log.step('firefox', async () => {
  if (!built) {
    console.error('build failed: the Firefox extension tests need the build');
    counts.failed += 1;
    return false;
  }
  await rm(FIREFOX_REPORT, { force: true });
  const code = await run(
    'vitest',
    [
      'run',
      '--config',
      'test/firefox/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${FIREFOX_REPORT}`,
    ],
    { env: { FIREFOX_PATH: firefoxPath } },
  );
  let report;
  try {
    report = await readVitestReport(FIREFOX_REPORT);
  } catch {
    console.error(`vitest wrote no readable report at ${FIREFOX_REPORT}`);
    counts = { passed: counts.passed, failed: counts.failed + 1 };
    return false;
  }
  counts = { passed: counts.passed + report.passed, failed: counts.failed + report.failed };
  failures.push(...report.failures.map((failure) => `firefox: ${failure}`));
  if (report.passed + report.failed === 0) {
    console.error('No Firefox test ran. They are required, never skipped.');
    return false;
  }
  return code === 0 && report.success && report.failed === 0;
});

if (failures.length > 0) console.log(`failed tests:\n${failures.map((f) => `  ${f}`).join('\n')}`);
log.printSummary();
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(log.allPassed ? 0 : 1);
