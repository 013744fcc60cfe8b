// Second half of `npm start` (the build runs first): says where the unpacked extensions
// are and how to load them, then serves the built PWA on http://127.0.0.1:4173.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { REPO_ROOT } from './lib/steps.mjs';

const OUTPUT = join(REPO_ROOT, '.output');

const HOW_TO_LOAD = {
  chrome:
    'Chrome/Chromium/Edge: open chrome://extensions, switch on "Developer mode", click "Load unpacked" and choose:',
  firefox:
    'Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and choose manifest.json in:',
};

function builtExtensions() {
  if (!existsSync(OUTPUT)) return [];
  return (
    readdirSync(OUTPUT, { withFileTypes: true })
      // `npm run zip` leaves the keyless Chrome Web Store build in chrome-mv3-store; not for loading.
      .filter((entry) => !entry.name.endsWith('-store'))
      .filter(
        (entry) => entry.isDirectory() && existsSync(join(OUTPUT, entry.name, 'manifest.json')),
      )
      .map((entry) => ({
        browser: entry.name.split('-')[0] ?? entry.name,
        dir: join(OUTPUT, entry.name),
      }))
  );
}

const extensions = builtExtensions();
if (extensions.length === 0) {
  console.error(
    'No built extension in .output/. Run `npm start` (it builds first) or `npm run build`.',
  );
  process.exit(1);
}
console.log('\nBackend Path is built.\n\nExtension (unpacked):');
for (const { browser, dir } of extensions) {
  console.log(`  ${HOW_TO_LOAD[browser] ?? `${browser}: load the unpacked extension from:`}`);
  console.log(`    ${dir}\n`);
}

try {
  // Host, port and base path come from vite.pwa.config.ts.
  const server = await preview({
    configFile: join(REPO_ROOT, 'vite.pwa.config.ts'),
    logLevel: 'warn',
  });
  const urls = server.resolvedUrls?.local ?? [];
  console.log(`PWA (offline web app): ${urls.join(' ')}\nPress Ctrl+C to stop.`);
} catch (error) {
  console.error(`Could not serve the PWA: ${error instanceof Error ? error.message : error}`);
  console.error('Is something else using port 4173? Stop it and run `npm start` again.');
  process.exit(1);
}
