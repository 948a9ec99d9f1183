import { getCollection } from 'astro:content';
import { markdownSource } from '#markdown/mdx-source.ts';
import type { Ordlista } from '#schemas/ordlista.ts';
import type { Tillganglighetsredogorelse } from '#schemas/tillganglighet.ts';

/** The accessibility statement; the content check guarantees there is exactly one. */
export async function getAccessibilityStatement(): Promise<{ data: Tillganglighetsredogorelse; source: string }> {
  const [entry] = await getCollection('tillganglighet');
  if (!entry) throw new Error('content/tillganglighetsredogorelse.md saknas: webbplatsen måste ha en tillgänglighetsredogörelse.');
  // The body as the parsers take it: the statement may be written in MDX.
  return { data: entry.data, source: markdownSource({ body: entry.body ?? '', path: entry.filePath ?? '' }) };
}

/** The glossary's terms, or none if the content has no glossary. */
export async function getGlossaryTerms(): Promise<Ordlista['termer']> {
  const [entry] = await getCollection('ordlista');
  return entry?.data.termer ?? [];
}
