import { describe, expect, it } from 'vitest';
import { type LineageInput, resolveLineage } from '#lib/lineage/resolve-lineage.ts';

const s = (id: string, title = id) => ({ id, title });

// The real 2020→2024 change of the säkerhetsprogram, as DOMAIN.md and the seed describe it.
const previous = [
  s('om-programmet', 'Om programmet'),
  s('ansvar', 'Samordnat arbete med tydlig ansvarsfördelning'),
  s('krisberedskap'),
  s('civilt-forsvar'),
  s('sakerhetsskydd-och-informationssakerhet'),
  s('forebygga-olyckor'),
  s('otillaten-paverkan'),
];
const current = [
  s('om-programmet', 'Om programmet'),
  s('ansvar', 'Ett tvådelat ansvar'),
  s('beredskap'),
  s('sakerhetsskydd'),
  s('olycksforebyggande-arbete'),
  s('personsakerhet'),
];
const external: Record<string, string[]> = {
  trygghetsprogrammet: ['otillaten-paverkan', 'valfardsbrottslighet'],
  kvalitetsprogrammet: ['informationssakerhet'],
};
const base: LineageInput = {
  programId: 'sakerhetsprogrammet',
  previous,
  current,
  claims: [
    { typ: 'sammanslagen', fran: ['krisberedskap', 'civilt-forsvar'], till: 'beredskap' },
    { typ: 'delad', fran: 'sakerhetsskydd-och-informationssakerhet', till: ['sakerhetsskydd', 'kvalitetsprogrammet:informationssakerhet'] },
    { typ: 'omdopt', fran: 'forebygga-olyckor', till: 'olycksforebyggande-arbete' },
    { typ: 'flyttad', fran: 'otillaten-paverkan', till: 'trygghetsprogrammet:otillaten-paverkan' },
    { typ: 'ny', till: 'personsakerhet' },
  ],
  externalSectionIds: (id) => external[id],
};

describe('resolveLineage on the real 2020→2024 change', () => {
  const { links, problems } = resolveLineage(base);
  const kindOf = (id: string) => links.find((link) => link.to.some((ref) => ref.sectionId === id) || link.from.includes(id))?.kind;

  it('accepts the declared lineage without problems', () => {
    expect(problems).toEqual([]);
  });
  it('treats krisberedskap + civilt försvar → beredskap as a merge', () => {
    expect(links.find((link) => link.kind === 'sammanslagen')).toMatchObject({
      from: ['krisberedskap', 'civilt-forsvar'],
      to: [{ programId: 'sakerhetsprogrammet', sectionId: 'beredskap' }],
    });
  });
  it('records that otillåten påverkan moved to the trygghetsprogram', () => {
    expect(links.find((link) => link.kind === 'flyttad')?.to).toEqual([
      { programId: 'trygghetsprogrammet', sectionId: 'otillaten-paverkan' },
    ]);
  });
  it('splits informationssäkerhet largely out to the kvalitetsprogram', () => {
    const split = links.find((link) => link.kind === 'delad');
    expect(split?.to).toContainEqual({ programId: 'kvalitetsprogrammet', sectionId: 'informationssakerhet' });
    expect(split?.to).toContainEqual({ programId: 'sakerhetsprogrammet', sectionId: 'sakerhetsskydd' });
  });
  it('has personsäkerhet as a new section', () => {
    expect(kindOf('personsakerhet')).toBe('ny');
  });
  it('infers a rename when the ID stays and the title changes, and sameness otherwise', () => {
    expect(kindOf('ansvar')).toBe('omdopt');
    expect(kindOf('om-programmet')).toBe('samma');
  });
});

