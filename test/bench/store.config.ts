import { defineConfig } from 'vitest/config';

// Runs the store benchmark through Vitest's TypeScript pipeline; no extra tooling needed.
export default defineConfig({
  test: {
    include: ['test/bench/store.ts'],
    environment: 'node',
    setupFiles: ['test/setup/indexeddb.ts'],
    testTimeout: 600_000,
    reporters: ['dot'],
  },
});
