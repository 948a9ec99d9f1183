import type { AnvisningModel, Corpus, ProgramModel } from './corpus-model.ts';

/** A program's anvisningar, as the list of anvisningar shows them under its name. */
export interface ProgramAnvisningar {
  /** Absent for anvisningar whose program is not on the site: they are listed last, on their own. */
  program?: ProgramModel;
  anvisningar: AnvisningModel[];
}

/** Where a program's anvisningar start on the list of anvisningar (`/anvisningar/#program-<id>`); those without one, last. */
export const programAnchor = (programId?: string) => (programId ? `program-${programId}` : 'utan-program');

/** The anvisningar that complete a program, in the corpus's order. */
export function anvisningarOf(corpus: Corpus, programId: string): AnvisningModel[] {
  return corpus.anvisningar.filter((anvisning) => anvisning.current.data.program === programId);
}

/**
 * The anvisningar program by program, in the programs' order, leaving out programs without any:
 * staff look for guidance under the program it completes, and one long list of every anvisning in
 * the city (over a thousand in the benchmark's corpus) is no way to find it.
 */
export function anvisningarByProgram(corpus: Corpus): ProgramAnvisningar[] {
  const groups: ProgramAnvisningar[] = corpus.programs
    .map((program) => ({ program, anvisningar: anvisningarOf(corpus, program.id) }))
    .filter((group) => group.anvisningar.length > 0);
  const programs = new Set(corpus.programs.map((program) => program.id));
  const without = corpus.anvisningar.filter((anvisning) => !programs.has(anvisning.current.data.program));
  return without.length > 0 ? [...groups, { anvisningar: without }] : groups;
}