describe('resolveLineage rejects impossible claims', () => {
  const problemsOf = (input: Partial<LineageInput>) => resolveLineage({ ...base, ...input }).problems;
  const problem = (code: string, saying: string) => expect.objectContaining({ code, message: expect.stringContaining(saying) });

  it('reports a merge source that is not in the previous version, with candidates', () => {
    const { problems } = resolveLineage({
      ...base,
      claims: [{ typ: 'sammanslagen', fran: ['krisberedskp', 'civilt-forsvar'], till: 'beredskap' }, ...base.claims.slice(1)],
    });
    expect(problems[0]).toMatchObject({
      code: 'lineage/unknown-previous-section',
      path: ['harkomst', 0, 'fran', 0],
      message: 'avsnittet "krisberedskp" finns inte i föregående version.',
      hint: 'Menade du "krisberedskap"?',
    });
  });
  it('reports a section that vanishes without a claim', () => {
    expect(problemsOf({ claims: base.claims.filter((claim) => claim.typ !== 'flyttad') })).toContainEqual(
      problem('lineage/removed-without-lineage', '"otillaten-paverkan"'),
    );
  });
  it('reports a new section without lineage', () => {
    expect(problemsOf({ claims: base.claims.filter((claim) => claim.typ !== 'ny') })).toContainEqual(
      problem('lineage/new-without-lineage', '"personsakerhet" (personsakerhet) är nytt'),
    );
  });
  it('reports a section accounted for twice', () => {
    const problems = problemsOf({ claims: [...base.claims, { typ: 'borttagen', fran: 'krisberedskap' }] });
    expect(problems).toContainEqual(problem('lineage/previous-section-twice', 'har redan en härkomst'));
  });
  it('reports "ny" for a section that existed before', () => {
    expect(problemsOf({ claims: [...base.claims, { typ: 'ny', till: 'ansvar' }] })).toContainEqual(
      problem('lineage/new-but-kept', 'kan inte vara nytt'),
    );
  });
  it('reports removing a section that is still there', () => {
    expect(problemsOf({ claims: [...base.claims, { typ: 'borttagen', fran: 'ansvar' }] })).toContainEqual(
      problem('lineage/removed-but-kept', 'kan inte vara borttaget'),
    );
  });
  it('reports a target that is not in this version, with candidates', () => {
    const claims = base.claims.map((claim) => (claim.typ === 'ny' ? { ...claim, till: 'personsakerhe' } : claim));
    expect(problemsOf({ claims })).toContainEqual({
      path: ['harkomst', 4, 'till'],
      code: 'lineage/unknown-section',
      message: 'avsnittet "personsakerhe" finns inte i denna version.',
      hint: 'Menade du "personsakerhet"?',
    });
  });
  it('reports a section of this version given its lineage twice', () => {
    expect(problemsOf({ claims: [...base.claims, { typ: 'ny', till: 'personsakerhet' }] })).toContainEqual({
      path: ['harkomst', 5, 'till'],
      code: 'lineage/section-twice',
      message: 'avsnittet "personsakerhet" har redan en härkomst (post 5).',
      hint: 'Samla det i en post, t.ex. en sammanslagning med flera avsnitt i "fran".',
    });
  });
  it('reports a rename to the same ID', () => {
    expect(problemsOf({ claims: [...base.claims, { typ: 'omdopt', fran: 'ansvar', till: 'ansvar' }] })).toContainEqual(
      expect.objectContaining({ path: ['harkomst', 5, 'till'], code: 'lineage/renamed-to-same-id', message: '"ansvar" byter inte id.' }),
    );
  });
  it('reports a section that keeps its ID yet is said to be renamed, merged or split without it', () => {
    expect(problemsOf({ claims: [...base.claims, { typ: 'omdopt', fran: 'ansvar', till: 'beredskap' }] })).toContainEqual({
      path: ['harkomst', 5, 'fran'],
      code: 'lineage/kept-but-renamed',
      message: 'avsnittet "ansvar" finns kvar med samma id och kan inte samtidigt bli "beredskap".',
    });
    const merged = base.claims.map((claim) =>
      claim.typ === 'sammanslagen' ? { ...claim, fran: ['krisberedskap', 'civilt-forsvar', 'ansvar'] } : claim,
    );
    expect(problemsOf({ claims: merged })).toContainEqual({
      path: ['harkomst', 0, 'fran'],
      code: 'lineage/kept-but-merged',
      message: 'avsnittet "ansvar" finns kvar med samma id och kan inte samtidigt ha gått upp i "beredskap".',
    });
    expect(
      problemsOf({ claims: [...base.claims, { typ: 'delad', fran: 'ansvar', till: ['beredskap', 'sakerhetsskydd'] }] }),
    ).toContainEqual({
      path: ['harkomst', 5, 'fran'],
      code: 'lineage/kept-but-not-a-part',
      message: 'avsnittet "ansvar" finns kvar med samma id men är inte en av delarna.',
      hint: 'Lägg till "ansvar" i "till", eller ge det andra id:n.',
    });
  });
  it('reports a move to a program or section that does not exist', () => {
    const claims = base.claims.map((claim) =>
      claim.typ === 'flyttad' ? { ...claim, till: 'trygghetsprogram:otillaten-paverkan' } : claim,
    );
    expect(problemsOf({ claims })).toContainEqual({
      path: ['harkomst', 3, 'till'],
      code: 'lineage/unknown-program',
      message: 'programmet "trygghetsprogram" finns inte.',
    });
    const claims2 = base.claims.map((claim) => (claim.typ === 'flyttad' ? { ...claim, till: 'trygghetsprogrammet:paverkan' } : claim));
    expect(problemsOf({ claims: claims2 })).toContainEqual({
      path: ['harkomst', 3, 'till'],
      code: 'lineage/unknown-program-section',
      message: 'avsnittet "paverkan" finns inte i programmet "trygghetsprogrammet".',
      hint: 'Menade du "otillaten-paverkan"?',
    });
  });
});

