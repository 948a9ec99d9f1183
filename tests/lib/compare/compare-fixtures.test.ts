import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '#markdown/processor.ts';
import { compareDocuments } from '#lib/compare/compare-documents.ts';
import { headingSections } from '#lib/compare/text-blocks.ts';
import { comparisonOutline } from '../../support/comparison-outline.ts';
import { ROOT } from '../../support/paths.ts';

// One folder a case: old.md and new.md, and expected.txt with the comparison as plain text
// (UPDATE_FIXTURES=1 rewrites expected.txt; read the change before committing it).
const FIXTURES = path.join(ROOT, 'tests/fixtures/compare');

describe('comparing documents (fixture cases)', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, async () => {
      const read = (file: string) => readFile(path.join(FIXTURES, name, file), 'utf8');
      const comparison = compareDocuments({
        programId: 'fixtur',
        older: headingSections(parseMarkdown(await read('old.md'))),
        newer: headingSections(parseMarkdown(await read('new.md'))),
      });
      const outline = comparisonOutline(comparison);
      if (process.env.UPDATE_FIXTURES) await writeFile(path.join(FIXTURES, name, 'expected.txt'), outline);
      expect(outline).toBe(await read('expected.txt'));
    });
  }
});
