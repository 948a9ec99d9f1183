import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLastChanged } from '#data/page-sources.ts';
import { lastChangedOf } from '#lib/site/git-log.ts';
import { tempGitRepo } from '../support/git-repo.ts';

describe('readLastChanged: when each content file last changed, from git', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function repoWithHistory() {
    const repo = await tempGitRepo();
    cleanups.push(repo.remove);
    await repo.write({ 'content/anvisningar/a/2022.md': 'ett', 'content/anvisningar/b/2022.md': 'ett', 'README.md': 'x' });
    repo.commit('Första', '2024-03-01T10:00:00+01:00');
    await repo.write({ 'content/anvisningar/a/2022.md': 'två', 'README.md': 'y' });
    // Late in the evening UTC is already the next day in Stockholm.
    repo.commit('Andra', '2025-06-09T22:30:00+00:00');
    return repo;
  }

  it('gives each file the date of the last commit that touched it, in Stockholm time, and folders their newest', async () => {
    const repo = await repoWithHistory();
    const dates = readLastChanged(repo.dir, 'content/');
    expect(Object.fromEntries(dates)).toEqual({
      'content/anvisningar/a/2022.md': '2025-06-10',
      'content/anvisningar/b/2022.md': '2024-03-01',
    });
    expect(lastChangedOf(dates, 'content/anvisningar/')).toBe('2025-06-10');
    expect(lastChangedOf(dates, 'content/anvisningar/b/2022.md')).toBe('2024-03-01');
  });

  it('gives no dates in a shallow clone, where every file would seem changed in the last commit', async () => {
    const repo = await repoWithHistory();
    const outer = await mkdtemp(path.join(tmpdir(), 'styrdok-shallow-'));
    cleanups.push(() => rm(outer, { recursive: true, force: true }));
    const clone = path.join(outer, 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone]);
    expect(readLastChanged(clone, 'content/').size).toBe(0);
  });

  it('gives no dates outside a git repository', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'styrdok-nogit-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await writeFile(path.join(dir, 'x.md'), 'x');
    expect(readLastChanged(dir, './').size).toBe(0);
  });
});
