/** Where a repository lives and which branch the site is built from. */
export interface Repository {
  url: string;
  branch: string;
}

export interface SourceLinks {
  /** The file or folder as the repository names it, e.g. `content/anvisningar/krisstod/2022.md`. */
  path: string;
  /** Opens the file in the repository's web editor, which offers to make a pull request. Files only. */
  edit?: string;
  /** Every change to the file or folder, newest first. */
  history: string;
  /** The file or folder as it stands on the branch. */
  view: string;
}

/**
 * Links to a page's source in a GitHub repository. Undefined for a path outside the repository
 * (content built from a temporary folder), where there is nothing to link to.
 */
export function sourceLinks(repository: Repository, sourcePath: string): SourceLinks | undefined {
  if (sourcePath === '' || sourcePath.startsWith('..') || sourcePath.startsWith('/')) return undefined;
  const base = repository.url.replace(/\/+$/, '');
  const branch = encodeURIComponent(repository.branch);
  const encoded = sourcePath.split('/').map(encodeURIComponent).join('/');
  const isFolder = sourcePath.endsWith('/');
  return {
    path: sourcePath,
    edit: isFolder ? undefined : `${base}/edit/${branch}/${encoded}`,
    history: `${base}/commits/${branch}/${encoded}`,
    view: `${base}/${isFolder ? 'tree' : 'blob'}/${branch}/${encoded}`,
  };
}
