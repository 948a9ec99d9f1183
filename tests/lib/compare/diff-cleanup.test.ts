import { describe, expect, it } from 'vitest';
import { cleanUp, type Run } from '#lib/compare/diff-cleanup.ts';

const run = (type: Run['type'], text: string): Run => ({ type, tokens: text.split(/(\s+)/).filter(Boolean) });
const show = (runs: Run[]) => runs.map((r) => `${r.type === 'equal' ? '=' : r.type === 'removed' ? '-' : '+'}${r.tokens.join('')}`);

describe('cleanUp', () => {
  it('joins changes separated only by a space into one', () => {
    expect(show(cleanUp([run('removed', 'a'), run('added', 'x'), run('equal', ' '), run('removed', 'b'), run('added', 'y')]))).toEqual([
      '-a b',
      '+x y',
    ]);
  });

  it('joins changes separated by one word when both are longer', () => {
    const runs = [
      run('removed', 'arbeta med'),
      run('added', 'bygga upp'),
      run('equal', ' och '),
      run('removed', 'öva i fred'),
      run('added', 'planera för krig'),
    ];
    expect(show(cleanUp(runs))).toEqual(['-arbeta med och öva i fred', '+bygga upp och planera för krig']);
  });

  it('keeps a shared word between short changes', () => {
    const runs = [run('removed', 'god'), run('added', 'stark'), run('equal', ' förmåga '), run('removed', 'nu'), run('added', 'då')];
    expect(show(cleanUp(runs))).toEqual(['-god', '+stark', '= förmåga ', '-nu', '+då']);
  });

  it('slides two insertions around a repeated word into one', () => {
    const runs = [
      run('equal', 'ska '),
      run('added', 'ha beredskap. Krisstödet ska '),
      run('equal', 'kunna '),
      run('added', 'starta. Nämnderna ska kunna '),
      run('equal', 'hjälpa'),
    ];
    expect(show(cleanUp(runs))).toEqual(['=ska ', '+ha beredskap. Krisstödet ska kunna starta. Nämnderna ska ', '=kunna ', '=hjälpa']);
  });

  it('leaves the joining space of a sentence added at the end with the unchanged text', () => {
    expect(show(cleanUp([run('equal', 'och våld.'), run('added', ' Ta med digitala kanaler.')]))).toEqual([
      '=och våld. ',
      '+Ta med digitala kanaler.',
    ]);
  });
});
