import type { Heading } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Sida } from '#schemas/sida.ts';
import { markdownSource } from '#markdown/mdx-source.ts';
import { type HtmlRenderer, parseMarkdown, renderHtml, transform } from '#markdown/processor.ts';
import { headingIdOf } from '#markdown/remark-heading-ids.ts';
import remarkHeadingSlugs from '#markdown/remark-heading-slugs.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { corpusProblem } from './problems.ts';
import type { SidaModel } from './corpus-model.ts';

/**
 * First path segments the site's own pages use; a page with one of these names would collide
 * with them. Keep in step with the folders of src/pages/.
 */
export const RESERVED_PAGE_IDS = ['program', 'anvisningar', 'organisationer', 'remisser', 'sok', 'pagefind', '404', '_astro'];

/** Builds the stand-alone pages, every heading linkable by an ID made from its text. */
export function buildSidor(
  entries: readonly ContentEntry<Sida>[],
  report: ProblemReporter,
  render: boolean | HtmlRenderer = true,
): SidaModel[] {
  const toHtml = typeof render === 'function' ? render : renderHtml;
  const sidor: SidaModel[] = [];
  for (const entry of entries) {
    if (RESERVED_PAGE_IDS.includes(entry.id)) {
      report.at(entry, [], corpusProblem('corpus/reserved-page-id', { id: entry.id }));
      continue;
    }
    const tree = transform(parseMarkdown(markdownSource(entry)), [[remarkHeadingSlugs as never]]);
    const toc: SidaModel['toc'] = [];
    const anchors: string[] = [];
    visit(tree, 'heading', (heading: Heading) => {
      const id = headingIdOf(heading) as string;
      anchors.push(id);
      if (heading.depth === 2) toc.push({ id, title: mdastToString(heading) });
    });
    sidor.push({ id: entry.id, path: entry.path, data: entry.data, html: render ? toHtml(tree) : '', toc, anchors });
  }
  return sidor.sort((a, b) => a.id.localeCompare(b.id));
}
