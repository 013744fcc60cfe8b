// Finds the Chromium that the real-browser tests drive. Shared by the test runner,
// the icon renderer and the e2e harness so they all agree on one browser.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const HOW_TO_GET_ONE =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** CHROMIUM_PATH if set, else `chromium` on PATH, else undefined. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file. ${HOW_TO_GET_ONE}`);
    }
    return fromEnv;
  }
  return onPath('chromium');
}

/** Like findChromium, but throws a message that says how to get a browser. */
export function requireChromium() {
  const found = findChromium();
  if (!found) throw new Error(`No Chromium found. ${HOW_TO_GET_ONE}`);
  return found;
}

function canInstallWithApt() {
  return (
    process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get') !== undefined
  );
}

/**
 * Finds Chromium, installing Debian's package when we are root with apt-get (CI containers).
 * `log` receives progress lines.
 */
export function provisionChromium(log = console.log) {
  const found = findChromium();
  if (found) return found;
  if (!canInstallWithApt()) throw new Error(`No Chromium found. ${HOW_TO_GET_ONE}`);
  log('chromium not found; installing it with apt-get');
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed. ${HOW_TO_GET_ONE}`);
  }
  return requireChromium();
}
