import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCopy } from '../support/fixture-copy.ts';
import { FIXTURE_CONTENT } from '../support/paths.ts';
import { runScript } from '../support/run-script.ts';

describe('the content check as an editor runs it', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('ends by naming the command the editor ran, to run again', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    await copy.edit('program/beta/2024.md', (text) => `${text.trimEnd()}\n\n## Övning {#Övning}\n\nText.\n`);
    for (const command of ['check', 'check:content']) {
      const { code, stderr } = await runScript('check-content.ts', [copy.dir], { env: { npm_lifecycle_event: command } });
      expect(code).toBe(1);
      expect(stderr.trim().split('\n').at(-1)).toBe(`Innehållskontrollen hittade 1 fel. Rätta det och kör "npm run ${command}" igen.`);
    }
  });

  it('counts the warnings', async () => {
    const { code, stdout } = await runScript('check-content.ts', [FIXTURE_CONTENT], { env: { npm_lifecycle_event: 'check' } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Innehållet är giltigt \(.*corpus\)\. 2 varningar\.\n$/);
  });
});
