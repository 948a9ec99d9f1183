import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway git repository in a temporary folder, with commits at dates the test chooses. */
export async function tempGitRepo() {
  const dir = await mkdtemp(path.join(tmpdir(), 'styrdok-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Redaktör');
  git('config', 'user.email', 'redaktor@example.se');
  return {
    dir,
    git,
    async write(files: Record<string, string>) {
      for (const [file, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), text);
      }
    },
    /** Commits everything at a given time (ISO 8601 with offset). */
    commit(message: string, date: string) {
      git('add', '--all');
      execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', message], {
        cwd: dir,
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
