import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { ContentProblem } from './content-problem.ts';
import { contentProblem } from './problems.ts';
import { yamlErrorText } from './yaml-error-text.ts';

/** A content file split into its data (frontmatter or YAML) and Markdown body, with positions. */
export interface SourceFile {
  /** Path relative to the repository root. */
  path: string;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file where the body starts, so body positions map back to the file. */
  bodyLine: number;
  /** Line and column in the file of a data field, or of its nearest existing parent. */
  locate(fieldPath: readonly (string | number)[]): { line: number; column: number };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Windows editors start a UTF-8 file with a byte order mark; it is not part of the text. */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * The Markdown body of a `.md` file's text, exactly as parseSourceFile gives it, without reading the
 * YAML: the checker starts parsing bodies while it still reads the fields. Undefined without frontmatter.
 */
export function markdownBody(saved: string): string | undefined {
  const text = withoutBom(saved);
  const match = FRONTMATTER.exec(text);
  return match ? text.slice(match[0].length) : undefined;
}

/** Reads `.md` and `.mdx` (frontmatter + body) and `.yaml` files the same way for the loader and the checker. */
export function parseSourceFile(path: string, saved: string): SourceFile {
  const text = withoutBom(saved);
  const isMarkdown = /\.mdx?$/.test(path);
  let yamlText = text;
  let yamlLine = 1;
  let body = '';
  let bodyLine = 1;
  if (isMarkdown) {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      throw new ContentProblem({ location: { file: path, line: 1, column: 1 }, ...contentProblem('content/missing-frontmatter') });
    }
    yamlText = match[1] ?? '';
    yamlLine = 2;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }

  const data = readYaml(yamlText, path, yamlLine);
  let located: { document: Document; lineCounter: LineCounter } | undefined;
  return {
    path,
    data,
    body,
    bodyLine,
    locate(fieldPath) {
      located ??= yamlDocument(yamlText);
      const offset = nodeOffset(located.document, fieldPath);
      const position = located.lineCounter.linePos(offset);
      return { line: position.line + yamlLine - 1, column: position.col };
    },
  };
}

/**
 * The fields of a file. js-yaml reads them (eight times faster than `yaml`'s document model, which
 * was a sixth of the content check); `yaml` is asked only for what js-yaml cannot give: where a field
 * is (locate), and the message and line of an error. Both read YAML 1.2's core schema, so dates stay
 * text; tests/lib/source-file.test.ts holds them to the same result.
 */
function readYaml(yamlText: string, path: string, yamlLine: number): Record<string, unknown> {
  let data: unknown;
  try {
    data = load(yamlText, { schema: CORE_SCHEMA });
  } catch {
    const { document, lineCounter } = yamlDocument(yamlText);
    const [firstError] = document.errors;
    if (!firstError) {
      // js-yaml refused what `yaml` reads: the file's fields are `yaml`'s, as they always were.
      data = document.toJS();
    } else {
      const position = lineCounter.linePos(firstError.pos[0]);
      throw new ContentProblem({
        location: { file: path, line: position.line + yamlLine - 1, column: position.col },
        ...contentProblem('content/unreadable-yaml', { detail: yamlErrorText(firstError.code, firstError.message) }),
      });
    }
  }
  data ??= {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentProblem({ location: { file: path, line: yamlLine, column: 1 }, ...contentProblem('content/fields-not-a-map') });
  }
  return data as Record<string, unknown>;
}

function yamlDocument(yamlText: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { document: parseDocument(yamlText, { lineCounter, prettyErrors: false }), lineCounter };
}

/** Offset of the deepest node along a path that exists; a missing field points at its parent. */
function nodeOffset(document: Document, fieldPath: readonly (string | number)[]): number {
  let node: unknown = document.contents;
  let offset = 0;
  for (const key of fieldPath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