describe('resolveLineage: a move declared by the receiving program', () => {
  // Trygghetsprogrammet's next version, which received a section from kvalitetsprogrammet.
  const input: LineageInput = {
    programId: 'trygghetsprogrammet',
    previous: [s('otillaten-paverkan'), s('valfardsbrottslighet')],
    current: [s('otillaten-paverkan'), s('valfardsbrottslighet'), s('informationssakerhet')],
    claims: [{ typ: 'flyttad', fran: 'kvalitetsprogrammet:informationssakerhet', till: 'informationssakerhet' }],
    externalSectionIds: (id) => external[id],
  };

  it('accounts for the section, new here, with where it came from', () => {
    const { links, problems } = resolveLineage(input);
    expect(problems).toEqual([]);
    expect(links.find((link) => link.to[0]?.sectionId === 'informationssakerhet')).toEqual({
      kind: 'ny',
      from: [],
      to: [{ programId: 'trygghetsprogrammet', sectionId: 'informationssakerhet' }],
      claimIndex: 0,
      arrivedFrom: { programId: 'kvalitetsprogrammet', sectionId: 'informationssakerhet' },
    });
  });

  it('refuses a source section the other program never had', () => {
    const { problems } = resolveLineage({
      ...input,
      claims: [{ typ: 'flyttad', fran: 'kvalitetsprogrammet:informationssakerhe', till: 'informationssakerhet' }],
    });
    expect(problems.map((problem) => [problem.code, problem.path])).toContainEqual([
      'lineage/unknown-program-section',
      ['harkomst', 0, 'fran'],
    ]);
  });
});

describe('resolveLineage: a section the receiving program alone says it took', () => {
  it('reads the section as moved there, not as vanished without lineage', () => {
    const { links, problems } = resolveLineage({
      programId: 'kvalitetsprogrammet',
      previous: [s('informationssakerhet'), s('kvalitet')],
      current: [s('kvalitet')],
      claims: [],
      externalSectionIds: (id) => external[id],
      arrivedElsewhere: (id) =>
        id === 'informationssakerhet' ? { programId: 'trygghetsprogrammet', sectionId: 'informationssakerhet' } : undefined,
    });
    expect(problems).toEqual([]);
    expect(links).toContainEqual({
      kind: 'flyttad',
      from: ['informationssakerhet'],
      to: [{ programId: 'trygghetsprogrammet', sectionId: 'informationssakerhet' }],
    });
  });
});
