// Reads the counts the test runner needs from vitest's JSON reporter output.
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';

const E2E_FOLDER = `${sep}test${sep}e2e${sep}`;

/**
 * passed/failed: test cases; a test file that failed without a failing test in it
 * (an import or hook error) counts as one failure so it cannot hide.
 * e2eRan: browser test cases that actually ran (passed or failed).
 * failures: "file › test: first line of the message", so a CI log's tail names what broke.
 */
export async function readVitestReport(path) {
  const report = JSON.parse(await readFile(path, 'utf8'));
  let brokenFiles = 0;
  let e2eRan = 0;
  const failures = [];
  for (const file of report.testResults) {
    const ran = file.assertionResults.filter((test) => ['passed', 'failed'].includes(test.status));
    const anyFailed = ran.some((test) => test.status === 'failed');
    const where = file.name.split(`${sep}test${sep}`).pop();
    if (file.status === 'failed' && !anyFailed) {
      brokenFiles += 1;
      failures.push(`${where}: ${firstLine(file.message)}`);
    }
    for (const test of ran.filter((each) => each.status === 'failed')) {
      failures.push(`${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
    if (file.name.includes(E2E_FOLDER)) e2eRan += ran.length;
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    e2eRan,
    failures,
    success: report.success === true,
  };
}

function firstLine(text) {
  return String(text ?? 'no message')
    .split('\n')[0]
    .slice(0, 300);
}
