import { describe, expect, it } from 'vitest';
import { routesUnder, siteAddress, underBase } from '#lib/routes/base-path.ts';
import { sitePaths, urls } from '#lib/routes/urls.ts';

describe('underBase', () => {
  it('puts the base before an address from the root, and leaves others as they are', () => {
    expect(underBase('/styrdok/', '/')).toBe('/styrdok/');
    expect(underBase('/styrdok/', '/program/alfa/#mal')).toBe('/styrdok/program/alfa/#mal');
    for (const other of ['#mal', 'https://stockholm.se/', '//cdn.example/x', 'mailto:a@b.se', 'relativ/']) {
      expect(underBase('/styrdok/', other)).toBe(other);
    }
    expect(underBase('/', '/program/')).toBe('/program/');
  });
});

describe('routesUnder', () => {
  it('gives every address function, nested ones too, its address under the base', () => {
    const under = routesUnder('/styrdok/', sitePaths);
    expect(under.home()).toBe('/styrdok/');
    expect(under.section('alfa', '2024', 'mal')).toBe('/styrdok/program/alfa/2024/mal/');
    expect(under.api.remissvar('alfa-2024', 'norr')).toBe('/styrdok/api/remisser/alfa-2024/norr.json');
    expect(under.search('krisstöd')).toBe('/styrdok/sok/?q=krisst%C3%B6d');
    expect(Object.keys(under).sort()).toEqual(Object.keys(sitePaths).sort());
  });

  it('at the root, the addresses are the site paths themselves, as the content check knows them', () => {
    expect(routesUnder('/', sitePaths)).toBe(sitePaths);
    expect(urls.program('alfa')).toBe(sitePaths.program('alfa'));
    expect(urls.file('favicon.svg')).toBe('/favicon.svg');
  });
});

describe('siteAddress', () => {
  it('puts a page under the base, or under the path the site address has', () => {
    expect(siteAddress('https://s.se', '/', '/program/a/')).toBe('https://s.se/program/a/');
    expect(siteAddress('https://o.github.io/styrdok', '/', '/program/a/')).toBe('https://o.github.io/styrdok/program/a/');
    expect(siteAddress('https://o.github.io/styrdok/', '/', '/')).toBe('https://o.github.io/styrdok/');
    expect(siteAddress('https://o.github.io', '/styrdok/', '/program/a/')).toBe('https://o.github.io/styrdok/program/a/');
  });
});
