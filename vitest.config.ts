import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs no site and runs in about a minute; `site` shares one build of the
// fixture corpus and one of content/, made once by its global setup, for the build, browser,
// quality, search and workflow tests.
export default defineConfig({
  test: {
    // Limits catch hangs only: a loaded machine may take several times longer than a quiet one.
    testTimeout: 600_000,
    hookTimeout: 900_000,
    // expect.poll gives up after 1 s by default: too soon for a browser on a loaded machine.
    expect: { poll: { timeout: 60_000 } },
    fileParallelism: true,
    // What is in force depends on the day; tests build for one fixed day (src/lib/versions/version-standing.ts).
    env: { STYRDOK_BUILD_DATE: '2026-06-15' },
    maxWorkers: 2,
    // GitHub's workflow parser imports its JSON schema without an import attribute; let Vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/{lib,config,schemas,markdown,data,scripts,content,bench,loaders}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/{build,browser,quality,search,workflows}/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
