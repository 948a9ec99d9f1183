import type { CorpusEntries } from '#lib/content/content-entry.ts';
import { corpusLexicon } from '#lib/search/corpus-lexicon.ts';
import { glossaryLinkTerms } from '#lib/site/glossary.ts';
import { unpublishedMarkers } from './leak-guard.ts';
import type { ContentEntries } from '#lib/content/read-content.ts';

/**
 * What the build's last pass over its output needs from the content: the text of every unpublished
 * document (which must not appear) and the corpus's words (which compound parts may be). The content
 * check has read every entry already, so it hands these over and the build need not read them again.
 */
export interface PublishInputs {
  markers: ReturnType<typeof unpublishedMarkers>;
  lexicon: string[];
}

export function publishInputs(entries: CorpusEntries & Pick<ContentEntries, 'ordlista'>): PublishInputs {
  const glossaryForms = glossaryLinkTerms(entries.ordlista.flatMap((entry) => entry.data.termer)).flatMap((term) => term.forms);
  return { markers: unpublishedMarkers(entries, glossaryForms), lexicon: [...corpusLexicon(entries).words] };
}
