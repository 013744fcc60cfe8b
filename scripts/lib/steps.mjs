// Named, timed steps for the command-line scripts, so every run shows where its time went.
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';

export const REPO_ROOT = new URL('../../', import.meta.url).pathname;
const LOCAL_BIN = join(REPO_ROOT, 'node_modules', '.bin');

/** Runs `command` with the project's own binaries first on PATH; resolves to its exit code. */
export function run(command, args, { env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env, PATH: `${LOCAL_BIN}${delimiter}${process.env.PATH ?? ''}` },
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)}s`;
}

/** Records each step's name, outcome and duration. */
export class StepLog {
  steps = [];

  /** Runs `body`, which returns true for success (or throws); prints and records the outcome. */
  async step(name, body) {
    console.log(`\n==> ${name}`);
    const started = performance.now();
    let ok;
    try {
      ok = await body();
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      ok = false;
    }
    const took = seconds(started);
    this.steps.push({ name, ok, took });
    console.log(`<== ${name}: ${ok ? 'ok' : 'FAILED'} (${took})`);
    return ok;
  }

  skip(name, why) {
    this.steps.push({ name, ok: false, took: `skipped: ${why}` });
    console.log(`\n--- ${name}: skipped, ${why}`);
  }

  get allPassed() {
    return this.steps.every((step) => step.ok);
  }

  printSummary() {
    console.log('\nsteps:');
    for (const { name, ok, took } of this.steps) {
      console.log(`  ${ok ? 'ok    ' : 'FAILED'}  ${name.padEnd(12)} ${took}`);
    }
  }
}
