import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Root } from 'mdast';
import { styrdokEnvironment } from '#config/environment.ts';

/**
 * Trees parsed by earlier runs, by the hash of their body. Parsing Markdown is most of what the
 * content check and the corpus model cost, and between two runs most bodies are unchanged: reading
 * a tree back costs a tenth of parsing it.
 *
 * The cache is a folder of shards, one per thread that parsed something in a run: a worker thread
 * sends its trees already serialised, and that same buffer is the shard, so keeping the trees costs
 * the thread that joins them nothing. When shards pile up (or mostly hold bodies that are gone),
 * the next run writes everything it used as one shard and removes the rest.
 */
export interface ParseCache {
  get(body: string): Root | undefined;
  /** Keeps a shard: what serializeShard gave, here or in a worker thread. */
  store(shard: Uint8Array): void;
  /**
   * Called with every body of the run and its tree once all are parsed, before anything changes
   * the trees: rewrites the cache as one shard when it has grown stale.
   */
  settle(trees: ReadonlyMap<string, Root>): void;
}

interface Shard {
  hashes: string[];
  trees: Root[];
}

/** Above this many shards, or with more unused trees than used ones, the cache is rewritten. */
const MAX_SHARDS = 8;

/** Trees with their bodies' hashes, ready to store. */
export function serializeShard(bodies: readonly string[], trees: readonly Root[]): Uint8Array {
  return serialize({ hashes: bodies.map(hashOf), trees: [...trees] } satisfies Shard);
}

/** The trees a shard holds. */
export function deserializeShard(shard: Uint8Array): Root[] {
  return (deserialize(shard) as Shard).trees;
}

/**
 * The cache `name` under `dir`. Trees are used only while `fingerprint` (which names the parser:
 * see parserFingerprint) is the one they were parsed with; shards of another fingerprint are removed.
 */
export function openParseCache(dir: string, name: string, fingerprint: string): ParseCache {
  const folder = path.join(dir, `${name}-${fingerprint.slice(0, 16)}`);
  const known = new Map<string, Root>();
  const shards = existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.v8')) : [];
  for (const file of shards) {
    try {
      const { hashes, trees } = deserialize(readFileSync(path.join(folder, file))) as Shard;
      hashes.forEach((hash, index) => {
        known.set(hash, trees[index] as Root);
      });
    } catch {
      // A shard another run is replacing, or a damaged one: its bodies are parsed again.
    }
  }
  const written: string[] = [];
  const write = (shard: Uint8Array) => {
    const file = path.join(folder, `${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2)}.v8`);
    written.push(path.basename(file));
    try {
      mkdirSync(folder, { recursive: true });
      // Renamed into place, so a run reading the cache meanwhile never sees half a shard.
      writeFileSync(`${file}.tmp`, shard);
      renameSync(`${file}.tmp`, file);
    } catch {
      // A cache that cannot be written costs the next run time, not correctness.
      rmSync(`${file}.tmp`, { force: true });
    }
  };
  return {
    get: (body) => known.get(hashOf(body)),
    store: write,
    settle(trees) {
      for (const other of existsSync(dir) ? readdirSync(dir) : []) {
        if (other.startsWith(`${name}-`) && path.join(dir, other) !== folder)
          rmSync(path.join(dir, other), { recursive: true, force: true });
      }
      const stale = known.size - [...trees.keys()].filter((body) => known.has(hashOf(body))).length;
      if (shards.length <= MAX_SHARDS && stale <= trees.size) return;
      const replaced = [...shards, ...written];
      write(serializeShard([...trees.keys()], [...trees.values()]));
      for (const file of replaced) rmSync(path.join(folder, file), { force: true });
    },
  };
}

function hashOf(body: string): string {
  return createHash('sha256').update(body).digest('base64url');
}

/** Packages whose code turns Markdown into trees: a new version may give other trees. */
const PARSER_PACKAGES = [
  'unified',
  'remark-parse',
  'remark-directive',
  'remark-gfm',
  'micromark',
  'micromark-extension-gfm',
  'mdast-util-from-markdown',
  'mdast-util-directive',
  'mdast-util-gfm',
  'remark-mdx',
  'micromark-extension-mdxjs',
  'mdast-util-mdx',
];

/**
 * What the trees depend on besides the text: this project's Markdown code (src/markdown/), the
 * lockfile (a parser's own dependencies can change without its version changing) and the versions
 * of the parser packages, all as installed under `root`.
 */
export function parserFingerprint(root: string): string {
  const hash = createHash('sha256');
  const own = path.join(root, 'src/markdown');
  if (existsSync(own)) {
    for (const file of readdirSync(own).sort()) hash.update(file).update(readFileSync(path.join(own, file)));
  }
  const lockfile = path.join(root, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  for (const name of PARSER_PACKAGES) {
    const manifest = path.join(root, 'node_modules', name, 'package.json');
    hash.update(name).update(existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : '-');
  }
  return hash.digest('hex');
}

/**
 * The project's cache for one kind of tree: under node_modules/.cache/styrdok/ (STYRDOK_PARSE_CACHE
 * names another folder), checked against the parser code and packages under `root`.
 */
export function projectParseCache(root: string, kind: string): ParseCache {
  const dir = styrdokEnvironment(root).parseCacheDir;
  return openParseCache(dir, `markdown-${kind}`, parserFingerprint(root));
}
