import { defineConfig } from 'vitest/config';

// Unit tests run in parallel; build and browser tests share one build of the fixture corpus,
// made once by the global setup.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: true,
    maxWorkers: 2,
    // GitHub's workflow parser imports its JSON schema without an import attribute; let Vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
