import { describe, expect, it } from 'vitest';
import { separateFollowOns } from '#lib/checks/follow-on-problems.ts';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { documentKey, failureCovers } from '#lib/content/document-keys.ts';

const documents: Record<string, string> = {
  'remissvar/r/norr.md': documentKey.remissvar('r', 'norr'),
  'remisser/r.md': documentKey.remiss('r'),
  'program/p/2024.md': documentKey.version('p', '2024'),
  'sidor/guide.md': documentKey.sida('guide'),
};
const documentOf = (file: string) => documents[file];

function problem(file: string, code: string, dependsOn?: string[], severity: 'fel' | 'varning' = 'fel') {
  return new ContentProblem({ location: { file }, code, message: code, dependsOn, severity });
}

const shownCodes = (problems: ContentProblem[]) =>
  separateFollowOns(problems, documentOf)
    .shown.map((shown) => shown.code)
    .sort();

describe('separateFollowOns', () => {
  it('hides what leans on a document with an error of its own, and what leans on that in turn', () => {
    const problems = [
      problem('remisser/r.md', 'content/missing-field'),
      problem('remissvar/r/norr.md', 'corpus/unknown-remiss', [documentKey.remiss('r')]),
      problem('program/p/2024.md', 'versions/note-unknown-kommentar', [documentKey.kommentar('r', 'norr', 'k1')]),
      problem('sidor/guide.md', 'checks/broken-link', [documentKey.remissvar('r', 'norr')]),
      problem('sidor/guide.md', 'checks/summary-pending', [documentKey.remiss('r')], 'varning'),
    ];
    const { shown, followOns } = separateFollowOns(problems, documentOf);
    expect(shown.map((kept) => kept.code)).toEqual(['content/missing-field']);
    expect(followOns).toHaveLength(4);
  });

  it('keeps a reference that no failure explains, and hides what depends on its document', () => {
    const problems = [
      problem('remisser/r.md', 'corpus/unknown-version', [documentKey.version('p', '2025')]),
      problem('program/p/2024.md', 'versions/note-without-remiss', [documentKey.anyRemiss]),
    ];
    expect(shownCodes(problems)).toEqual(['corpus/unknown-version']);
  });

  it('never lets two documents hide each other', () => {
    const problems = [
      problem('remisser/r.md', 'corpus/unknown-organisation', [documentKey.remissvar('r', 'norr')]),
      problem('remissvar/r/norr.md', 'corpus/unknown-remiss', [documentKey.remiss('r')]),
    ];
    expect(shownCodes(problems)).toHaveLength(1);
  });

  it('does not let a document hide its own problems', () => {
    const problems = [
      problem('program/p/2024.md', 'content/invalid-field'),
      problem('program/p/2024.md', 'lineage/unknown-previous-section', [documentKey.version('p', '2024')]),
    ];
    expect(shownCodes(problems)).toEqual(['content/invalid-field', 'lineage/unknown-previous-section']);
  });

  it('lets a warning fail nothing', () => {
    const problems = [
      problem('remisser/r.md', 'consultation/handling-pending', undefined, 'varning'),
      problem('remissvar/r/norr.md', 'corpus/unknown-remiss', [documentKey.remiss('r')]),
    ];
    expect(shownCodes(problems)).toEqual(['consultation/handling-pending', 'corpus/unknown-remiss']);
  });
});

describe('failureCovers', () => {
  it('covers the document, what lies inside it, and the groups it belongs to', () => {
    expect(failureCovers('remiss/r', 'remiss/r')).toBe(true);
    expect(failureCovers('remiss/r', 'remiss/r/norr#k1')).toBe(true);
    expect(failureCovers('remiss/r/norr', 'remiss')).toBe(true);
    expect(failureCovers('remiss/r', 'remiss/r2')).toBe(false);
    expect(failureCovers('program/p/2024', 'program/p/2020')).toBe(false);
  });
});
