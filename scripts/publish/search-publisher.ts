// The last step before publishing: each built file is checked by the last guard — no unpublished
// text and no identity number, whatever step put it there — and each searchable page goes to
// Pagefind as a copy with compound parts marked (säkerhets^programmet), so "program" finds
// "säkerhetsprogrammet"; the published pages are unchanged. The parts come from the corpus's own
// words. STYRDOK_DECOMPOUND=0 indexes the pages as they are.
import type * as pagefind from 'pagefind';
import { findIdentityNumbers, maskIdentityNumber } from '#lib/checks/personnummer.ts';
import { compoundSplitter } from '#lib/search/decompound.ts';
import { leakFinder } from '#lib/publicity/leak-guard.ts';
import type { PublishInputs } from '#lib/publicity/publish-inputs.ts';
import { searchIndexCopy } from '#lib/search/search-index-copy.ts';
import { styrdokEnvironment } from '#config/environment.ts';
import { writeVersionList } from './version-list.ts';

/** Pages sent to Pagefind and not yet indexed: enough to keep it busy without holding every page. */
const IN_FLIGHT = 128;

/** A built file's text, with its path relative to the output folder. */
interface PageText {
  file: string;
  text: string;
}

interface Prepared {
  findLeak: ReturnType<typeof leakFinder>;
  split: (word: string) => string[] | undefined;
}

export class SearchPublisher {
  /** Pages sent to Pagefind, by file relative to the output folder. */
  readonly indexed = new Set<string>();
  /** Files the guard has passed, relative to the output folder. */
  readonly guarded = new Set<string>();
  readonly #index: pagefind.PagefindIndex;
  readonly #ready: Promise<Prepared | undefined>;
  readonly #inFlight: Promise<void>[] = [];

  /**
   * `inputs` come from the content check, which may still be running: pages wait for them. Without
   * them (the content has errors) pages are passed over, since nothing will be published.
   */
  constructor(index: pagefind.PagefindIndex, inputs: Promise<PublishInputs | undefined>) {
    this.#index = index;
    this.#ready = inputs.then(
      (found) =>
        found && {
          findLeak: leakFinder(found.markers),
          split: !styrdokEnvironment().decompound ? () => undefined : compoundSplitter({ words: new Set(found.lexicon) }),
        },
    );
  }

  /** How many pages went to Pagefind. */
  get pages(): number {
    return this.indexed.size;
  }

  /** Sends a page to Pagefind if it is searchable. Pages must come in a fixed order: the index depends on it. */
  async index({ file, text }: PageText): Promise<void> {
    const ready = await this.#ready;
    if (!ready || this.indexed.has(file)) return;
    const content = file.endsWith('.html') ? searchIndexCopy(text, ready.split) : undefined;
    if (!content) return;
    this.indexed.add(file);
    // From the root: Pagefind puts the base path (STYRDOK_BASE) in front of its results itself, from
    // where its bundle is loaded.
    const url = `/${file}`.replace(/index\.html$/, '');
    const added = this.#index.addHTMLFile({ url, content }).then((result) => {
      if (result.errors.length > 0) throw new Error(`Pagefind kunde inte indexera ${file}: ${result.errors.join('; ')}`);
    });
    // Awaited in turn; a leak found meanwhile must not leave a rejection unhandled.
    added.catch(() => {});
    this.#inFlight.push(added);
    if (this.#inFlight.length >= IN_FLIGHT) await this.#inFlight.shift();
  }

  /** Checks one built file with the last guard; throws, naming the file, if it must not be published. */
  async guard({ file, text }: PageText): Promise<void> {
    const ready = await this.#ready;
    if (!ready || this.guarded.has(file)) return;
    guardAgainstLeaks(file, text, ready.findLeak);
    this.guarded.add(file);
  }

  /** Waits for Pagefind to index every page sent, and writes the index. */
  async write(outputPath: string): Promise<void> {
    await Promise.all(this.#inFlight);
    const written = await this.#index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind kunde inte skriva indexet: ${written.errors.join('; ')}`);
    await writeVersionList(outputPath);
  }
}

function guardAgainstLeaks(file: string, text: string, findLeak: Prepared['findLeak']) {
  const leak = findLeak(text);
  if (leak) throw new Error(`${leak.path} är inte offentlig men texten "${leak.marker}" finns i ${file}. Bygget avbröts.`);
  const [identityNumber] = findIdentityNumbers(text, { standalone: true });
  if (identityNumber) {
    throw new Error(`${file} innehåller ett ${identityNumber.kind} (${maskIdentityNumber(identityNumber.text)}). Bygget avbröts.`);
  }
}
