import { describe, expect, it } from 'vitest';
import {
  groupResults,
  isExactMatch,
  type LoadedHit,
  OLDER_VERSION_FACTOR,
  orderByStanding,
  planResults,
} from '#lib/search/rank-results.ts';

const S = '/program/sakerhetsprogrammet';
const hit = (id: string, url: string, meta: LoadedHit['meta'] = {}): LoadedHit => ({ id, url, meta });

describe('orderByStanding', () => {
  it('puts the version in force above an older version that scores the same or a little higher', () => {
    const hits = [
      { id: 'remiss', score: 10 },
      { id: 'ersatt', score: 12 },
      { id: 'gallande', score: 10 },
    ];
    expect(orderByStanding(hits, new Set(['remiss', 'ersatt'])).map((h) => h.id)).toEqual(['gallande', 'ersatt', 'remiss']);
  });

  it('lets an older version that matches far better stay above', () => {
    const hits = [
      { id: 'gallande', score: 4 },
      { id: 'ersatt', score: (4 / OLDER_VERSION_FACTOR) * 2 },
    ];
    expect(orderByStanding(hits, new Set(['ersatt'])).map((h) => h.id)).toEqual(['ersatt', 'gallande']);
  });

  it("keeps Pagefind's order on equal scores", () => {
    const hits = [
      { id: 'a', score: 1 },
      { id: 'b', score: 1 },
    ];
    expect(orderByStanding(hits, new Set()).map((h) => h.id)).toEqual(['a', 'b']);
  });
});

describe('planResults', () => {
  // Ranked hits: two versions of section 1 far apart, a section in force alone, an older version alone.
  const ranked = [{ id: 'draft1' }, { id: 'x' }, { id: 'y' }, { id: 'gone' }, { id: 'force1' }, { id: 'old1' }].map((h) => ({
    ...h,
    score: 1,
  }));
  const groupOf = new Map([
    ['draft1', 0],
    ['force1', 0],
    ['old1', 0],
    ['x', 1],
  ]);
  const older = new Set(['draft1', 'old1', 'gone']);

  it("makes the versions of a group one result at its best hit's place, however far apart they rank, shown as the one in force", () => {
    const plan = planResults(ranked, groupOf, older, { grouped: true });
    expect(plan.map((result) => result.main.id)).toEqual(['force1', 'x', 'y', 'gone']);
    expect(plan[0]?.others.map((hit) => hit.id)).toEqual(['draft1', 'old1']);
    expect(plan.slice(1).every((result) => result.others.length === 0)).toBe(true);
  });

  it('shows the best older version when the one in force did not match', () => {
    const plan = planResults(
      ranked.filter((hit) => hit.id !== 'force1'),
      groupOf,
      older,
      { grouped: true },
    );
    expect(plan[0]?.main.id).toBe('draft1');
    expect(plan[0]?.others.map((hit) => hit.id)).toEqual(['old1']);
  });

  it('keeps every hit a result of its own when not grouped, or when no group is known', () => {
    expect(planResults(ranked, groupOf, older, { grouped: false }).map((result) => result.main.id)).toEqual(ranked.map((hit) => hit.id));
    expect(planResults(ranked, new Map(), older, { grouped: true })).toHaveLength(ranked.length);
  });
});

describe('isExactMatch', () => {
  const meta = { keys: 'järva 2023/665|2023/665|7.1.1' };
  it('matches a registry number in any case, with or without its prefix, and a section number', () => {
    expect(isExactMatch('JÄRVA 2023/665', meta)).toBe(true);
    expect(isExactMatch(' järva  2023 / 665 ', meta)).toBe(true);
    expect(isExactMatch('2023/665', meta)).toBe(true);
    expect(isExactMatch('7.1.1', meta)).toBe(true);
  });
  it('does not match a part of a key', () => {
    expect(isExactMatch('2023', meta)).toBe(false);
    expect(isExactMatch('7.1', meta)).toBe(false);
    expect(isExactMatch('7.1', {})).toBe(false);
  });
});

describe('groupResults', () => {
  const inForce = hit('a', `${S}/2024/beredskap/`, { group: 's/beredskap', versionLabel: '2024' });
  const draft = hit('b', `${S}/2024-remiss/beredskap/`, { group: 's/beredskap', older: '1', versionLabel: 'remissversion 2024' });
  const replaced = hit('c', `${S}/2020-2023/krisberedskap/`, { group: 's/beredskap', older: '1', versionLabel: '2020–2023' });
  const anvisning = hit('d', '/anvisningar/krisstod/');

  it('shows one result per section: the version in force, with the older versions under it', () => {
    const groups = groupResults('beredskap', [draft, anvisning, replaced, inForce], { grouped: true });
    expect(groups.map((g) => g.main.id)).toEqual(['a', 'd']);
    expect(groups[0]?.others.map((h) => h.meta.versionLabel)).toEqual(['2020–2023', 'remissversion 2024']);
  });

  it('keeps every version a result of its own when the reader asks for older versions', () => {
    const groups = groupResults('beredskap', [draft, anvisning, replaced, inForce], { grouped: false });
    expect(groups.map((g) => g.main.id)).toEqual(['b', 'd', 'c', 'a']);
    expect(groups.every((g) => g.others.length === 0)).toBe(true);
  });

  it('shows the best older version when the version in force did not match', () => {
    const groups = groupResults('beredskap', [replaced, draft], { grouped: true });
    expect(groups.map((g) => g.main.id)).toEqual(['c']);
    expect(groups[0]?.others.map((h) => h.id)).toEqual(['b']);
  });

  it('puts the page whose registry number is the query first, the one in force before older ones', () => {
    const organisation = hit('o', '/organisationer/jarva/');
    const answer = hit('r', '/remisser/x/jarva/', { keys: 'järva 2023/665|2023/665' });
    expect(groupResults('2023/665', [organisation, answer], { grouped: true }).map((g) => g.main.id)).toEqual(['r', 'o']);

    const olderVersion = hit('v1', `${S}/2024-remiss/`, { keys: 'ks 2023/1254', older: '1', group: 's/' });
    const currentVersion = hit('v2', `${S}/2024/`, { keys: 'ks 2023/1254', group: 's/' });
    const groups = groupResults('KS 2023/1254', [organisation, olderVersion, currentVersion], { grouped: true });
    expect(groups.map((g) => g.main.id)).toEqual(['v2', 'v1', 'o']);
  });

  it('shows an older version the reader named by its registry number as a result of its own', () => {
    const replaced = hit('old', `${S}/2020-2023/`, { keys: 'ks 2019/562', older: '1', group: 's/' });
    const current = hit('new', `${S}/2024/`, { group: 's/' });
    const groups = groupResults('KS 2019/562', [current, replaced], { grouped: true });
    expect(groups.map((g) => [g.main.id, g.others.length])).toEqual([
      ['old', 0],
      ['new', 0],
    ]);
  });
});

describe('groupResults and names', () => {
  it('brings the section the query names to the top, shown as the version in force', () => {
    const other = hit('x', `${S}/2024/ansvar/`, { group: 's/ansvar' });
    const current = hit('n', `${S}/2024/samverkan/`, { group: 's/samverkan', names: 'samverkan och geografiskt områdesansvar' });
    const replaced = hit('o', `${S}/2020-2023/samverkan/`, { group: 's/samverkan', older: '1', names: 'samverkan' });
    const groups = groupResults('Samverkan', [other, replaced, current], { grouped: true });
    expect(groups.map((g) => [g.main.id, g.others.map((h) => h.id)])).toEqual([
      ['n', ['o']],
      ['x', []],
    ]);
  });
});
