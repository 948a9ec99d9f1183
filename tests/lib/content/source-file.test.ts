import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { markdownBody, parseSourceFile } from '#lib/content/source-file.ts';

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
      expect((error as ContentProblem).format()).toMatch(/^content\/x\.md:\d+:\d+ fel \(content\/unreadable-yaml\): fälten kan inte läsas/);
    }
  });
  it('reads a file saved with a byte order mark, as Windows editors save it, with the same lines', () => {
    const file = parseSourceFile('content/x.md', `\uFEFF${markdown}`);
    expect(file.data).toEqual(parseSourceFile('content/x.md', markdown).data);
    expect(file.locate(['handlaggare', 'namn'])).toEqual({ line: 4, column: 3 });
    expect(markdownBody(`\uFEFF${markdown}`)).toBe('\n## Rubrik\n');
  });

  it('reads a file with Windows line endings as the same fields, body lines and positions', () => {
    const crlf = markdown.replaceAll('\n', '\r\n');
    const file = parseSourceFile('content/x.md', crlf);
    expect(file.data).toEqual(parseSourceFile('content/x.md', markdown).data);
    expect(file.bodyLine).toBe(parseSourceFile('content/x.md', markdown).bodyLine);
    expect(file.locate(['datum'])).toEqual({ line: 5, column: 1 });
  });

  it('refuses a Markdown file without frontmatter', () => {
    expect(() => parseSourceFile('content/x.md', '# Bara text\n')).toThrow(
      expect.objectContaining({ code: 'content/missing-frontmatter', message: 'filen saknar frontmatter.' }),
    );
  });
});

describe('parseSourceFile reads fields as the yaml package does', () => {
  // The fields are read with js-yaml for speed; `yaml` remains the reference for what a file says.
  const asYamlReadsIt = (text: string) => parseDocument(text).toJS() ?? {};
  const edgeCases = [
    'a: yes\nb: no\nc: on\nd: off\n',
    'a: 0o17\nb: 017\nc: 1_000\nd: .5\ne: +1\nf: 0x1F\ng: -.inf\nh: ~\ni: Null\nj: TRUE\n',
    'datum: 2024-01-01\ntid: 2024-01-01T10:00:00Z\nklockan: 12:30\n',
    'a: |\n  rad ett\n  rad två\nb: >\n  veckad\n  text\n',
    'a: &x {b: 1}\nc: *x\n',
    "a: 'it''s'\nb: \"\\u00e5\"\nc: !!str 1\nd:\n",
    'lista:\n  - ett\n  - två: 2\n',
    '',
    '# bara en kommentar\n',
    'a: !okand x\n',
    ': x\n',
  ];
  it.each(edgeCases)('agrees on %j', (text) => {
    expect(parseSourceFile('content/o.yaml', text).data).toEqual(asYamlReadsIt(text));
  });
  it('agrees on every content file and fixture in the repository', () => {
    const files = globSync('{content,tests/fixtures}/**/*.{md,yaml}');
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const yamlText = file.endsWith('.md') ? /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text)?.[1] : text;
      if (yamlText === undefined) continue;
      const reference = parseDocument(yamlText);
      if (reference.errors.length > 0) {
        expect(() => parseSourceFile(file, text), file).toThrow(ContentProblem);
      } else {
        expect(parseSourceFile(file, text).data, file).toEqual(reference.toJS() ?? {});
      }
    }
  });
  it('reports a syntax error in Swedish, with its line', () => {
    const text = '---\ntitel: ok\nstatus: "öppen\n---\n';
    expect(() => parseSourceFile('content/x.md', text)).toThrow(ContentProblem);
    try {
      parseSourceFile('content/x.md', text);
    } catch (error) {
      expect((error as ContentProblem).format()).toMatch(
        /^content\/x\.md:3:\d+ fel \(content\/unreadable-yaml\): fälten kan inte läsas: ett tecken saknas: ett citattecken/,
      );
    }
  });
});
