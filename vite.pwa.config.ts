import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Where the PWA is hosted, e.g. `/backend-path/` on a project page. Always starts and ends with `/`. */
function basePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const THEME_COLOUR = '#312e81';

export default defineConfig({
  root: 'pwa',
  base: basePath(process.env.BASE_PATH),
  build: {
    outDir: '../dist/pwa',
    emptyOutDir: true,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  plugins: [
    preact(),
    VitePWA({
      registerType: 'prompt',
      strategies: 'generateSW',
      injectRegister: false,
      // globPatterns below already precaches the icons; listing them twice only adds noise.
      includeManifestIcons: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,woff2}'],
        navigateFallback: 'index.html',
        // The first visit should already work offline; updates still wait for the prompt.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
      manifest: {
        name: 'Backend Path',
        short_name: 'Backend Path',
        description: 'Your back-end developer roadmap, one day at a time. Works offline.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: THEME_COLOUR,
        background_color: THEME_COLOUR,
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
