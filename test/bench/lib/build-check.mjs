// Builds the extension and the PWA when a build is missing or older than any source file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['components', 'entrypoints', 'utils', 'pwa', 'public'];
const CONFIG_FILES = ['wxt.config.ts', 'vite.pwa.config.ts', 'package.json'];
const OUTPUTS = ['.output/chrome-mv3/manifest.json', 'dist/pwa/index.html'];

function newestIn(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, name)));
  return newest;
}

export function ensureBuild(root) {
  const outputs = OUTPUTS.map((file) => join(root, file));
  const sourcesChanged = Math.max(
    ...[...SOURCES, ...CONFIG_FILES]
      .map((path) => join(root, path))
      .filter(existsSync)
      .map(newestIn),
  );
  const stale = outputs.some(
    (file) => !existsSync(file) || statSync(file).mtimeMs < sourcesChanged,
  );
  if (!stale) return;
  console.log('bench: build missing or older than the sources, running `npm run build`');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}
