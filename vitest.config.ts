import { defineConfig } from 'vitest/config';

// One `pnpm test` runs both projects. Integration tests acquire real Kafka, S3-compatible
// storage and Redis in their global setup (env, else testcontainers, else native scripts)
// and fail, never skip, when none can be had.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'services/*/test/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/test/**/*.integration.test.ts', 'services/*/test/**/*.integration.test.ts'],
          globalSetup: ['packages/testkit/src/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
