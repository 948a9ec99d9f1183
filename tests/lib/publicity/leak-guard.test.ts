import { describe, expect, it } from 'vitest';
import { leakFinder, unpublishedMarkers } from '#lib/publicity/leak-guard.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { FIXTURE_CONTENT } from '../../support/paths.ts';

describe('leakFinder', () => {
  const find = leakFinder([
    { path: 'content/anvisningar/intern/2024.md', marker: 'Intern anvisning för krisstöd (KS 2016/3331)' },
    { path: 'content/remissvar/x/norr.md', marker: 'Svar [utkast] på remiss? Ja.' },
  ]);

  it('finds a marker anywhere in a page, and names the file it identifies', () => {
    expect(find('<main><h1>Intern anvisning för krisstöd (KS 2016/3331)</h1></main>')).toEqual({
      path: 'content/anvisningar/intern/2024.md',
      marker: 'Intern anvisning för krisstöd (KS 2016/3331)',
    });
    expect(find('<p>Svar [utkast] på remiss? Ja.</p>')?.path).toBe('content/remissvar/x/norr.md');
  });

  it('reads the markers literally: brackets, parentheses and question marks are text', () => {
    expect(find('Intern anvisning för krisstöd KS 2016/3331')).toBeUndefined();
    expect(find('Svar u på remiss Ja.')).toBeUndefined();
    expect(find('Svar [utkast] på remis Ja.')).toBeUndefined();
  });

  it('finds a marker with "&", "<" or ">" as a page escapes it, and as a JSON file has it', () => {
    const withAmpersand = leakFinder([{ path: 'content/anvisningar/larm/2024.md', marker: 'Larm & utrymning i skolan <intern>' }]);
    expect(withAmpersand('<h1>Larm &amp; utrymning i skolan &lt;intern&gt;</h1>')?.path).toBe('content/anvisningar/larm/2024.md');
    expect(withAmpersand('{"titel":"Larm & utrymning i skolan <intern>"}')?.marker).toBe('Larm & utrymning i skolan <intern>');
  });

  it('finds a title only as whole words, as a page or a JSON file writes it across a line break', () => {
    const find = leakFinder([{ path: 'content/anvisningar/skal/2024.md', marker: 'Skalskydd & larm', whole: true }]);
    expect(find('<h1>Skalskydd &amp; larm</h1>')?.path).toBe('content/anvisningar/skal/2024.md');
    expect(find('<p>enligt Skalskydd &amp;\nlarm.</p>')?.marker).toBe('Skalskydd & larm');
    expect(find('{"html":"<p>Skalskydd &\\nlarm</p>"}')?.marker).toBe('Skalskydd & larm');
    expect(find('<p>Skalskydd &amp; larmet</p>')).toBeUndefined();
    expect(find('<p>Yttre Skalskydd &amp; larm2</p>')).toBeUndefined();
    // Exact case: the site's own markup has words in small letters (/anvisningar/skalskydd-larm/).
    expect(find('<p>skalskydd &amp; larm</p>')).toBeUndefined();
  });

  it('finds nothing in a page without markers, or when nothing is unpublished', () => {
    expect(find('<main><h1>Anvisning för krisstöd</h1></main>')).toBeUndefined();
    expect(leakFinder([])('Intern anvisning för krisstöd (KS 2016/3331)')).toBeUndefined();
  });
});

