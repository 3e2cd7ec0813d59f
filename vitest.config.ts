import { defineConfig } from 'vitest/config';

// Three tiers: pure unit tests beside the code, integration tests that build the
// app on a real database (SQLite, or PostgreSQL when TEST_DB=postgres), and
// browser journeys in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'test/reliability/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          globalSetup: ['test/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Polls wait for what the user would see; a loaded machine needs far more than the 1 s default.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
