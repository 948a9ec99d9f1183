import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CONTENT_SITE, FIXTURE_SITE } from '../support/paths.ts';

const run = promisify(execFile);
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

// The Nu Html Checker over every built page, in one JVM run per site. Java is part of the machine.
describe('HTML validity (Nu Html Checker)', () => {
  for (const [name, site] of [
    ['fixture site', FIXTURE_SITE],
    ['content site', CONTENT_SITE],
  ] as const) {
    it(`finds no errors on any page of the ${name}`, async () => {
      const result = await run('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', site], {
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));
      const { messages } = JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
      const errors = messages.map((m) => `${m.url.replace(`file:${site}`, '')}:${m.lastLine ?? '?'} ${m.message}`);
      expect(errors).toEqual([]);
    });
  }
});
