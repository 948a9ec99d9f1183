import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths.ts';

/** Runs the real build script on a content folder into a dist folder; resolves with its output. */
export function buildSite(
  contentDir: string,
  distDir: string,
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      // The cache beside the site, so a test's temporary folder takes its cache with it.
      env: {
        ...process.env,
        STYRDOK_CONTENT: contentDir,
        STYRDOK_DIST: distDir,
        STYRDOK_CACHE_DIR: `${distDir}.cache`,
        STYRDOK_QUIET: '1',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
