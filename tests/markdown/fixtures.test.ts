import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, renderHtml, transform } from '#markdown/processor.ts';
import remarkGlossaryLinks from '#markdown/remark-glossary-links.ts';
import remarkHeadingSlugs from '#markdown/remark-heading-slugs.ts';
import remarkKommentar, { type KommentarHandlingNote } from '#markdown/remark-kommentar.ts';

// Each plugin has a folder of cases: <case>/input.md and the expected <case>/output.html.
// A new case is a new folder; UPDATE_FIXTURES=1 writes missing outputs for review.
const FIXTURES = path.join(import.meta.dirname, 'fixtures');

const sections: Record<string, { href: string; label: string }> = {
  personsakerhet: { href: '/program/p/v/personsakerhet/', label: '7.4 Personsäkerhet' },
  beredskap: { href: '/program/p/v/beredskap/', label: '7.1 Beredskap' },
  krisstod: { href: '/program/p/v/krisstod/', label: '7.1.1 Krisstöd' },
};

const glossary = {
  terms: [
    { forms: ['RSA', 'risk- och sårbarhetsanalys'], href: '/ordlista/#rsa' },
    { forms: ['remissinstans', 'remissinstanserna'], href: '/ordlista/#remissinstans' },
  ],
};

// Comments with a recorded handling; only the case that uses #k7 has one.
const handlings: Record<string, KommentarHandlingNote> = {
  k7: {
    utfall: 'delvis-beaktad',
    lead: 'Hantering: Delvis beaktad.',
    reason: 'Kravet står kvar men kan lösas gemensamt.',
    changedLead: 'Ändrade i Programmet 2024:',
    changed: [{ href: '/program/p/2024/krisstod/', label: '7.1.1 Krisstöd' }],
  },
};

const pipelines: Record<string, (markdown: string) => string> = {
  'remark-glossary-links': (markdown) => renderHtml(transform(parseMarkdown(markdown), [[remarkGlossaryLinks as never, glossary]])),
  // Heading IDs and literal directives run inside parseMarkdown itself.
  'remark-heading-ids': (markdown) => renderHtml(parseMarkdown(markdown)),
  'remark-literal-directives': (markdown) => renderHtml(parseMarkdown(markdown)),
  'remark-heading-slugs': (markdown) => renderHtml(transform(parseMarkdown(markdown), [[remarkHeadingSlugs as never]])),
  'remark-kommentar': (markdown) =>
    renderHtml(
      transform(parseMarkdown(markdown), [
        [
          remarkKommentar as never,
          {
            resolveSection: (id: string) => sections[id],
            stanceLabel: (stance: string) => stance.toUpperCase(),
            resolveHandling: (id: string) => handlings[id],
          },
        ],
      ]),
    ),
};

for (const [plugin, run] of Object.entries(pipelines)) {
  describe(plugin, () => {
    for (const name of readdirSync(path.join(FIXTURES, plugin)).sort()) {
      it(name, async () => {
        const dir = path.join(FIXTURES, plugin, name);
        const actual = `${run(await readFile(path.join(dir, 'input.md'), 'utf8'))}\n`;
        const expectedFile = path.join(dir, 'output.html');
        if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) await writeFile(expectedFile, actual);
        expect(actual).toBe(await readFile(expectedFile, 'utf8'));
      });
    }
  });
}
