import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Public half of the signing key. It pins the Chrome extension id to
// fghgdpbcmencedbekdkhdhacbppbehdk on every machine, so tests and docs can rely on it.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxc858WpXha577YGs67KJdgCqGPTOoGK/O1Zf06U4UITPz8u32mkZUGKdiquoE/3bAGXQhDEAk0OgExNcNW+0HRBFRhWzgWR6t3ny231oK1Hq8Hv4+cdwhXRhR4NYSJWC+OzanNUzL0gAvSCTdvG3hnvxn2fZ7X8FNpCnfnEmj9m6fikhtpq8adaW2gWudJhkSJJm1cIj7o9OQP5HWzG5hhRE0T4OkdellzgWKpNpym/T9WEKERqBsN5qt3JW08v72V26iZLLKQaG/9YCll/KL4nRgounpOo0ISUWoEu/1FwIvZUYWyLgJ5QWc6QtaFoHG2s/LfYu0DDatDjRziBOLwIDAQAB';

export default defineConfig({
  // Shared code also builds with plain Vite for the PWA, so nothing is auto-imported.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Backend Path',
    description: 'Your back-end developer roadmap, one day at a time, in every new tab.',
    permissions: ['storage', 'alarms'],
    // Asked for only when the user turns the daily reminder on.
    optional_permissions: ['notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'backend-path@backendpath.app', strict_min_version: '128.0' },
          },
        }
      : { key: CHROME_KEY }),
    action: { default_title: 'Backend Path: today' },
  }),
});
