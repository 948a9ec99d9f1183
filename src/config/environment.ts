import path from 'node:path';

/**
 * Every `STYRDOK_*` environment variable, read in this one place so that a default is written once
 * and every command (check, build, dev, scaffolding, import) means the same by it. Read on each
 * call, not at import: the build sets some of them for Astro after this module is loaded.
 *
 * | variable               | what it sets                                              | default                        |
 * |------------------------|-----------------------------------------------------------|--------------------------------|
 * | STYRDOK_CONTENT        | the content folder                                        | `content`                      |
 * | STYRDOK_DIST           | where the build puts the finished site                    | `dist`                         |
 * | STYRDOK_SITE           | the site's public address (`https://host/base/`)          | `https://styrdok.example.se`   |
 * | STYRDOK_BASE           | the path the site lives under (`/styrdok/` on a project   | `/`                            |
 * |                        | site, `owner.github.io/styrdok/`), before every address   |                                |
 * | STYRDOK_REPOSITORY     | the repository the edit and history links point to        | the city's repository          |
 * | STYRDOK_BRANCH         | its branch                                                | `main`                         |
 * | STYRDOK_PARSE_CACHE    | the parsed-Markdown cache folder                          | `node_modules/.cache/styrdok`  |
 * | STYRDOK_CACHE_DIR      | Astro's cache folder (the build sets it per content/dist) | set by the build               |
 * | STYRDOK_OUT_DIR        | Astro's output folder (the build's temporary folder)      | `dist`                         |
 * | STYRDOK_DECOMPOUND=0   | index pages without splitting compounds                   | split                          |
 * | STYRDOK_QUIET=1        | Astro logs errors only                                    | off                            |
 * | STYRDOK_TIMINGS=1      | the build prints how long each step took                  | off                            |
 * | STYRDOK_BUILD_DATE     | the day the site is built for (`2026-12-05`): which       | today in Stockholm             |
 * |                        | versions are in force, and what the check compares with   |                                |
 */
export interface StyrdokEnvironment {
  contentDir: string;
  distDir: string;
  site: string;
  /** The path every address starts with: `/`, or `/styrdok/` with a slash at both ends. */
  basePath: string;
  repository: string;
  branch: string;
  parseCacheDir: string;
  cacheDir?: string;
  outDir: string;
  decompound: boolean;
  quiet: boolean;
  timings: boolean;
  /** The day versions are in force on, and dates are checked against (YYYY-MM-DD). */
  buildDate: string;
}

export const DEFAULT_SITE = 'https://styrdok.example.se';
export const DEFAULT_REPOSITORY = 'https://github.com/stockholmsstad/styrdok';

/** The settings as the environment gives them now; relative folders resolve against `root`. */
export function styrdokEnvironment(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): StyrdokEnvironment {
  const folder = (value: string | undefined, fallback: string) => path.resolve(root, value || fallback);
  return {
    contentDir: folder(env.STYRDOK_CONTENT, 'content'),
    distDir: folder(env.STYRDOK_DIST, 'dist'),
    site: env.STYRDOK_SITE || DEFAULT_SITE,
    basePath: basePathOf(env.STYRDOK_BASE),
    repository: env.STYRDOK_REPOSITORY || DEFAULT_REPOSITORY,
    branch: env.STYRDOK_BRANCH || 'main',
    parseCacheDir: folder(env.STYRDOK_PARSE_CACHE, 'node_modules/.cache/styrdok'),
    ...(env.STYRDOK_CACHE_DIR ? { cacheDir: folder(env.STYRDOK_CACHE_DIR, '') } : {}),
    outDir: folder(env.STYRDOK_OUT_DIR, 'dist'),
    decompound: env.STYRDOK_DECOMPOUND !== '0',
    quiet: Boolean(env.STYRDOK_QUIET),
    timings: Boolean(env.STYRDOK_TIMINGS),
    buildDate: buildDateOf(env.STYRDOK_BUILD_DATE),
  };
}

/**
 * The day as given, or today in Stockholm: a build just after midnight there is built for the new
 * day. Tests set it, so what is in force does not change with the calendar.
 */
export function buildDateOf(value: string | undefined, now = new Date()): string {
  if (!value) return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new Error(`STYRDOK_BUILD_DATE="${value}" är inget datum; skriv till exempel 2026-12-05.`);
  }
  return value;
}

/**
 * `styrdok`, `/styrdok` and `/styrdok/` all mean the path `/styrdok/`; empty means the root. As
 * `actions/configure-pages` gives it (`/styrdok`, or nothing for a custom domain), so the deploy
 * workflow can pass its output on as it is.
 */
export function basePathOf(value: string | undefined): string {
  const parts = (value ?? '').split('/').filter(Boolean);
  if (parts.some((part) => part === '.' || part === '..' || /[?#:\\\s]/.test(part))) {
    throw new Error(`STYRDOK_BASE="${value}" är ingen sökväg; skriv till exempel /styrdok/.`);
  }
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}
