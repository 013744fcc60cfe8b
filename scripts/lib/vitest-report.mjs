// Reads the counts the test runner needs from vitest's JSON reporter output.
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';

const E2E_FOLDER = `${sep}test${sep}e2e${sep}`;

/**
 * passed/failed: test cases; a test file that failed without a failing test in it
 * (an import or hook error) counts as one failure so it cannot hide.
 * e2eRan: browser test cases that actually ran (passed or failed).
 */
export async function readVitestReport(path) {
  const report = JSON.parse(await readFile(path, 'utf8'));
  let brokenFiles = 0;
  let e2eRan = 0;
  for (const file of report.testResults) {
    const ran = file.assertionResults.filter((test) => ['passed', 'failed'].includes(test.status));
    const anyFailed = ran.some((test) => test.status === 'failed');
    if (file.status === 'failed' && !anyFailed) brokenFiles += 1;
    if (file.name.includes(E2E_FOLDER)) e2eRan += ran.length;
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    e2eRan,
    success: report.success === true,
  };
}
