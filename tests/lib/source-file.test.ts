import { describe, expect, it } from 'vitest';
import { ContentProblem } from '../../src/lib/content-problem.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';

const markdown = ['---', 'titel: Ett svar', 'handlaggare:', '  namn: Kim', 'datum: 2024-01-23', '---', '', '## Rubrik', ''].join('\n');

describe('parseSourceFile', () => {
  it('splits frontmatter from the body and keeps dates as text', () => {
    const file = parseSourceFile('content/x.md', markdown);
    expect(file.data).toEqual({ titel: 'Ett svar', handlaggare: { namn: 'Kim' }, datum: '2024-01-23' });
    expect(file.body).toBe('\n## Rubrik\n');
    expect(file.bodyLine).toBe(7);
  });
  it('locates fields, nested fields, and a missing field at its parent', () => {
    const file = parseSourceFile('content/x.md', markdown);
    expect(file.locate(['titel'])).toEqual({ line: 2, column: 1 });
    expect(file.locate(['handlaggare', 'namn'])).toEqual({ line: 4, column: 3 });
    expect(file.locate(['handlaggare', 'epost'])).toEqual({ line: 3, column: 1 });
  });
  it('reads YAML files whole', () => {
    const file = parseSourceFile('content/o.yaml', 'namn: Järva\ntyp: stadsdelsnamnd\n');
    expect(file.data).toEqual({ namn: 'Järva', typ: 'stadsdelsnamnd' });
    expect(file.locate(['typ']).line).toBe(2);
  });
  it('names the file and line of a YAML syntax error', () => {
    expect(() => parseSourceFile('content/x.md', '---\ntitel: [öppen\n---\n')).toThrow(ContentProblem);
    try {
      parseSourceFile('content/x.md', '---\ntitel: ok\nstatus: [öppen\n---\n');
    } catch (error) {
      expect((error as ContentProblem).format()).toMatch(/^content\/x\.md:\d+:\d+ fel: YAML kan inte läsas/);
    }
  });
  it('refuses a Markdown file without frontmatter', () => {
    expect(() => parseSourceFile('content/x.md', '# Bara text\n')).toThrow(/saknar frontmatter/);
  });
});
