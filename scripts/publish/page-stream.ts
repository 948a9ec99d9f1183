// The built pages, handed on one at a time while Astro is still building, always in the order Astro
// lists its paths, whatever order they finish in, so the search index built from them is the same
// from one build to the next. A rebuild copies most pages from Astro's cache instead of rendering
// them; those are handed on as their cached copies as soon as it is certain Astro will copy them.

/** A path as Astro lists it before building: its URL path, and the file and kind of route that make it. */
export interface ListedPath {
  pathname: string;
  component: string;
  type: string;
}

/** The file Astro writes for a path, relative to the output folder (its `directory` build format). */
export function outputFileOf({ pathname, type }: Pick<ListedPath, 'pathname' | 'type'>): string {
  const name = pathname.replace(/^\/+/, '');
  if (type === 'endpoint') return name;
  const bare = name.replace(/\/+$/, '');
  if (bare === '') return 'index.html';
  if (bare === '404' || bare === '500') return `${bare}.html`;
  return `${bare}/index.html`;
}

/**
 * A built file, with its path relative to the output folder: its text, or, for a file written by an
 * earlier step or copied from Astro's cache, where to read it (absolute), for whoever takes it.
 */
export type StreamedPage = { file: string; text: string } | { file: string; absolute: string };

export interface PageStreamOptions {
  /** Where the last build wrote a path (from Astro's cache manifest), relative to the output folder. */
  previousFile(path: ListedPath): string | undefined;
  /** The last build's copy of a file, if Astro's cache has it (absolute path). */
  cachedCopy(file: string): string | undefined;
  /** Receives each page in order; the stream waits for it before handing on the next. */
  emit(page: StreamedPage): Promise<void>;
}

type Source = { text: string; file: string } | { copy: string; file: string } | { none: true };

/** Paths Astro treats as one (it builds the first and skips the rest); both come decoded. */
export function pathKey(pathname: string): string {
  return pathname.replace(/\/+$/, '') || '/';
}

export class PageStream {
  readonly #paths: ListedPath[] = [];
  readonly #slot = new Map<string, number>();
  readonly #sources: (Source | undefined)[] = [];
  readonly #options: PageStreamOptions;
  /** Every path before this one has been rendered, is being copied from the cache, or was passed over. */
  #settled = 0;
  #next = 0;
  #pumping: Promise<void> | undefined;
  #failure: unknown;

  constructor(options: PageStreamOptions) {
    this.#options = options;
  }

  /** Astro's list of paths, in the order it starts them; a path it lists twice is built once. */
  listed(paths: readonly ListedPath[]) {
    for (const path of paths) {
      const key = pathKey(path.pathname);
      if (this.#slot.has(key)) continue;
      this.#slot.set(key, this.#paths.length);
      this.#paths.push(path);
    }
  }

  /**
   * Astro is about to render a path. It starts paths in its listed order and, for each, either calls
   * the renderer at once or copies the page from its cache, so every earlier path that has not been
   * started by now is one Astro copies: its cached copy can be handed on already.
   */
  started(pathname: string) {
    const slot = this.#slot.get(pathKey(pathname));
    if (slot === undefined) return;
    if (slot < this.#settled) {
      // Rendered after all (its copy went missing from the cache): the copy must not stand in for it.
      if (slot < this.#next) this.#failure ??= new Error(`${pathname} byggdes efter att sökindexet fått den förra versionen.`);
      this.#sources[slot] = undefined;
      return;
    }
    this.#settleUpTo(slot);
    this.#settled = slot + 1;
    this.#pump();
  }

  /**
   * Astro copies pages from its cache without telling anyone, in its listed order: once the file of
   * a later path is in the output, the paths up to it were started, and the ones not rendered were
   * copied. Called every so often while Astro works, it lets a rebuild hand on copied pages early.
   */
  advance(inOutput: (path: ListedPath) => boolean) {
    // One file in the output is enough: Astro starts paths in order, so every path before it was
    // started too. Probing ahead in growing steps, then between the last two probes, finds how far
    // Astro has come without asking the disk for every file (tens of thousands in a rebuild).
    const inOutputAt = (slot: number) => slot < this.#paths.length && inOutput(this.#paths[slot] as ListedPath);
    let found = this.#settled - 1;
    let step = 1;
    while (inOutputAt(found + step)) {
      found += step;
      step *= 2;
    }
    let notFound = found + step;
    while (notFound - found > 1) {
      const middle = Math.floor((found + notFound) / 2);
      if (inOutputAt(middle)) found = middle;
      else notFound = middle;
    }
    if (found < this.#settled) return;
    this.#settleUpTo(found + 1);
    this.#pump();
  }

  /** Paths before `slot` not started by now are copied by Astro: their cached copies are handed on. */
  #settleUpTo(slot: number) {
    for (; this.#settled < slot; this.#settled++) {
      const path = this.#paths[this.#settled] as ListedPath;
      const previous = this.#options.previousFile(path);
      const copy = previous === undefined ? undefined : this.#options.cachedCopy(previous);
      // Without a copy in the cache Astro renders the path after all, or writes nothing: finish() sees.
      if (previous !== undefined && copy !== undefined) this.#sources[this.#settled] = { copy, file: previous };
    }
  }

  /** A page Astro has rendered (after started), with the file it writes; no text for a page to pass over. */
  rendered(pathname: string, file: string, text: string | undefined) {
    const slot = this.#slot.get(pathKey(pathname));
    if (slot === undefined) return;
    this.#sources[slot] = text === undefined ? { none: true } : { text, file };
    this.#pump();
  }

  /**
   * Astro is done: every path not handed on yet is handed on as its file in the output folder
   * (`fileOf` says where, undefined for a path that wrote no file), in order. Resolves when all are
   * handed on.
   */
  async finish(fileOf: (path: ListedPath) => { file: string; absolute: string } | undefined): Promise<void> {
    this.#paths.forEach((path, slot) => {
      if (this.#sources[slot]) return;
      const found = fileOf(path);
      this.#sources[slot] = found ? { copy: found.absolute, file: found.file } : { none: true };
    });
    this.#pump();
    await this.#pumping;
    if (this.#failure) throw this.#failure;
  }

  #pump() {
    this.#pumping ??= this.#run().finally(() => {
      this.#pumping = undefined;
      // A source that came in while the loop was finishing must not wait for the next one.
      if (!this.#failure && this.#sources[this.#next]) this.#pump();
    });
  }

  async #run() {
    try {
      for (let source = this.#sources[this.#next]; source; source = this.#sources[this.#next]) {
        const slot = this.#next;
        if ('copy' in source) await this.#options.emit({ file: source.file, absolute: source.copy });
        else if ('text' in source) await this.#options.emit({ file: source.file, text: source.text });
        // Only the text of pages not handed on yet is kept.
        this.#sources[slot] = { none: true };
        this.#next++;
      }
    } catch (error) {
      this.#failure = error;
    }
  }
}
