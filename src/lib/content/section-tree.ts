import type { Heading, Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { ContentProblem } from './content-problem.ts';
import { contentProblem } from './problems.ts';
import { headingIdOf } from '#markdown/remark-heading-ids.ts';
import { contentIdFor, isContentId } from '#lib/routes/content-id.ts';
import { routesProblem } from '#lib/routes/problems.ts';

/** One section of a program version, as written in its Markdown body. */
export interface ParsedSection {
  id: string;
  title: string;
  /** Heading depth relative to the top sections: 1 for `##`, 2 for `###`, … */
  level: number;
  /** Computed number, e.g. "4.1.1". */
  number: string;
  parentId?: string;
  /** The section's own text: the nodes after its heading up to the next heading. */
  content: RootContent[];
  /** Plain text of the section's own content, for diffing and search. */
  text: string;
  /** 1-based line of the heading in the file. */
  line: number;
}

export interface SectionTree {
  /** Text before the first section heading. */
  preamble: RootContent[];
  /** Sections in document order. */
  sections: ParsedSection[];
  problems: ContentProblem[];
}

/**
 * Splits a version body into sections at its headings. `##` headings are top sections and
 * deeper headings nest; every heading must carry an ID (`{#id}`) unique within the version.
 */
export function sectionTree(tree: Root, file: string, bodyLine = 1): SectionTree {
  const problems: ContentProblem[] = [];
  const preamble: RootContent[] = [];
  const sections: ParsedSection[] = [];
  const seen = new Map<string, number>();
  const stack: ParsedSection[] = [];
  const counters: number[] = [];
  let current: ParsedSection | undefined;

  for (const node of tree.children) {
    if (node.type !== 'heading') {
      if (current) current.content.push(node);
      else preamble.push(node);
      continue;
    }
    const line = (node.position?.start.line ?? 1) + bodyLine - 1;
    const level = Math.max(1, node.depth - 1);
    const title = mdastToString(node).trim();
    const id = headingIdOf(node as Heading);
    if (node.depth === 1) {
      problems.push(new ContentProblem({ location: { file, line, column: 1 }, ...contentProblem('content/top-level-heading', { title }) }));
    }
    if (!id) {
      problems.push(
        new ContentProblem({
          location: { file, line, column: 1 },
          ...contentProblem('content/section-without-id', { title, depth: node.depth }),
        }),
      );
      current = undefined;
      continue;
    }
    // Reported, but the section is kept under the ID as written, so what refers to it is not reported too.
    if (!isContentId(id)) {
      problems.push(
        new ContentProblem({
          location: { file, line, column: 1 },
          ...routesProblem('routes/invalid-section-id', { id, suggested: contentIdFor(id) }),
        }),
      );
    }
    const firstLine = seen.get(id);
    if (firstLine !== undefined) {
      problems.push(
        new ContentProblem({ location: { file, line, column: 1 }, ...contentProblem('content/duplicate-section-id', { id, firstLine }) }),
      );
    }
    seen.set(id, line);

    while (stack.length > 0 && (stack.at(-1) as ParsedSection).level >= level) stack.pop();
    counters.length = stack.length + 1;
    counters[stack.length] = (counters[stack.length] ?? 0) + 1;
    const parent = stack.at(-1);
    current = {
      id,
      title,
      level: stack.length + 1,
      number: counters.join('.'),
      parentId: parent?.id,
      content: [],
      text: '',
      line,
    };
    sections.push(current);
    stack.push(current);
  }

  for (const section of sections) {
    section.text = section.content.map((node) => mdastToString(node)).join('\n\n');
  }
  return { preamble, sections, problems };
}
