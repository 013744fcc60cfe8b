import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Public half of the signing key. It pins the Chrome extension id to
// fghgdpbcmencedbekdkhdhacbppbehdk on every machine, so tests and docs can rely on it.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxc858WpXha577YGs67KJdgCqGPTOoGK/O1Zf06U4UITPz8u32mkZUGKdiquoE/3bAGXQhDEAk0OgExNcNW+0HRBFRhWzgWR6t3ny231oK1Hq8Hv4+cdwhXRhR4NYSJWC+OzanNUzL0gAvSCTdvG3hnvxn2fZ7X8FNpCnfnEmj9m6fikhtpq8adaW2gWudJhkSJJm1cIj7o9OQP5HWzG5hhRE0T4OkdellzgWKpNpym/T9WEKERqBsN5qt3JW08v72V26iZLLKQaG/9YCll/KL4nRgounpOo0ISUWoEu/1FwIvZUYWyLgJ5QWc6QtaFoHG2s/LfYu0DDatDjRziBOLwIDAQAB';

/**
 * What a view needs to paint today's task (the start-up path in components/screens/startup/),
 * from the repo root. Each module here should export little beyond what start-up uses: its
 * other exports ride along. A test fails if a path here is missing.
 */
const STARTUP_MODULES = [
  'components/after-next-paint.ts',
  'components/Checklist.tsx',
  'components/startup-marks.ts',
  'components/screens/startup/boot.tsx',
  'components/screens/startup/early-ticks.ts',
  'components/screens/startup/profile-cache.ts',
  'components/screens/startup/startup-today.ts',
  'components/screens/startup/today-cache.ts',
  'components/screens/startup/today-card.ts',
  'components/screens/view-model.ts',
  'utils/model/ids.ts',
  'utils/model/local-date.ts',
  'utils/model/profile-guard.ts',
  'utils/calendar.ts',
  'utils/schedule.ts',
  'utils/date.ts',
  'utils/platform.ts',
  'utils/curriculum/lookup.ts',
  'utils/curriculum/load-plan.ts',
  'utils/db/early-read.ts',
  'node_modules/preact/dist/preact.mjs',
  'node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs',
];
/**
 * Only the new tab's first paint draws today's full card: a chunk of its own keeps it out of
 * the popup's start-up.
 */
const TODAY_SHELL_MODULES = [
  'components/DayCard.tsx',
  'components/StatePill.tsx',
  'components/study/DayStudySummary.tsx',
  'components/study/format-minutes.ts',
  'components/screens/startup/TodayShell.tsx',
];
/** Only the popup's first paint draws these: a chunk of their own keeps them off the new tab. */
const POPUP_SHELL_MODULES = [
  'components/QuickDay.tsx',
  'components/screens/startup/PopupShell.tsx',
];

/**
 * Set by `npm run zip` (scripts/zip.mjs) for the Chrome Web Store package: the same production
 * build, without the `key`, in `.output/chrome-mv3-store`, so the keyed `.output/chrome-mv3`
 * that tests and `npm start` use stays as it is.
 */
const STORE_ZIP = process.env.BACKEND_PATH_STORE_ZIP === '1';

/**
 * `PWA_URL`: where the PWA is hosted (next to its `BASE_PATH`), so Send to phone's QR is a link
 * that opens it. Empty when unset; Options can set it too.
 */
function pwaUrl(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  if (text === '') return '';
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PWA_URL must be an http(s) address, got ${text}`);
  url.hash = '';
  if (!url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) url.pathname += '/';
  return url.href;
}

function matcher(paths: readonly string[]): (id: string) => boolean {
  const absolute = paths.map((path) => fileURLToPath(new URL(`./${path}`, import.meta.url)));
  return (id) => absolute.includes(id.split('?')[0] ?? id);
}

export default defineConfig({
  // Shared code also builds with plain Vite for the PWA, so nothing is auto-imported.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    define: { __PWA_URL__: JSON.stringify(pwaUrl(process.env.PWA_URL)) },
  }),
  hooks: {
    // Only the pages' build splits chunks; the background is a single classic script.
    'vite:build:extendConfig': (entrypoints, config) => {
      // `imports: false` still leaves WXT's auto-import plugin in the build, and it turns any
      // local named like a WXT helper (a `storage` parameter, say) into an import of WXT's
      // storage runtime: 3.3 KB gzip that rode into the new tab's start-up chunk.
      config.plugins = config.plugins?.filter(
        (plugin) =>
          !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'unimport'),
      );
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'newtab')) return;
      config.build ??= {};
      // Extension pages load from disk, where a dynamic import's own imports cost no round
      // trip: no preload helper (about 1 KB gzip) in the start-up chunk.
      config.build.modulePreload = false;
      config.build.rolldownOptions ??= {};
      config.build.rolldownOptions.output = {
        ...config.build.rolldownOptions.output,
        // The new tab's first paint gets a chunk of its own, so nothing else rides along with it.
        // The browser/storage runtime gets its own, or it would be merged into that chunk.
        codeSplitting: {
          groups: [
            { name: 'startup', test: matcher(STARTUP_MODULES) },
            { name: 'today-shell', test: matcher(TODAY_SHELL_MODULES) },
            { name: 'popup-shell', test: matcher(POPUP_SHELL_MODULES) },
            {
              name: 'wxt-runtime',
              test: /node_modules[\\/](@wxt-dev|superlock)[\\/]/,
              priority: 1,
            },
          ],
        },
      };
    },
  },
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}{{modeSuffix}}${STORE_ZIP ? '-store' : ''}`,
  zip: {
    // The Firefox sources zip is for reviewers: the code and how to build it, no build output.
    excludeSources: [
      'dist/**',
      'bench-results/**',
      'test-results/**',
      'coverage/**',
      'stats.html',
      '**/*.log',
      'docs/**/*.png',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'Backend Path',
    description: 'Your back-end developer roadmap, one day at a time, in every new tab.',
    permissions: ['storage', 'alarms'],
    // Asked for only when the user turns the daily reminder on.
    optional_permissions: ['notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backend-path@backendpath.app',
              // 140 is the first Firefox that reads `data_collection_permissions`.
              strict_min_version: '140.0',
              // Nothing leaves the browser: see docs/store/privacy.md.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads `data_collection_permissions` from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // The Chrome Web Store refuses a package with a `key` ("key field is not allowed in
        // manifest") and gives the item an id of its own, so the store build leaves it out;
        // every other build keeps the pinned id.
        STORE_ZIP
        ? {}
        : { key: CHROME_KEY }),
    action: { default_title: 'Backend Path: today' },
  }),
});
