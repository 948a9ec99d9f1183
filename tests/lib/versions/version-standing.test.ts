import { describe, expect, it } from 'vitest';
import { standingOn, versionStandings } from '#lib/versions/version-standing.ts';

describe('standingOn: how a version stands on a day', () => {
  const validity = { from: '2020-04-01', to: '2023-12-31' };

  it('is in force only while its dates cover the day', () => {
    expect(standingOn('gallande', validity, '2023-12-31')).toBe('gallande');
    expect(standingOn('gallande', validity, '2024-01-01')).toBe('upphord');
    expect(standingOn('gallande', validity, '2020-03-31')).toBe('kommande');
    expect(standingOn('gallande', { from: '2024-07-01' }, '2030-01-01')).toBe('gallande');
  });

  it('keeps what editors say of versions that never applied or have ended', () => {
    expect(standingOn('remissversion', undefined, '2024-01-01')).toBe('remissversion');
    expect(standingOn('ersatt', validity, '2022-01-01')).toBe('ersatt');
  });
});

describe('versionStandings: one document’s versions against the build date', () => {
  it('finds a version marked in force whose validity has passed', () => {
    const standings = versionStandings(
      [{ status: 'gallande', beslutsdatum: '2020-03-23', giltighet: { fran: '2020-04-01', till: '2023-12-31' } }],
      '2026-06-15',
    );
    expect(standings.map((item) => item.standing)).toEqual(['upphord']);
    expect(standings.conflicts).toEqual([{ kind: 'expired', index: 0, till: '2023-12-31' }]);
  });

  it('finds a replaced version that by its dates still applies', () => {
    const standings = versionStandings([{ status: 'ersatt', beslutsdatum: '2020-03-23' }], '2026-06-15');
    expect(standings.conflicts).toEqual([{ kind: 'ended-still-applies', index: 0, status: 'ersatt' }]);
  });

  it('finds two versions that apply on the same day, and none where one ends before the next starts', () => {
    const older = { status: 'ersatt', beslutsdatum: '2020-03-23', giltighet: { fran: '2020-04-01', till: '2024-12-31' } };
    const overlapping = versionStandings(
      [older, { status: 'gallande', beslutsdatum: '2024-06-10', giltighet: { fran: '2024-07-01' } }],
      '2026-06-15',
    );
    expect(overlapping.conflicts).toEqual([{ kind: 'overlap', index: 1, otherIndex: 0, from: '2024-07-01' }]);
    expect(overlapping.map((item) => item.standing)).toEqual(['ersatt', 'gallande']);
    const following = versionStandings(
      [
        { ...older, giltighet: { fran: '2020-04-01', till: '2024-06-30' } },
        { status: 'gallande', beslutsdatum: '2024-06-10', giltighet: { fran: '2024-07-01' } },
      ],
      '2026-06-15',
    );
    expect(following.conflicts).toEqual([]);
  });

  it('lets the next decided version end one without an end date', () => {
    const standings = versionStandings(
      [
        { status: 'ersatt', beslutsdatum: '2020-03-23' },
        { status: 'gallande', beslutsdatum: '2024-04-08' },
      ],
      '2026-06-15',
    );
    expect(standings.map((item) => item.validity)).toEqual([{ from: '2020-03-23', to: '2024-04-07' }, { from: '2024-04-08' }]);
    expect(standings.conflicts).toEqual([]);
  });
});
