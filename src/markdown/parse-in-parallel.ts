import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { deserializeShard, type ParseCache, serializeShard } from './parse-cache.ts';
import { parseMarkdown, parseMarkdownAsWritten } from './processor.ts';

/** Below this many bodies a worker costs more to start than it saves. */
const WORTH_A_WORKER = 400;

/** As the editor wrote it (for the checks), or as published (directives resolved, for rendering). */
export type ParseMode = 'as-written' | 'published';

const PARSERS: Record<ParseMode, (markdown: string) => Root> = { 'as-written': parseMarkdownAsWritten, published: parseMarkdown };

export interface ParseInParallelOptions {
  mode?: ParseMode;
  /**
   * Where parse-worker.ts is. Code bundled by Astro no longer sits beside it, so the site passes
   * the file in the project; without a worker file, everything is parsed on this thread.
   */
  worker?: URL;
  /** Trees from an earlier run: only the bodies it does not have are parsed, and it keeps this run's. */
  cache?: ParseCache;
}

/** Parsing under way in worker threads; `join` lends this thread to the work and gives every tree. */
export interface Parsing {
  join(): Promise<Root[]>;
}

/** What a worker is sent: every body, and the shared counter from which each thread takes the next one. */
export interface ParseTask {
  bodies: readonly string[];
  mode: ParseMode;
  next: Int32Array;
}

/** What a thread parsed: the trees, with their places in the list. */
export interface ParseResult {
  indices: number[];
  trees: Root[];
}

/** What a worker answers: its trees as a cache shard (see parse-cache.ts), which is also how they travel. */
export interface WorkerAnswer {
  indices: number[];
  shard: Uint8Array;
}

/**
 * Starts parsing many bodies in worker threads, one per core but this one, at once. Each thread takes
 * the next body not yet taken, so a caller with other work to do first (reading YAML, say) starts
 * the workers, does that work, and then joins in: every core stays busy and all finish together.
 */
export function startParsing(bodies: readonly string[], options: ParseInParallelOptions = {}): Parsing {
  const mode = options.mode ?? 'as-written';
  const trees: (Root | undefined)[] = bodies.map((body) => options.cache?.get(body));
  const missing = bodies.flatMap((_, index) => (trees[index] ? [] : [index]));
  const worker = options.worker ?? new URL('./parse-worker.ts', import.meta.url);
  const threads = existsSync(fileURLToPath(worker)) ? Math.min(availableParallelism(), Math.ceil(missing.length / WORTH_A_WORKER)) : 1;
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const task: ParseTask = { bodies: missing.map((index) => bodies[index] as string), mode, next };
  const others = Array.from({ length: threads - 1 }, () => inWorker(worker, task));
  // An early failure must not go unhandled while the caller is still busy; join reports it.
  for (const other of others) other.catch(() => {});
  const { cache } = options;
  return {
    async join() {
      const own = takeAndParse(task);
      if (cache && own.indices.length > 0)
        cache.store(
          serializeShard(
            own.indices.map((index) => task.bodies[index] as string),
            own.trees,
          ),
        );
      const answers = await Promise.all(others);
      const results = [own, ...answers.map(({ indices, shard }) => ({ indices, trees: deserializeShard(shard) }))];
      answers.forEach(({ indices, shard }) => {
        if (cache && indices.length > 0) cache.store(shard);
      });
      for (const result of results) {
        result.indices.forEach((position, index) => {
          trees[missing[position] as number] = result.trees[index] as Root;
        });
      }
      const parsed = trees as Root[];
      // Before the caller gets the trees: callers transform them in place.
      cache?.settle(new Map(bodies.map((body, index) => [body, parsed[index] as Root])));
      return parsed;
    },
  };
}

/** Parses many bodies on every core; the trees come in the order of the bodies. */
export function parseInParallel(bodies: readonly string[], options: ParseInParallelOptions = {}): Promise<Root[]> {
  return startParsing(bodies, options).join();
}

/** Takes bodies off the shared counter until none are left; run by every thread. */
export function takeAndParse({ bodies, mode, next }: ParseTask): ParseResult {
  const parse = PARSERS[mode];
  const result: ParseResult = { indices: [], trees: [] };
  for (let index = Atomics.add(next, 0, 1); index < bodies.length; index = Atomics.add(next, 0, 1)) {
    result.indices.push(index);
    result.trees.push(parse(bodies[index] as string));
  }
  return result;
}

/** Parses in a worker thread, and answers with the trees as a shard. */
export function answerInWorker(task: ParseTask): WorkerAnswer {
  const { indices, trees } = takeAndParse(task);
  return {
    indices,
    shard: serializeShard(
      indices.map((index) => task.bodies[index] as string),
      trees,
    ),
  };
}

function inWorker(file: URL, task: ParseTask): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file);
    worker.once('message', (result: WorkerAnswer) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    // A thread that ends without answering (out of memory, say) must not leave the caller waiting.
    worker.once('exit', (code) => reject(new Error(`Tråden som läser Markdown avslutades (kod ${code}) utan svar.`)));
    worker.postMessage(task);
  });
}