describe('unpublishedMarkers', async () => {
  const { entries } = await readContentEntries(FIXTURE_CONTENT);
  const keptBack = (id: string) => ({
    ...entries,
    remissvar: entries.remissvar.map((entry) =>
      entry.id === id ? { ...entry, data: { ...entry.data, publicitet: 'ej-publicerad' as const } } : entry,
    ),
  });

  const markersOf = (all: ReturnType<typeof unpublishedMarkers>, file: string) =>
    all.filter(({ path }) => path.endsWith(file)).map(({ marker }) => marker);

  it('take a short line (30 characters or more) when a document has no longer one; a title its program has is passed over', () => {
    // Testprogrammet Beta 2024: one section of one 37-character line; the program's own name is its title.
    const beta = {
      ...entries,
      programversioner: entries.programversioner.map((entry) =>
        entry.id === 'beta/2024' ? { ...entry, data: { ...entry.data, publicitet: 'ej-publicerad' as const } } : entry,
      ),
    };
    expect(markersOf(unpublishedMarkers(beta), 'program/beta/2024.md')).toEqual(['Påverkan mot välfärden ska motverkas.']);
    const shorter = {
      ...beta,
      programversioner: beta.programversioner.map((entry) =>
        entry.id === 'beta/2024'
          ? { ...entry, body: entry.body.replace('Påverkan mot välfärden ska motverkas.', 'Påverkan ska motverkas.') }
          : entry,
      ),
    };
    expect(markersOf(unpublishedMarkers(shorter), 'program/beta/2024.md')).toEqual([]);
  });

  it('pass over the tags and notes of an MDX text, which its page does not show', () => {
    const paverkan = {
      ...entries,
      anvisningar: entries.anvisningar.map((entry) =>
        entry.id === 'paverkan/2024' ? { ...entry, data: { ...entry.data, publicitet: 'ej-publicerad' as const } } : entry,
      ),
    };
    const markers = markersOf(unpublishedMarkers(paverkan), 'anvisningar/paverkan/2024.mdx');
    expect(markers).toContain('Är någon i fara, ring 112 först.');
    expect(markers.filter((marker) => /^[<{]/.test(marker))).toEqual([]);
  });

  it('are the title and the first lines of prose of each document kept back', () => {
    expect(markersOf(unpublishedMarkers(entries), 'anvisningar/hemlig/2023.md')).toEqual([
      'Hemlig anvisning om skyddsvärden',
      'HEMLIG-MARKÖR-FIXTUR ska aldrig nå dist.',
    ]);
    // In a remissvar, the kommentar's own text, not the directive line before it, which no page shows as written.
    expect(markersOf(unpublishedMarkers(keptBack('alfa-2024/norr')), 'remissvar/alfa-2024/norr.md')).toContain(
      'Förvaltningen ser positivt på att personsäkerhet lyfts fram i ett eget avsnitt.',
    );
  });

  it('leave out text that a published document has too: answers on one remiss share a title', () => {
    const markers = markersOf(unpublishedMarkers(keptBack('delta-2023/norr')), 'remissvar/delta-2023/norr.md');
    expect(markers).not.toContain('Svar på remiss om Testprogrammet Delta');
    expect(markers).toEqual([expect.stringMatching(/^Förvaltningen avstyrker att bara räddningstjänsten larmas/), expect.any(String)]);
  });

  it('pass over a line that published text has only inside a longer line starting at the same place', () => {
    // Skola's published answer says "Skolnämnden tillstyrker att förvaltningarna övar vart tredje år.";
    // norr's answer, kept back, says it too, and the anvisning kept back says its first 43 characters.
    const both = keptBack('delta-2023/norr');
    const line = 'Skolnämnden tillstyrker att förvaltningarna övar vart tredje år.';
    const withLines = {
      ...both,
      remissvar: both.remissvar.map((entry) =>
        entry.id === 'delta-2023/norr'
          ? { ...entry, body: entry.body.replace('Förvaltningen vill öva varje år i stället för vart tredje år.', line) }
          : entry,
      ),
      anvisningar: both.anvisningar.map((entry) => (entry.id === 'hemlig/2023' ? { ...entry, body: `${line.slice(0, 43)}\n` } : entry)),
    };
    expect(markersOf(unpublishedMarkers(withLines), 'remissvar/delta-2023/norr.md')).not.toContain(line);
    expect(markersOf(unpublishedMarkers(withLines), 'anvisningar/hemlig/2023.md')).toEqual(['Hemlig anvisning om skyddsvärden']);
  });

  it('take the title kept back even where public text has it (the check reports that), as whole words', () => {
    const mentioned = {
      ...entries,
      anvisningar: entries.anvisningar.map((entry) =>
        entry.id === 'larm/2022' ? { ...entry, body: `${entry.body}\nSe Hemlig anvisning om skyddsvärden.\n` } : entry,
      ),
    };
    expect(unpublishedMarkers(mentioned).filter(({ path }) => path.endsWith('anvisningar/hemlig/2023.md'))).toContainEqual({
      path: expect.stringMatching(/anvisningar\/hemlig\/2023\.md$/),
      marker: 'Hemlig anvisning om skyddsvärden',
      whole: true,
    });
  });

  it('take a short title too', () => {
    const short = {
      ...entries,
      anvisningar: entries.anvisningar.map((entry) =>
        entry.id === 'hemlig/2023' ? { ...entry, data: { ...entry.data, titel: 'Skalskydd' } } : entry,
      ),
    };
    expect(markersOf(unpublishedMarkers(short), 'anvisningar/hemlig/2023.md')).toEqual([
      'Skalskydd',
      'HEMLIG-MARKÖR-FIXTUR ska aldrig nå dist.',
    ]);
  });
  it('take the longest stretch of a line between glossary terms, which a page may show as links', () => {
    const markers = markersOf(unpublishedMarkers(keptBack('delta-2023/norr'), ['räddningstjänsten']), 'remissvar/delta-2023/norr.md');
    expect(markers[0]).toBe('larmas; säkerhetssamordnaren måste också få veta.');
  });
});
