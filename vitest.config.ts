import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Three suites, one runner: pure logic and data in Node, components in happy-dom,
// and the real-browser tests (built extension and PWA in Debian's Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // Property runs take seconds; on a loaded CI machine the 5 s default is too tight.
          testTimeout: 30_000,
          setupFiles: ['test/setup/indexeddb.ts', 'test/setup/fast-check.ts'],
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['test/components/**/*.test.tsx'],
          testTimeout: 30_000,
          setupFiles: [
            'test/setup/indexeddb.ts',
            'test/setup/fast-check.ts',
            'test/setup/lazy-chunks.ts',
          ],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['utils/**/*.ts'],
      reporter: ['text-summary', 'text'],
    },
  },
});
