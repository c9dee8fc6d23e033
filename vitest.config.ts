import { defineConfig } from 'vitest/config';

// Unit and integration tests that run in Node (model, graph, formats, CLI).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
