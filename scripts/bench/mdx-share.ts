// A share of the benchmark's documents is written in MDX, so that the build and the check are
// measured with MDX as editors may write it, and the report can say what MDX costs.
import { performance } from 'node:perf_hooks';
import { markdownBody } from '#lib/content/source-file.ts';
import { markdownSource } from '#markdown/mdx-source.ts';
import { parseMarkdownAsWritten } from '#markdown/processor.ts';

/** With `--mdx`, the benchmark writes one in this many documents with a body as MDX. */
export const MDX_EVERY = 10;

/** A generated Markdown document as MDX: each directive becomes the component it stands for. */
export function toMdx(markdown: string): string {
  return markdown
    .replace(/^:::kommentar\{#([a-z0-9-]+)([^}\n]*)\}$/gm, '<Kommentar id="$1"$2>')
    .replace(/^:::notis(?:\{([^}\n]*)\})?$/gm, (_, attributes?: string) => (attributes ? `<Notis ${attributes}>` : '<Notis>'))
    .replace(/^:::$/gm, (_, offset: number, text: string) => closingTag(text.slice(0, offset)));
}

/** The closing tag of the component opened last before a closing `:::`. */
function closingTag(before: string): string {
  const opened = [...before.matchAll(/^<(Kommentar|Notis)[ >]/gm)].at(-1)?.[1];
  return opened ? `</${opened}>` : ':::';
}

/** What parsing the MDX documents costs, against parsing the same documents written as Markdown. */
export interface MdxCost {
  documents: number;
  /** Milliseconds per document, parsed as written (what the content check does). */
  mdxMs: number;
  markdownMs: number;
}

/**
 * Parses each MDX document and the Markdown it was made from, several rounds, on this thread, and
 * takes the fastest round of each: the build and the check parse on every core, so these are
 * per-document figures, not a share of the build's time.
 */
export function mdxCost(markdownOf: ReadonlyMap<string, string>, mdx: ReadonlyMap<string, string>, rounds = 5): MdxCost {
  const pairs = [...mdx].flatMap(([file, text]) => {
    const original = markdownOf.get(file);
    const body = markdownBody(text);
    const markdown = original === undefined ? undefined : markdownBody(original);
    return body === undefined || markdown === undefined ? [] : [{ mdx: markdownSource({ body, path: file }), markdown }];
  });
  const time = (parse: () => void) => {
    const start = performance.now();
    parse();
    return performance.now() - start;
  };
  // The two alternate round by round, so a machine that speeds up or slows down meanwhile favours neither.
  let mdxBest = Number.POSITIVE_INFINITY;
  let markdownBest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    mdxBest = Math.min(
      mdxBest,
      time(() => {
        for (const pair of pairs) parseMarkdownAsWritten(pair.mdx);
      }),
    );
    markdownBest = Math.min(
      markdownBest,
      time(() => {
        for (const pair of pairs) parseMarkdownAsWritten(pair.markdown);
      }),
    );
  }
  const perDocument = (ms: number) => (pairs.length > 0 ? ms / pairs.length : 0);
  return { documents: pairs.length, mdxMs: perDocument(mdxBest), markdownMs: perDocument(markdownBest) };
}
