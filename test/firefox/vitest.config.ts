import { defineConfig } from 'vitest/config';

// The Firefox extension tests run on their own, after the Chromium ones, in real Firefox ESR.
export default defineConfig({
  test: {
    name: 'firefox',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
