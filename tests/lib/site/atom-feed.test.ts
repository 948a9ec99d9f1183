import { describe, expect, it } from 'vitest';
import { atomXml, type Feed, tagUri } from '#lib/site/atom-feed.ts';
import { atomProblems } from '../../support/atom-validator.ts';
import { must } from '../../support/must.ts';

const site = new URL('https://styrdok.example.se');
const feed: Feed = {
  id: tagUri(site, '/flode.xml'),
  title: 'Ändringar i Styrdok',
  self: 'https://styrdok.example.se/flode.xml',
  alternate: 'https://styrdok.example.se/',
  author: 'Stockholms stad',
  entries: [
    {
      id: tagUri(site, '/anvisningar/krisstod/2022/'),
      title: 'Ny version av anvisning: Krisstöd',
      updated: '2022-05-10',
      link: 'https://styrdok.example.se/anvisningar/krisstod/2022/',
    },
    {
      id: tagUri(site, '/program/sakerhetsprogrammet/2024-remiss/'),
      title: 'Ny version: Säkerhetsprogram <remissversion> & "förslag"',
      updated: '2023-11-20',
      link: 'https://styrdok.example.se/program/sakerhetsprogrammet/2024-remiss/',
      summary: 'Fyra fokusområden',
      contentHtml: '<ul><li>3 nya avsnitt</li></ul>',
      categories: ['Säkerhetsprogrammet'],
    },
  ],
};

describe('atomXml', () => {
  const xml = atomXml(feed);

  it('writes a feed that is valid Atom by RFC 4287', () => {
    expect(atomProblems(xml)).toEqual([]);
  });

  it('puts the newest entry first and dates the feed by it', () => {
    expect(xml.indexOf('2024-remiss')).toBeLessThan(xml.indexOf('krisstod/2022'));
    expect(xml).toMatch(/<feed[^>]*>\s*<id>[^<]+<\/id>\s*<title>[^<]+<\/title>\s*<updated>2023-11-20T00:00:00Z<\/updated>/);
  });

  it('escapes text and carries HTML content as escaped text', () => {
    expect(xml).toContain('Säkerhetsprogram &lt;remissversion&gt; &amp; &quot;förslag&quot;');
    expect(xml).toContain('<content type="html">&lt;ul&gt;&lt;li&gt;3 nya avsnitt&lt;/li&gt;&lt;/ul&gt;</content>');
  });

  it('gives stable tag URIs that do not depend on the build', () => {
    expect(tagUri(site, '/program/sakerhetsprogrammet/2024-remiss/')).toBe(
      'tag:styrdok.example.se,2024:program/sakerhetsprogrammet/2024-remiss/',
    );
    expect(atomXml(feed)).toBe(xml);
  });
});

describe('atomProblems (the validator the build tests rely on)', () => {
  it('catches what a feed reader would choke on', () => {
    const first = must(feed.entries[0], 'the first entry');
    const broken = atomXml({ ...feed, entries: [first, { ...first, title: 'Samma id igen' }] })
      .replace('<updated>2022-05-10T00:00:00Z</updated>', '<updated>10 maj 2022</updated>')
      .replace(/<author>.*<\/author>/, '');
    const problems = atomProblems(broken);
    expect(problems).toContainEqual(expect.stringMatching(/finns redan i flödet/));
    expect(problems).toContainEqual(expect.stringMatching(/"10 maj 2022" är inte ett RFC 3339-datum/));
    expect(problems).toContainEqual(expect.stringMatching(/saknar author/));
    expect(atomProblems('<feed><id>x</feed>')[0]).toMatch(/XML/);
  });
});
