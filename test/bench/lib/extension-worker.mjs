// Puts the extension in a known state before a load:
// warm: its service worker is running, so its renderer process is already up;
// cold: the worker is stopped and no extension renderer process is left, as when a new tab opens
// after Chrome stopped the idle worker and no other extension page is open.
// The worker is stopped and started through CDP's ServiceWorker domain (what DevTools' Stop and
// Start buttons do), from a session on a non-extension page so the session itself keeps no
// extension process alive. The process check reads /proc (Linux): an extension renderer carries
// `--extension-process` on its command line.
import { readdirSync, readFileSync } from 'node:fs';

/** After a cold stop: lets IndexedDB's backing store close (Chromium keeps it 2 s after use). */
const COLD_SETTLE_MS = 3_000;
/** After a start: the worker's own start-up work (sync, reminders) is done before a warm load. */
const WARM_SETTLE_MS = 1_000;
const WAIT_MS = 10_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function processes() {
  const list = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Chromium rewrites its argv into one space-separated string.
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ').split(/\s+/);
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      list.push({ pid: Number(name), ppid, args });
    } catch {
      // The process ended while we read it.
    }
  }
  return list;
}

/** Extension renderer processes of the browser using `profileDir`; null where /proc is missing. */
export function extensionProcessCount(profileDir) {
  let all;
  try {
    all = processes();
  } catch {
    return null;
  }
  const roots = all.filter(
    (p) =>
      p.args.includes(`--user-data-dir=${profileDir}`) &&
      !p.args.some((arg) => arg.startsWith('--type=')),
  );
  if (roots.length === 0) return null;
  const tree = new Set(roots.map((p) => p.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter(
    (p) =>
      tree.has(p.pid) &&
      p.args.includes('--type=renderer') &&
      p.args.includes('--extension-process'),
  ).length;
}

async function until(check, what) {
  const deadline = Date.now() + WAIT_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(25);
  }
}

/**
 * Controls the extension's service worker. `controlPage` must not be an extension page
 * (the persistent context's first about:blank tab is fine).
 */
export async function extensionWorker(context, controlPage, { extensionId, profileDir }) {
  const cdp = await context.newCDPSession(controlPage);
  const versions = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: list }) => {
    for (const version of list) versions.set(version.versionId, version);
  });
  await cdp.send('ServiceWorker.enable');
  const scope = `chrome-extension://${extensionId}/`;
  const current = () =>
    [...versions.values()].find((v) => v.scriptURL.startsWith(scope) && v.status === 'activated');
  await until(() => current() !== undefined, "the extension's service worker");
  const status = () => current()?.runningStatus;
  const processCount = () => extensionProcessCount(profileDir);

  return {
    processCount,
    /** Worker running (started if it was not); returns the extension processes at the end. */
    async warm() {
      if (status() !== 'running') {
        if (status() === 'stopped')
          await cdp.send('ServiceWorker.startWorker', { scopeURL: scope });
        await until(() => status() === 'running', 'the worker to run');
        await sleep(WARM_SETTLE_MS);
      }
      return { worker: status(), extensionProcesses: processCount() };
    },
    /** Worker stopped and no extension renderer left, then a quiet pause. */
    async cold() {
      // Again if something (an alarm, say) woke the worker during the pause.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        if (status() !== 'stopped') {
          const { versionId } = current();
          await cdp.send('ServiceWorker.stopWorker', { versionId });
          await until(() => status() === 'stopped', 'the worker to stop');
        }
        await until(() => (processCount() ?? 0) === 0, 'the extension process to exit');
        await sleep(COLD_SETTLE_MS);
        if (status() === 'stopped' && (processCount() ?? 0) === 0) break;
      }
      return { worker: status(), extensionProcesses: processCount() };
    },
  };
}
