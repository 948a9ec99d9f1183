import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GIT_LOG_FORMAT, type LastChanged, parseLastChanged } from '#lib/site/git-log.ts';
import { styrdokEnvironment } from '#config/environment.ts';

/**
 * The content folder relative to the repository root, with a trailing slash, or a subfolder of
 * it: the source of pages that list many documents.
 */
export function contentFolder(subfolder = '', root = process.cwd()): string {
  const dir = path.join(styrdokEnvironment(root).contentDir, subfolder);
  return `${path.relative(root, dir).split(path.sep).join('/')}/`;
}

let lastChanged: LastChanged | undefined;

/** When each content file last changed: read once per build, not once per page. */
export function getLastChanged(): LastChanged {
  lastChanged ??= readLastChanged(process.cwd(), contentFolder());
  return lastChanged;
}

/**
 * When each file under `folder` last changed, from one `git log`. A clone without history (no
 * git, or a shallow clone where every file would seem changed in the last commit) gives no
 * dates rather than wrong ones; pages then leave the date out.
 */
export function readLastChanged(root: string, folder: string): LastChanged {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') {
      console.warn(
        'Git-historiken är grund (shallow clone): sidorna visar inte när de senast ändrades. Hämta hela historiken (fetch-depth: 0).',
      );
      return new Map();
    }
    return parseLastChanged(git('log', GIT_LOG_FORMAT, '--name-only', '--no-renames', '--relative', '--', folder));
  } catch {
    return new Map();
  }
}
