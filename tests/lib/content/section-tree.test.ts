import { describe, expect, it } from 'vitest';
import { sectionTree } from '#lib/content/section-tree.ts';
import { parseMarkdown } from '#markdown/processor.ts';

const body = `Inledning.

## Om programmet {#om}
Text om programmet.

## Fokusområden {#fokus}
### Beredskap {#beredskap}
Beredskapstext.
#### Krisstöd {#krisstod}
Krisstöd ges.
### Personsäkerhet {#personsakerhet}
Skydd.
## Uppföljning {#uppfoljning}
`;

describe('sectionTree', () => {
  const tree = sectionTree(parseMarkdown(body), 'v.md', 10);

  it('numbers sections by their place in the tree', () => {
    expect(tree.sections.map((s) => `${s.number} ${s.id}`)).toEqual([
      '1 om',
      '2 fokus',
      '2.1 beredskap',
      '2.1.1 krisstod',
      '2.2 personsakerhet',
      '3 uppfoljning',
    ]);
  });
  it('knows parents and keeps each section to its own text', () => {
    const krisstod = tree.sections.find((s) => s.id === 'krisstod');
    expect(krisstod?.parentId).toBe('beredskap');
    expect(krisstod?.text).toBe('Krisstöd ges.');
    expect(tree.sections.find((s) => s.id === 'beredskap')?.text).toBe('Beredskapstext.');
    expect(tree.preamble).toHaveLength(1);
  });
  it('reports headings in file lines, offset by where the body starts', () => {
    expect(tree.sections[0]?.line).toBe(12);
    expect(tree.problems).toEqual([]);
  });
  it('reports a missing ID with a suggested one, and a duplicate ID with both lines', () => {
    const bad = sectionTree(parseMarkdown('## Vad som hotar\n\n## A {#a}\n\n## B {#a}\n'), 'v.md');
    expect(bad.problems.map((p) => p.format())).toEqual([
      'v.md:1:1 fel (content/section-without-id): avsnittet "Vad som hotar" saknar id. Skriv id:t sist på rubrikraden, t.ex. "## Vad som hotar {#vad-som-hotar}". Behåll samma id i senare versioner.',
      'v.md:5:1 fel (content/duplicate-section-id): avsnitts-id "a" används två gånger i samma version (första gången på rad 3). Ge avsnittet ett eget id.',
    ]);
  });
});
