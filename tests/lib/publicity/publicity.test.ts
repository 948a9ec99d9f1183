import { describe, expect, it } from 'vitest';
import { publicityProblems, publishedEntries } from '#lib/publicity/publicity.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { FIXTURE_CONTENT } from '../../support/paths.ts';

// A remissvar belongs to the remiss its `remiss` field names, wherever its file lies
// (src/lib/corpus/remissvar-ids.ts): what is published of it follows that remiss, as the pages do.
describe('publicity of a remissvar whose field names another remiss than its folder', async () => {
  const { entries } = await readContentEntries(FIXTURE_CONTENT);
  // delta-2023 kept back; alfa-2024's norr answers delta-2023 by its field.
  const withFieldAnswer = (publicitet: 'offentlig' | 'ej-publicerad') => ({
    ...entries,
    remisser: entries.remisser.map((entry) =>
      entry.id === 'delta-2023' ? { ...entry, data: { ...entry.data, publicitet: 'ej-publicerad' as const } } : entry,
    ),
    remissvar: entries.remissvar
      .filter((entry) => !entry.id.startsWith('delta-2023/'))
      .map((entry) => (entry.id === 'alfa-2024/norr' ? { ...entry, data: { ...entry.data, remiss: 'delta-2023', publicitet } } : entry)),
  });

  it('is left out with the remiss it answers, though its folder’s remiss is published', () => {
    const published = publishedEntries(withFieldAnswer('offentlig')).remissvar.map((entry) => entry.id);
    expect(published).toEqual(['alfa-2024/skola']);
  });

  it('is reported on its remiss field when it is public and that remiss is not', () => {
    // (delta-2023's beredning is reported too, for its own part.)
    const problems = publicityProblems(withFieldAnswer('offentlig'))
      .filter((problem) => problem.location.file.includes('/remissvar/'))
      .map((problem) => problem.format());
    expect(problems).toEqual([expect.stringContaining('[remiss]')]);
    expect(problems[0]).toContain('remissvaret är offentligt men remissen "delta-2023" är inte publicerad');
    expect(problems[0]).toContain('remissvar/alfa-2024/norr.md');
  });

  it('takes its summary out of the beredning of the remiss it answers when it is kept back', () => {
    const shown = { ...withFieldAnswer('ej-publicerad'), remisser: entries.remisser };
    const beredning = publishedEntries(shown).beredning.find((entry) => entry.id === 'delta-2023');
    expect(Object.keys(beredning?.data.sammanfattningar ?? {})).toEqual(['skola']);
    const alfa = publishedEntries(shown).beredning.find((entry) => entry.id === 'alfa-2024');
    expect(Object.keys(alfa?.data.sammanfattningar ?? {})).toEqual(['norr', 'skola']);
  });
});
