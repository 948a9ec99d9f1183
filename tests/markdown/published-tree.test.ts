import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseMarkdownAsWritten, publishedTree, publishedTreeToRead } from '#markdown/processor.ts';

const plain = '## Ansvar {#ansvar}\n\nNämnden ansvarar.\n\n:::kommentar{#k1 avsnitt="ansvar" stallning="synpunkt"}\nBra.\n:::\n';
const withColons = 'Larmet går kl. 8:e varje dag, Dnr:JÄRVA 2023/665.\n\n::okand\n';

describe('the published tree made from one parsed as written', () => {
  it('is the tree parseMarkdown gives', () => {
    for (const body of [plain, withColons]) {
      expect(publishedTree(parseMarkdownAsWritten(body))).toEqual(parseMarkdown(body));
      expect(publishedTreeToRead(parseMarkdownAsWritten(body))).toEqual(parseMarkdown(body));
    }
  });

  it('leaves the written tree as it was', () => {
    const written = parseMarkdownAsWritten(withColons);
    const before = structuredClone(written);
    publishedTree(written);
    publishedTreeToRead(written);
    expect(written).toEqual(before);
  });

  it('for reading, is the written tree itself when no directive goes back to text', () => {
    const written = parseMarkdownAsWritten(plain);
    expect(publishedTreeToRead(written)).toBe(written);
    const colons = parseMarkdownAsWritten(withColons);
    expect(publishedTreeToRead(colons)).not.toBe(colons);
  });
});
