import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Public half of the signing key. It pins the Chrome extension id to
// fghgdpbcmencedbekdkhdhacbppbehdk on every machine, so tests and docs can rely on it.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxc858WpXha577YGs67KJdgCqGPTOoGK/O1Zf06U4UITPz8u32mkZUGKdiquoE/3bAGXQhDEAk0OgExNcNW+0HRBFRhWzgWR6t3ny231oK1Hq8Hv4+cdwhXRhR4NYSJWC+OzanNUzL0gAvSCTdvG3hnvxn2fZ7X8FNpCnfnEmj9m6fikhtpq8adaW2gWudJhkSJJm1cIj7o9OQP5HWzG5hhRE0T4OkdellzgWKpNpym/T9WEKERqBsN5qt3JW08v72V26iZLLKQaG/9YCll/KL4nRgounpOo0ISUWoEu/1FwIvZUYWyLgJ5QWc6QtaFoHG2s/LfYu0DDatDjRziBOLwIDAQAB';

/**
 * What the new tab and the popup need to paint today's task (see entrypoints/newtab/main.tsx
 * and entrypoints/popup/main.tsx), from the repo root.
 */
const NEWTAB_STARTUP_MODULES = [
  'components/after-next-paint.ts',
  'components/BehindBanner.tsx',
  'components/DayCard.tsx',
  'components/Checklist.tsx',
  'components/startup-marks.ts',
  'components/QuickDay.tsx',
  'components/screens/PopupShell.tsx',
  'components/screens/startup-today.ts',
  'components/screens/TodayShell.tsx',
  'components/screens/today-cache.ts',
  'components/screens/today-card.ts',
  'components/screens/view-model.ts',
  'utils/schedule.ts',
  'utils/date.ts',
  'utils/platform.ts',
  'utils/curriculum/lookup.ts',
  'utils/curriculum/load-plan.ts',
  'utils/db/early-read.ts',
  'node_modules/preact/dist/preact.mjs',
  'node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs',
].map((path) => fileURLToPath(new URL(`./${path}`, import.meta.url)));

/**
 * Set by `npm run zip` (scripts/zip.mjs) for the Chrome Web Store package: the same production
 * build, without the `key`, in `.output/chrome-mv3-store`, so the keyed `.output/chrome-mv3`
 * that tests and `npm start` use stays as it is.
 */
const STORE_ZIP = process.env.BACKEND_PATH_STORE_ZIP === '1';

function isNewtabStartupModule(id: string): boolean {
  return NEWTAB_STARTUP_MODULES.includes(id.split('?')[0] ?? id);
}

export default defineConfig({
  // Shared code also builds with plain Vite for the PWA, so nothing is auto-imported.
  imports: false,
  vite: () => ({
    plugins: [preact()],
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
      // Every browser we ship to supports modulepreload; the polyfill would be a script on every page.
      config.build.modulePreload = { polyfill: false };
      config.build.rolldownOptions ??= {};
      config.build.rolldownOptions.output = {
        ...config.build.rolldownOptions.output,
        // The new tab's first paint gets a chunk of its own, so nothing else rides along with it.
        // The browser/storage runtime gets its own, or it would be merged into that chunk.
        codeSplitting: {
          groups: [
            { name: 'startup', test: isNewtabStartupModule },
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
