import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { failOnFatalWarnings } from './scripts/lib/build-warnings';

/** Where the PWA is hosted, e.g. `/backend-path/` on a project page. Always starts and ends with `/`. */
function basePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const THEME_BOOT_FILE = 'theme-boot.js';
const THEME_BOOT_SOURCE = new URL(`./public/${THEME_BOOT_FILE}`, import.meta.url);

/**
 * The extension's theme-boot script lives in its own public/ folder; this ships the same
 * file with the PWA and loads it first in <head>, so a dark theme never flashes white.
 */
function themeBoot(): Plugin {
  let base = '/';
  const source = () => readFileSync(THEME_BOOT_SOURCE, 'utf8');
  return {
    name: 'backend-path:theme-boot',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use(`${base}${THEME_BOOT_FILE}`, (_request, response) => {
        response.setHeader('content-type', 'text/javascript; charset=utf-8');
        response.end(source());
      });
    },
    // Right after <meta charset> and the viewport, before any stylesheet or module.
    transformIndexHtml(html) {
      const viewport = /(<meta name="viewport"[^>]*>)/;
      if (!viewport.test(html)) throw new Error('pwa/index.html needs a viewport meta tag');
      return html.replace(viewport, `$1\n    <script src="${base}${THEME_BOOT_FILE}"></script>`);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: THEME_BOOT_FILE, source: source() });
    },
  };
}

/**
 * `build-info.json` next to index.html: the version the app shows, for `npm run release` to
 * compare with package.json and the extension manifests.
 */
function buildInfo(version: string, buildId: string): Plugin {
  return {
    name: 'backend-path:build-info',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'build-info.json',
        source: `${JSON.stringify({ name: 'backend-path', version, buildId })}\n`,
      });
    },
  };
}

const PACKAGE_VERSION: string = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
).version;

/** Light page background: the splash screen and title bar blend into the page. */
const LIGHT_BACKGROUND = '#f6f7f9';
const BUILD_ID = process.env.PWA_BUILD_ID ?? PACKAGE_VERSION;

export default defineConfig({
  root: 'pwa',
  base: basePath(process.env.BASE_PATH),
  define: {
    __APP_VERSION__: JSON.stringify(PACKAGE_VERSION),
    // Tells two builds apart (the update test builds twice); defaults to the app version.
    __PWA_BUILD_ID__: JSON.stringify(BUILD_ID),
  },
  build: {
    outDir: '../dist/pwa',
    emptyOutDir: true,
    rolldownOptions: { onLog: failOnFatalWarnings },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  plugins: [
    preact(),
    themeBoot(),
    buildInfo(PACKAGE_VERSION, BUILD_ID),
    VitePWA({
      registerType: 'prompt',
      strategies: 'generateSW',
      injectRegister: false,
      // globPatterns below already precaches the icons, and the plugin adds the manifest itself;
      // listing either twice only adds noise.
      includeManifestIcons: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,woff2}'],
        navigateFallback: 'index.html',
        // The first visit is controlled at once. A later version still waits: 'prompt' mode
        // never calls skipWaiting until the user clicks Reload, and only an activating worker claims.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
      manifest: {
        id: '.',
        name: 'Backend Path',
        short_name: 'Backend Path',
        description:
          'Your back-end developer roadmap, one day at a time: today’s task, ticks, notes and streaks. Works offline; move progress from the browser extension in one scan.',
        categories: ['education', 'productivity'],
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: LIGHT_BACKGROUND,
        background_color: LIGHT_BACKGROUND,
        // Made from the real built UI by `npm run screenshots` (scripts/screenshots.mjs).
        screenshots: [
          {
            src: 'screenshot-wide.png',
            sizes: '1280x800',
            type: 'image/png',
            form_factor: 'wide',
            label: 'Today’s task on a laptop',
          },
          {
            src: 'screenshot-narrow.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Today’s task on a phone',
          },
        ],
        shortcuts: [
          { name: 'Today', short_name: 'Today', url: './#/today' },
          {
            name: 'Receive from laptop',
            short_name: 'Receive',
            description: 'Scan or paste the code from Send to phone',
            url: './#/receive',
          },
        ],
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
  ],
});
