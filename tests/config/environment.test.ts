import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildDateOf, DEFAULT_SITE, styrdokEnvironment } from '#config/environment.ts';
import { ROOT } from '../support/paths.ts';

describe('styrdokEnvironment', () => {
  it('gives every default when nothing is set', () => {
    const environment = styrdokEnvironment('/repo', {});
    expect(environment).toEqual({
      contentDir: '/repo/content',
      distDir: '/repo/dist',
      site: DEFAULT_SITE,
      basePath: '/',
      repository: 'https://github.com/stockholmsstad/styrdok',
      branch: 'main',
      parseCacheDir: '/repo/node_modules/.cache/styrdok',
      outDir: '/repo/dist',
      decompound: true,
      quiet: false,
      timings: false,
      buildDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('builds for the day STYRDOK_BUILD_DATE gives, else for today in Stockholm', () => {
    expect(styrdokEnvironment('/repo', { STYRDOK_BUILD_DATE: '2026-06-15' }).buildDate).toBe('2026-06-15');
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    expect(buildDateOf(undefined, new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(() => buildDateOf('15/6 2026')).toThrow('STYRDOK_BUILD_DATE="15/6 2026" är inget datum');
  });

  it('resolves folders against the root and reads the switches', () => {
    const environment = styrdokEnvironment('/repo', {
      STYRDOK_CONTENT: 'tests/fixtures/corpus',
      STYRDOK_DIST: '/tmp/site',
      STYRDOK_CACHE_DIR: '.cache/astro',
      STYRDOK_DECOMPOUND: '0',
      STYRDOK_QUIET: '1',
    });
    expect(environment.contentDir).toBe('/repo/tests/fixtures/corpus');
    expect(environment.distDir).toBe('/tmp/site');
    expect(environment.cacheDir).toBe('/repo/.cache/astro');
    expect(environment.decompound).toBe(false);
    expect(environment.quiet).toBe(true);
  });

  it('reads STYRDOK_BASE as a path with a slash at both ends, as configure-pages gives it or not', () => {
    for (const written of ['/styrdok', 'styrdok', '/styrdok/', 'styrdok/']) {
      expect(styrdokEnvironment('/repo', { STYRDOK_BASE: written }).basePath).toBe('/styrdok/');
    }
    expect(styrdokEnvironment('/repo', { STYRDOK_BASE: '/a/b' }).basePath).toBe('/a/b/');
    expect(styrdokEnvironment('/repo', { STYRDOK_BASE: '/' }).basePath).toBe('/');
    expect(() => styrdokEnvironment('/repo', { STYRDOK_BASE: '/../x' })).toThrow('STYRDOK_BASE');
    expect(() => styrdokEnvironment('/repo', { STYRDOK_BASE: 'https://x.se/' })).toThrow('STYRDOK_BASE');
  });

  it('an empty variable counts as unset, as in a workflow whose secret is missing', () => {
    expect(styrdokEnvironment('/repo', { STYRDOK_CONTENT: '', STYRDOK_SITE: '' })).toMatchObject({
      contentDir: '/repo/content',
      site: DEFAULT_SITE,
    });
  });

  it('the content check honours STYRDOK_CONTENT, as the build does', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/check-content.ts'], {
      cwd: ROOT,
      env: { ...process.env, STYRDOK_CONTENT: path.join('tests', 'fixtures', 'corpus') },
    });
    expect(stdout).toContain('Innehållet är giltigt (tests/fixtures/corpus)');
  });
});
