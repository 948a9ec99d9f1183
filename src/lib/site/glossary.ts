import type { Term } from '#schemas/ordlista.ts';
import { asciiSlug } from '#lib/text/slug.ts';
import { sitePaths } from '#lib/routes/urls.ts';
import { compareSwedish } from '#lib/text/swedish-order.ts';
import { literalAlternation } from '#lib/text/literal-alternation.ts';

export interface GlossaryEntry extends Term {
  /** Anchor on the glossary page, e.g. `risk-och-sarbarhetsanalys`. */
  anchor: string;
  /** First letter for grouping, in Swedish alphabetical order (Å, Ä, Ö last). */
  letter: string;
}

/** The glossary in Swedish alphabetical order, with stable anchors, grouped by first letter. */
export function glossaryByLetter(terms: readonly Term[]): { letter: string; entries: GlossaryEntry[] }[] {
  const entries = terms
    .map((term) => ({ ...term, anchor: asciiSlug(term.term), letter: term.term.charAt(0).toLocaleUpperCase('sv') }))
    .sort((a, b) => compareSwedish(a.term, b.term));
  const groups: { letter: string; entries: GlossaryEntry[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.letter === entry.letter) last.entries.push(entry);
    else groups.push({ letter: entry.letter, entries: [entry] });
  }
  return groups;
}

/** The forms that stand for each term in running text, and where each is explained (from the root: renderHtml puts the base in front). */
export function glossaryLinkTerms(terms: readonly Term[]): { forms: string[]; href: string }[] {
  return terms.map((term) => ({
    forms: [term.term, ...(term.forkortning ? [term.forkortning] : []), ...term.varianter],
    href: sitePaths.glossary(asciiSlug(term.term)),
  }));
}

const LETTER = '\\p{L}\\p{N}';

/**
 * Where any of the forms stands as a word of its own in running text (any case), the longest form
 * first: how glossary links find terms, and how the leak guard knows which text a link will split.
 * Undefined without forms.
 */
export function glossaryFormsPattern(forms: readonly string[]): RegExp | undefined {
  const usable = forms.filter((form) => form.trim().length > 1);
  if (usable.length === 0) return undefined;
  return new RegExp(`(?<![${LETTER}])(${literalAlternation(usable)})(?![${LETTER}])`, 'giu');
}
