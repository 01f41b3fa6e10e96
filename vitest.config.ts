import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Three tiers: pure unit tests beside the code (parallel), web component tests in jsdom, and
// suites that need the real Neo4j (`*.int.test.ts`, end-to-end) sharing one throwaway server
// started once per run, run one file at a time because they share its graph.
export default defineConfig({
  resolve: {
    // graphql ships ESM and CommonJS builds; Apollo loads the CommonJS one, so everything must,
    // or introspection fails with "from another module or realm" (Node itself avoids this).
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['{neo4j,seed,api}/src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['web/src/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          environment: 'node',
          include: ['{neo4j,seed,api}/src/**/*.int.test.ts', 'tests/**/*.int.test.ts', 'tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
