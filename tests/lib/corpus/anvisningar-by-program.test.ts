import { describe, expect, it } from 'vitest';
import { anvisningarByProgram, anvisningarOf, programAnchor } from '#lib/corpus/anvisningar-by-program.ts';
import type { Corpus } from '#lib/corpus/corpus-model.ts';

const program = (id: string) => ({ id, data: { namn: `Programmet ${id}`, kortnamn: id } });
const anvisning = (id: string, programId: string) => ({ id, current: { data: { program: programId, titel: id } } });
const corpus = (programs: string[], anvisningar: [string, string][]) =>
  ({ programs: programs.map(program), anvisningar: anvisningar.map(([id, p]) => anvisning(id, p)) }) as unknown as Corpus;

describe('anvisningarByProgram', () => {
  it('lists the anvisningar under their programs, in the programs’ order, without empty programs', () => {
    const groups = anvisningarByProgram(
      corpus(
        ['sakerhet', 'brand', 'tom'],
        [
          ['larm', 'brand'],
          ['hot', 'sakerhet'],
          ['utrymning', 'brand'],
        ],
      ),
    );
    expect(groups.map((group) => [group.program?.id, group.anvisningar.map((a) => a.id)])).toEqual([
      ['sakerhet', ['hot']],
      ['brand', ['larm', 'utrymning']],
    ]);
  });
  it('lists anvisningar whose program is not on the site last, on their own, so none is lost', () => {
    const groups = anvisningarByProgram(
      corpus(
        ['brand'],
        [
          ['larm', 'brand'],
          ['gammal', 'nedlagt'],
        ],
      ),
    );
    expect(groups.map((group) => [group.program?.id, group.anvisningar.map((a) => a.id)])).toEqual([
      ['brand', ['larm']],
      [undefined, ['gammal']],
    ]);
    expect(groups.flatMap((group) => group.anvisningar)).toHaveLength(2);
  });
  it('gives one program’s anvisningar and the anchors of the list', () => {
    expect(
      anvisningarOf(
        corpus(
          ['a', 'b'],
          [
            ['x', 'a'],
            ['y', 'b'],
          ],
        ),
        'b',
      ).map((a) => a.id),
    ).toEqual(['y']);
    expect(programAnchor('brand')).toBe('program-brand');
    expect(programAnchor()).toBe('utan-program');
  });
});
