// Finds (and, in CI containers, installs) a browser the real-browser tests drive.
// One recipe for every browser: an env var, then names on PATH, then Debian's package.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

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

function canInstallWithApt() {
  return (
    process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get') !== undefined
  );
}

/**
 * @param {{ label: string, envVar: string, commands: string[], aptPackage: string, aptFlags?: string[] }} spec
 */
export function browserFinder({ label, envVar, commands, aptPackage, aptFlags = [] }) {
  const howToGetOne =
    `Install ${label} (Debian/Ubuntu: \`sudo apt-get install -y ${aptPackage}\`) ` +
    `or point ${envVar} at a ${label} executable.`;

  /** The env var if set, else the first command found on PATH, else undefined. */
  function find() {
    const fromEnv = process.env[envVar];
    if (fromEnv) {
      if (!isExecutable(fromEnv)) {
        throw new Error(`${envVar}=${fromEnv} is not an executable file. ${howToGetOne}`);
      }
      return fromEnv;
    }
    for (const command of commands) {
      const found = onPath(command);
      if (found) return found;
    }
    return undefined;
  }

  /** Like find, but throws a message that says how to get the browser. */
  function require() {
    const found = find();
    if (!found) throw new Error(`No ${label} found. ${howToGetOne}`);
    return found;
  }

  /** Finds the browser, installing Debian's package when root with apt-get. */
  function provision(log = console.log) {
    const found = find();
    if (found) return found;
    if (!canInstallWithApt()) throw new Error(`No ${label} found. ${howToGetOne}`);
    log(`${label} not found; installing ${aptPackage} with apt-get`);
    for (const args of [['update'], ['install', '-y', ...aptFlags, aptPackage]]) {
      const result = spawnSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed. ${howToGetOne}`);
    }
    return require();
  }

  return { find, require, provision };
}
