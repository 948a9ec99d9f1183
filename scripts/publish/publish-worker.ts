// The last pass over the output, on its own thread: the leak guard and the search copies (with
// Pagefind's messaging) cost the build's main thread about 6 s at 5,000 documents, time Astro's
// rendering, which runs on that thread alone, then waits for. Here they run on the other core.
// Messages are handled one at a time, in the order they were sent: the search index depends on
// the order pages reach it. The protocol is in publisher-thread.ts.
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { PublishInputs } from '#lib/publicity/publish-inputs.ts';
import type { ToMain, ToWorker } from './publisher-thread.ts';
import { SearchPublisher } from './search-publisher.ts';

const port = parentPort;
if (!port) throw new Error('publish-worker.ts runs as a worker thread (see publisher-thread.ts).');

const { index, errors } = await pagefind.createIndex({ rootSelector: 'html' });
if (!index || errors.length > 0) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
let handOver: (inputs: PublishInputs | undefined) => void = () => {};
const publisher = new SearchPublisher(
  index,
  new Promise((resolve) => {
    handOver = resolve;
  }),
);
const decoder = new TextDecoder();
const send = (message: ToMain) => port.postMessage(message);
let leak: string | undefined;

/** The guard throws on a leak; it is reported at once, and the build fails when Astro is done. */
async function guarded(work: Promise<void>) {
  try {
    await work;
  } catch (error) {
    if (leak === undefined) {
      leak = (error as Error).message;
      send({ kind: 'leak', message: leak });
    }
  }
}

async function handle(message: Exclude<ToWorker, { kind: 'inputs' }>, reading: Promise<string> | undefined): Promise<void> {
  switch (message.kind) {
    case 'guard':
      await guarded(publisher.guard({ file: message.file, text: decoder.decode(message.bytes) }));
      return;
    case 'page': {
      const page = { file: message.file, text: 'text' in message ? message.text : await (reading as Promise<string>) };
      await guarded(publisher.guard(page));
      await publisher.index(page);
      send({ kind: 'done' });
      return;
    }
    case 'write':
      if (leak !== undefined) throw new Error(leak);
      await publisher.write(message.outputPath);
      await pagefind.close();
      send({ kind: 'written', pages: publisher.pages });
      return;
  }
}

let queue = Promise.resolve();
let failed = false;
port.on('message', (message: ToWorker) => {
  // Not queued: the files before it in the queue wait for it.
  if (message.kind === 'inputs') return handOver(message.inputs);
  // A file is read as soon as it arrives (the build keeps a few hundred ahead), handled in turn.
  const reading = message.kind === 'page' && 'absolute' in message ? readFile(message.absolute, 'utf8') : undefined;
  reading?.catch(() => {});
  // A failure (Pagefind's, a file that cannot be read, a leak at the end) is reported once, and
  // nothing after it is done: the build fails.
  queue = queue
    .then(() => (failed ? undefined : handle(message, reading)))
    .catch((error) => {
      failed = true;
      send({ kind: 'failed', message: (error as Error).message });
    });
});
