import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { parseMarkdownAsWritten } from './processor.ts';

/** Below this many bodies a worker costs more to start than it saves. */
const WORTH_A_WORKER = 400;

/**
 * parseMarkdownAsWritten over many bodies, on every core: worker threads take a share each while
 * this thread parses the first share. Parsing is most of what the content check spends its time on.
 */
export async function parseAsWrittenInParallel(bodies: readonly string[]): Promise<Root[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(bodies.length / WORTH_A_WORKER));
  if (threads <= 1) return bodies.map(parseMarkdownAsWritten);
  // Dealt out in turn, so long documents (program versions come together) spread over every thread.
  const shares = Array.from({ length: threads }, (_, thread) => bodies.filter((_, index) => index % threads === thread));
  const others = shares.slice(1).map((part) => inWorker(part));
  const parsed = [(shares[0] ?? []).map(parseMarkdownAsWritten), ...(await Promise.all(others))];
  return bodies.map((_, index) => parsed[index % threads]?.[Math.floor(index / threads)] as Root);
}

function inWorker(bodies: readonly string[]): Promise<Root[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url));
    worker.once('message', (trees: Root[]) => {
      resolve(trees);
      void worker.terminate();
    });
    worker.once('error', reject);
    // A thread that ends without answering (out of memory, say) must not leave the check waiting.
    worker.once('exit', (code) => reject(new Error(`Tråden som läser Markdown avslutades (kod ${code}) utan svar.`)));
    worker.postMessage(bodies);
  });
}
