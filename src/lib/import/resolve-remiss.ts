import { ContentProblem } from '#lib/content/content-problem.ts';
import type { ImportContext } from './import-context.ts';
import { importProblem } from './problems.ts';
import { normaliseName } from './resolve-organisation.ts';

type Remiss = ImportContext['remisser'][number];

/** The remiss answered, and where the importer found it, in Swedish. */
export interface ResolvedRemiss {
  id: string;
  source: string;
}

/** What the statement gives to tell its remiss by. */
export interface RemissClues {
  titel?: string;
  /** The statement's text, headings and paragraphs. */
  body: string;
  /** The remiss's registry number as the letterhead gives it ("Ert dnr KS 2023/1254"). */
  reference?: string;
}

/**
 * Which remiss the statement answers, among those the organisation was consulted on (or all, when
 * none): the one given on the command line, else the first clue that points at exactly one — the
 * letterhead's reference to the remiss's Dnr, the title naming its program, the text giving its
 * Dnr, the text naming its program. A clue that fits several asks the editor to choose.
 */
export function resolveRemiss(
  clues: RemissClues,
  organisationId: string,
  file: string,
  context: ImportContext,
  chosen: string | undefined,
): ResolvedRemiss {
  const ids = context.remisser.map((remiss) => remiss.id);
  const consulted = context.remisser.filter((remiss) => remiss.remissinstanser.includes(organisationId));
  const listed = (consulted.length > 0 ? consulted : context.remisser).map((remiss) => remiss.id);
  if (chosen) {
    if (ids.includes(chosen)) return { id: chosen, source: 'kommandoraden (--remiss)' };
    throw new ContentProblem({
      location: { file },
      field: 'remiss',
      ...importProblem('import/unknown-remiss', { id: chosen, known: ids }),
    });
  }
  const pool = consulted.length > 0 ? consulted : context.remisser;
  const titel = normaliseName(clues.titel ?? '');
  const body = normaliseName(clues.body);
  const names = (remiss: Remiss) =>
    [remiss.programNamn, remiss.programKortnamn].filter((name): name is string => Boolean(name)).map(normaliseName);
  const tests: [string, (remiss: Remiss) => string | undefined][] = [
    [
      'brevhuvudet',
      (remiss) =>
        remiss.dnr && clues.reference && normaliseName(clues.reference) === normaliseName(remiss.dnr)
          ? `hänvisar till remissens Dnr ${remiss.dnr}`
          : undefined,
    ],
    ['rubriken', (remiss) => (titel.includes(normaliseName(remiss.programNamn)) ? `nämner "${remiss.programNamn}"` : undefined)],
    ['texten', (remiss) => (remiss.dnr && body.includes(normaliseName(remiss.dnr)) ? `nämner remissens Dnr ${remiss.dnr}` : undefined)],
    [
      'texten',
      (remiss) => names(remiss).find((name) => body.includes(name)) && `nämner "${names(remiss).find((name) => body.includes(name))}"`,
    ],
  ];
  for (const [where, test] of tests) {
    const matches = pool.flatMap((remiss) => {
      const why = test(remiss);
      return why ? [{ remiss, why }] : [];
    });
    const [only] = matches;
    if (matches.length === 1 && only) return { id: only.remiss.id, source: `${where} ${only.why}` };
    if (matches.length > 1) {
      throw new ContentProblem({
        location: { file },
        field: 'remiss',
        ...importProblem('import/ambiguous-remiss', { remissIds: matches.map((match) => match.remiss.id), listed }),
      });
    }
  }
  throw new ContentProblem({
    location: { file },
    field: 'remiss',
    ...importProblem('import/remiss-not-found', { titel: clues.titel, listed }),
  });
}
