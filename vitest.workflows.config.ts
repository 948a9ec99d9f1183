import { defineConfig } from 'vitest/config';

// The workflows' run steps on a fresh clone (tests/workflow-runs/): about ten minutes of npm ci,
// checks and builds, so `npm run test:workflows` runs it on its own, outside `npm test`.
export default defineConfig({
  test: {
    include: ['tests/workflow-runs/**/*.test.ts'],
    // Limits catch hangs only: three npm ci, a check and two builds on a loaded 2-core machine.
    testTimeout: 3_600_000,
    fileParallelism: false,
  },
});
