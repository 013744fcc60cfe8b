// `npm run test:e2e`: build and zip, then only the real-browser tests.
import { provisionChromium } from './lib/chromium.mjs';
import { run, StepLog } from './lib/steps.mjs';

const log = new StepLog();
let chromiumPath = '';
const ready =
  (await log.step('browser', () => {
    chromiumPath = provisionChromium();
    return true;
  })) &&
  (await log.step('build', async () => (await run('npm', ['run', 'build'])) === 0)) &&
  // The store zips, which test/e2e/store-packages.test.ts and store-docs.test.ts open.
  (await log.step('package', async () => (await run('npm', ['run', 'zip'])) === 0));
if (ready) {
  await log.step('e2e', async () => {
    const code = await run('vitest', ['run', '--project', 'e2e'], {
      env: { CHROMIUM_PATH: chromiumPath },
    });
    return code === 0;
  });
}
log.printSummary();
process.exit(log.allPassed ? 0 : 1);
