import { defineConfig } from 'vitest/config';

// ESURETY_TEST_DB=postgresql runs the same integration tests on PostgreSQL (TEST_DATABASE_URL).
const database = process.env.ESURETY_TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite';

export default defineConfig({
  resolve: {
    conditions: ['source'],
    // One graphql realm: the CommonJS build that type-graphql and Apollo Server load.
    alias: { graphql: require.resolve('graphql') },
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: `server (${database})`,
    include: ['src/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { ESURETY_TEST_DB: database },
  },
});
