import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentDocument } from '#lib/content/content-documents.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { positionAt } from '#lib/content/raw-content-files.ts';
import type { ContentEntries } from '#lib/content/read-content.ts';
import { stringFields } from '#lib/text/string-fields.ts';
import { keptBackTitles, titlesPattern } from './kept-back-titles.ts';
import { dependingOn } from '#lib/content/document-keys.ts';
import { publicityProblem } from './problems.ts';
import { publishedEntries } from './publicity.ts';

/** A stretch of text as a page shows it, with where in the body each part's text begins, to place a find in the file. */
interface TextRun {
  text: string;
  parts: { start: number; value: string; line: number; column: number }[];
}

/** Where a node's text begins in the body: after the fence line of a code block, after the backtick of inline code. */
function partOf(node: Nodes & { value: string }, start: number): TextRun['parts'][number] {
  const at = node.position?.start ?? { line: 1, column: 1 };
  if (node.type === 'code') return { start, value: node.value, line: at.line + 1, column: 1 };
  return { start, value: node.value, line: at.line, column: at.column + (node.type === 'inlineCode' ? 1 : 0) };
}

/**
 * The texts of a body as a reader sees them: each paragraph, heading or table cell as one run
 * (emphasis, links and code inside it joined in), and each code block. A title split by `**` or a
 * line break in the file is whole on the page, and found so here.
 */
function textRuns(tree: Root): TextRun[] {
  const runs: TextRun[] = [];
  visit(tree, (node) => {
    if (node.type === 'code') {
      runs.push({ text: node.value, parts: [partOf(node, 0)] });
      return 'skip';
    }
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    const run: TextRun = { text: '', parts: [] };
    visit(node, (inner) => {
      if (inner.type !== 'text' && inner.type !== 'inlineCode') return;
      run.parts.push(partOf(inner, run.text.length));
      run.text += inner.value;
    });
    runs.push(run);
    return 'skip';
  });
  return runs;
}

/**
 * Public text must not name a document kept back: its title on a page or in the JSON API reveals
 * that the document exists, whether or not a link leads to it (src/lib/checks/unpublished-links.ts
 * finds the links). Every public field and body is searched for every such title, whole, a small
 * first letter included; each find is an error at its place, naming the document it gives away.
 * The build's last guard looks for the same titles in what it writes (leak-guard.ts).
 */
export function keptBackTitleProblems(
  entries: ContentEntries,
  documents: readonly ContentDocument[],
  /** The key of the document in a file (document-keys.ts): a title's error then waits while that document has an error of its own. */
  documentKeyOf: (path: string) => string | undefined = () => undefined,
): ProblemReporter['problems'] {
  const report = new ProblemReporter();
  const kept = keptBackTitles(entries);
  const pattern = titlesPattern(
    kept.map(({ title }) => title),
    { firstLetterEitherCase: true },
  );
  if (!pattern) return report.problems;
  const normalized = (text: string) => text.replace(/\s+/g, ' ').toLocaleLowerCase('sv');
  const documentOf = new Map(kept.map(({ path, title }) => [normalized(title), path]));
  const problemFor = (found: string) => {
    const title = found.replace(/(?:\s|\\[nrt])+/g, ' ');
    const path = documentOf.get(normalized(title)) ?? '';
    const text = publicityProblem('publicity/kept-back-title', { title, path });
    const key = documentKeyOf(path);
    return key ? dependingOn(text, key) : text;
  };

  const published = publishedEntries(entries);
  const publicEntries = [...Object.values(published).flat(), ...entries.tillganglighet, ...entries.ordlista] as ContentEntry<
    Record<string, unknown>
  >[];
  const publicPaths = new Set(publicEntries.map((entry) => entry.path));

  for (const entry of publicEntries) {
    for (const [field, text] of stringFields(entry.data)) {
      for (const match of text.matchAll(pattern)) report.at(entry, field, problemFor(match[0]));
    }
  }
  for (const document of documents) {
    if (!publicPaths.has(document.entry.path)) continue;
    const bodyLine = document.entry.bodyLine ?? 1;
    for (const run of textRuns(document.tree)) {
      for (const match of run.text.matchAll(pattern)) {
        const part = run.parts.findLast(({ start }) => start <= match.index);
        if (!part) continue;
        const offset = positionAt(part.value, match.index - part.start);
        const line = part.line + bodyLine - 1 + offset.line - 1;
        const column = offset.line === 1 ? part.column + offset.column - 1 : offset.column;
        report.add(new ContentProblem({ location: { file: document.entry.path, line, column }, ...problemFor(match[0]) }));
      }
    }
  }
  return report.problems;
}
