import { describe, expect, it } from 'vitest';
import { composeLineage } from '#lib/lineage/compose-lineage.ts';
import { type LineageLink, resolveLineage, type SectionSummary } from '#lib/lineage/resolve-lineage.ts';
import type { LineageClaim } from '#schemas/lineage.ts';

const sections = (...ids: string[]): SectionSummary[] => ids.map((id) => ({ id, title: id.toUpperCase() }));

/** Lineage as the checker resolves it from claims, so the test composes what the site really stores. */
function step(previous: SectionSummary[], current: SectionSummary[], claims: LineageClaim[]): LineageLink[] {
  const { links, problems } = resolveLineage({
    programId: 'p',
    previous,
    current,
    claims,
    externalSectionIds: (programId) => (programId === 'annat' ? ['d', 'i'] : undefined),
  });
  expect(problems).toEqual([]);
  return links;
}

describe('composeLineage', () => {
  const v0 = sections('a', 'b', 'c', 'd', 'e', 'g');
  const v1 = sections('ab', 'c2', 'e', 'f', 'g');
  const v2 = [...sections('ab2', 'c3', 'c4', 'f'), { id: 'g', title: 'Ny rubrik' }];
  const steps = [
    step(v0, v1, [
      { typ: 'sammanslagen', fran: ['a', 'b'], till: 'ab' },
      { typ: 'omdopt', fran: 'c', till: 'c2' },
      { typ: 'flyttad', fran: 'd', till: 'annat:d' },
      { typ: 'ny', till: 'f' },
    ]),
    step(v1, v2, [
      { typ: 'omdopt', fran: 'ab', till: 'ab2' },
      { typ: 'delad', fran: 'c2', till: ['c3', 'c4'] },
      { typ: 'borttagen', fran: 'e' },
    ]),
  ];
  const composed = composeLineage('p', v0, v2, steps);
  const kindOf = (id: string) => composed.find((entry) => entry.from.includes(id) || entry.to.some((ref) => ref.sectionId === id));

  it('reads a merge followed by a rename as a merge into the renamed section', () => {
    expect(kindOf('a')).toEqual({ kind: 'sammanslagen', from: ['a', 'b'], to: [{ programId: 'p', sectionId: 'ab2' }] });
  });

  it('reads a rename followed by a split as a split', () => {
    expect(kindOf('c')).toEqual({
      kind: 'delad',
      from: ['c'],
      to: [
        { programId: 'p', sectionId: 'c3' },
        { programId: 'p', sectionId: 'c4' },
      ],
    });
  });

  it('keeps a section that moved to another program there', () => {
    expect(kindOf('d')).toEqual({ kind: 'flyttad', from: ['d'], to: [{ programId: 'annat', sectionId: 'd' }] });
  });

  it('counts a section removed on the way as removed, and one added on the way as new', () => {
    expect(kindOf('e')?.kind).toBe('borttagen');
    expect(kindOf('f')).toEqual({ kind: 'ny', from: [], to: [{ programId: 'p', sectionId: 'f' }] });
  });

  it('tells a kept ID with a new title (renamed) from one that stayed the same', () => {
    expect(kindOf('g')?.kind).toBe('omdopt');
    const same = composeLineage('p', v0, v0, []);
    expect(same.map((entry) => entry.kind)).toEqual(['samma', 'samma', 'samma', 'samma', 'samma', 'samma']);
  });

  it('accounts for every section of both versions exactly once', () => {
    expect(composed.flatMap((entry) => entry.from).sort()).toEqual(v0.map((s) => s.id).sort());
    const local = composed.flatMap((entry) => entry.to.filter((ref) => ref.programId === 'p').map((ref) => ref.sectionId));
    expect(local.sort()).toEqual(v2.map((s) => s.id).sort());
  });
});
