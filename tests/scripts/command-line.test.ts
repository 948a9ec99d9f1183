import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.ts';

// Every command an editor or developer runs answers --help in Swedish and a mistyped option in
// Swedish, without starting its work.
const COMMANDS: [string, RegExp][] = [
  ['build.ts', /^Bygger webbplatsen i dist\//],
  ['check-content.ts', /^Kontrollerar allt under content\//],
  ['changes.ts', /^Sammanfattar i Markdown/],
  ['new-anvisning.ts', /^Skapar en ny tillämpningsanvisning/],
  ['new-remissvar.ts', /^Skapar ett nytt remissvar/],
];

describe('the commands', () => {
  for (const [script, summary] of COMMANDS) {
    it(`${script} answers --help in Swedish, with how to call it, and does nothing else`, async () => {
      const { code, stdout, stderr } = await runScript(script, ['--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(summary);
      expect(stdout).toContain('Så här:\n  npm run ');
      expect(stderr).toBe('');
    });
  }

  it('answers a mistyped option in Swedish, with the option meant and the usage', async () => {
    const { code, stderr } = await runScript('new-remissvar.ts', ['--remis', 'alfa-2024']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Fel: Okänt val: --remis\. Menade du "--remiss"\?\n\nSkapar ett nytt remissvar/);
    expect(stderr).not.toMatch(/ERR_PARSE_ARGS|at .*\.js/);
  });
});
