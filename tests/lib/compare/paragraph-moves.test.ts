import { describe, expect, it } from 'vitest';
import { LeftoverMatrix } from '#lib/compare/paragraph-moves.ts';
import { wordBag } from '#lib/text/text-similarity.ts';

const leftover = (text: string, gap: number) => ({ paragraph: { key: text, bag: wordBag(text) }, gap });

const HOT = 'Alla händelser med hot eller våld ska rapporteras i stadens system för rapportering av arbetsskador och tillbud.';
const ALIKE = 'Otillåten påverkan är när någon försöker få en medarbetare att fatta ett visst beslut genom hot eller våld.';

describe('LeftoverMatrix', () => {
  it('finds a paragraph that moved to another section, unchanged or edited', () => {
    const matrix = new LeftoverMatrix(
      [leftover(HOT, 0), leftover(ALIKE, 0)],
      [
        leftover('Staden ska som arbetsgivare göra polisanmälan när det behövs.', 1),
        leftover(HOT.replace('hot eller våld', 'hot, våld eller trakasserier'), 2),
        leftover(ALIKE, 3),
      ],
    );
    expect(matrix.moves(new Set(), new Set())).toEqual([
      { old: 1, new: 2, similarity: 1 },
      { old: 0, new: 1, similarity: expect.closeTo(0.93, 1) },
    ]);
  });

  it('does not take a short common line for a move', () => {
    const matrix = new LeftoverMatrix([leftover('Staden ska skydda', 0)], [leftover('Staden ska skydda barnen', 1)]);
    expect(matrix.moves(new Set(), new Set())).toEqual([]);
  });

  it('vetoes an edit in place when the old paragraph has a clearly better partner elsewhere', () => {
    const edited = 'Alla händelser ska rapporteras till närmaste chef och följas upp.';
    const matrix = new LeftoverMatrix([leftover(HOT, 0)], [leftover(edited, 0), leftover(HOT, 1)]);
    expect(matrix.inPlace(0, 0)).toBe(false);
    const alone = new LeftoverMatrix([leftover(HOT, 0)], [leftover(edited, 0)]);
    expect(alone.inPlace(0, 0)).toBe(true);
  });
});
