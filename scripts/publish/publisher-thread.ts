// The build's side of the last pass over the output (publish-worker.ts runs it on another thread):
// pages are posted as Astro renders them, and Astro's thread goes on rendering.
import { Worker } from 'node:worker_threads';
import type { PublishInputs } from '#lib/publicity/publish-inputs.ts';
import type { StreamedPage } from './page-stream.ts';

export type ToWorker =
  /** What the guard looks for and the words compounds split into; undefined if the content has errors. */
  | { kind: 'inputs'; inputs: PublishInputs | undefined }
  /** A file to guard, in any order, as Astro wrote it. */
  | { kind: 'guard'; file: string; bytes: Uint8Array }
  /** A page to guard and index, in the order of the search index: its text, or where to read it. */
  | ({ kind: 'page' } & StreamedPage)
  | { kind: 'write'; outputPath: string };

export type ToMain =
  | { kind: 'done' }
  | { kind: 'leak'; message: string }
  | { kind: 'written'; pages: number }
  | { kind: 'failed'; message: string };

/** Pages posted and not yet indexed: enough to keep the thread (and the disk) busy without holding every page twice. */
const AHEAD = 256;

export class PublisherThread {
  /** Files handed to the guard, relative to the output folder. */
  readonly guarded = new Set<string>();
  readonly #worker: Worker;
  #leak: Error | undefined;
  #failure: Error | undefined;
  #pending = 0;
  #waiting: (() => void)[] = [];
  #written: { resolve: (pages: number) => void; reject: (error: Error) => void } | undefined;
  #ended = false;

  constructor(inputs: Promise<PublishInputs | undefined>) {
    this.#worker = new Worker(new URL('./publish-worker.ts', import.meta.url));
    this.#worker.on('message', (message: ToMain) => this.#receive(message));
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', (code) => {
      if (!this.#ended) this.#fail(new Error(`Den sista kontrollen och sökindexeringen avbröts (kod ${code}).`));
    });
    inputs.then(
      (found) => this.#post({ kind: 'inputs', inputs: found }),
      () => this.#post({ kind: 'inputs', inputs: undefined }),
    );
  }

  /** Guards a file Astro has just written; a leak fails the build after Astro (see throwIfLeaked). */
  guardNow(file: string, bytes: Uint8Array) {
    this.guarded.add(file);
    this.#post({ kind: 'guard', file, bytes });
  }

  /**
   * Guards and indexes a page; pages must come in a fixed order, since the index depends on it. A
   * page given as a file is read by the thread, as soon as it is posted.
   */
  async page(page: StreamedPage): Promise<void> {
    this.guarded.add(page.file);
    await this.#postCounted({ kind: 'page', ...page });
  }

  throwIfLeaked() {
    if (this.#failure) throw this.#failure;
    if (this.#leak) throw this.#leak;
  }

  /** Waits for every file to be guarded and indexed, writes the index, and ends the thread. */
  async write(outputPath: string): Promise<number> {
    this.throwIfLeaked();
    const pages = new Promise<number>((resolve, reject) => {
      this.#written = { resolve, reject };
    });
    this.#post({ kind: 'write', outputPath });
    try {
      return await pages;
    } finally {
      this.#ended = true;
      await this.#worker.terminate();
    }
  }

  #post(message: ToWorker) {
    if (!this.#failure) this.#worker.postMessage(message);
  }

  async #postCounted(message: ToWorker) {
    this.throwIfLeaked();
    this.#pending++;
    this.#post(message);
    while (this.#pending > AHEAD && !this.#failure) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    if (this.#failure) throw this.#failure;
  }

  #receive(message: ToMain) {
    switch (message.kind) {
      case 'done':
        this.#pending--;
        this.#waiting.shift()?.();
        return;
      case 'leak':
        this.#leak ??= new Error(message.message);
        return;
      case 'written':
        this.#written?.resolve(message.pages);
        return;
      case 'failed':
        this.#fail(new Error(message.message));
        return;
    }
  }

  #fail(error: Error) {
    this.#failure ??= error;
    this.#written?.reject(this.#failure);
    for (const wake of this.#waiting.splice(0)) wake();
  }
}
