import { describe, expect, it } from 'vitest';
import { type KeyedEntries, pageCacheKeys } from '#lib/site/page-cache-keys.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { FIXTURE_CONTENT } from '../../support/paths.ts';

const { entries } = await readContentEntries(FIXTURE_CONTENT);

/** Every key of the fixture, after an optional change to a copy of its entries. */
function keysAfter(change: (copy: KeyedEntries) => void = () => {}, lastChanged?: Map<string, string>) {
  const copy = Object.fromEntries(
    Object.entries(entries).map(([collection, list]) => [
      collection,
      list.map((entry: { id: string; path: string; data: unknown; body: string }) => ({ ...entry, data: structuredClone(entry.data) })),
    ]),
  ) as unknown as KeyedEntries;
  change(copy);
  const keys = pageCacheKeys(copy, lastChanged);
  return {
    alfa: keys.program('alfa'),
    beta: keys.program('beta'),
    delta: keys.program('delta'),
    larm: keys.anvisning('larm'),
    alfaRemiss: keys.remiss('alfa-2024'),
    deltaRemiss: keys.remiss('delta-2023'),
    norr: keys.organisation('norr'),
    skola: keys.organisation('skola'),
    alfaPointInTime: keys.pointInTime('alfa'),
    betaPointInTime: keys.pointInTime('beta'),
    guide: keys.sida('redaktorsguide'),
  };
}
const before = keysAfter();
const changed = (after: ReturnType<typeof keysAfter>) =>
  (Object.keys(before) as (keyof typeof before)[]).filter((family) => before[family] !== after[family]).sort();

describe('the cache keys of the incremental build', () => {
  it('are the same for the same content', () => {
    expect(keysAfter()).toEqual(before);
  });

  it('change for the families a remissvar shows up in, and only those', () => {
    const after = keysAfter((copy) => {
      const answer = copy.remissvar.find((entry) => entry.id === 'alfa-2024/norr');
      if (answer) answer.body += '\nEn mening till.';
    });
    expect(changed(after)).toEqual(['alfa', 'alfaRemiss', 'norr']);
  });

  it('follow a remissvar to the remiss and organisation its fields name, over its folder and file name', () => {
    const after = keysAfter((copy) => {
      const answer = copy.remissvar.find((entry) => entry.id === 'delta-2023/norr');
      if (answer) Object.assign(answer.data as object, { remiss: 'alfa-2024', organisation: 'skola' });
    });
    // Taken from delta's remiss and norr's page, added to alfa's remiss and skola's page.
    expect(changed(after)).toEqual(['alfa', 'alfaRemiss', 'delta', 'deltaRemiss', 'norr', 'skola']);
  });

  it('of a page made from what it is given change with that, and with what every page shows', () => {
    const keys = pageCacheKeys(entries);
    const year = { group: { year: '2024', entries: [{ dnr: 'KS 2024/1', title: 'Svar' }] }, years: [{ year: '2024' }] };
    expect(keys.shown(structuredClone(year))).toBe(keys.shown(year));
    expect(keys.shown({ ...year, years: [{ year: '2024' }, { year: '2023' }] })).not.toBe(keys.shown(year));
    const renamed = keysAfter((copy) => Object.assign(copy.organisationer[0]?.data ?? {}, { namn: 'Ny nämnd' }));
    expect(renamed.norr).not.toBe(before.norr);
    expect(pageCacheKeys({ ...entries, organisationer: [] } as KeyedEntries).shown(year)).not.toBe(keys.shown(year));
  });

  it("change for an anvisning, the program it completes and that program's point-in-time pages", () => {
    const after = keysAfter((copy) => {
      const version = copy.anvisningar.find((entry) => entry.id === 'larm/2025');
      if (version) version.body += '\nEn mening till.';
    });
    expect(changed(after)).toEqual(['alfa', 'alfaPointInTime', 'larm']);
  });

  it('change for a program version wherever its sections are shown, every program included (lineage crosses them), and for what applied when in its program', () => {
    const after = keysAfter((copy) => {
      const version = copy.programversioner.find((entry) => entry.id.startsWith('alfa/'));
      if (version) version.body += '\nEn mening till.';
    });
    expect(changed(after)).toEqual(['alfa', 'alfaPointInTime', 'alfaRemiss', 'beta', 'delta', 'larm']);
  });

  it('change everywhere when the glossary, an organisation or the newest date in git changes', () => {
    const everything = Object.keys(before).sort();
    expect(changed(keysAfter((copy) => Object.assign(copy.ordlista[0] ?? {}, { body: 'ändrad' })))).toEqual(everything);
    expect(changed(keysAfter((copy) => Object.assign(copy.organisationer[0]?.data ?? {}, { namn: 'Ny nämnd' })))).toEqual(everything);
    expect(changed(keysAfter(undefined, new Map([['content/x.md', '2026-11-25']])))).toEqual(everything);
  });
});
