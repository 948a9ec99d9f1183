import { describe, expect, it } from 'vitest';
import { githubAnnotation } from '#lib/checks/check-content.ts';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { lineageProblem } from '#lib/lineage/problems.ts';
import { checksProblem } from '#lib/checks/problems.ts';

describe('githubAnnotation', () => {
  it('puts the problem on its line, titled with its code and field, the message and hint as the text', () => {
    const problem = new ContentProblem({
      location: { file: 'content/program/p/2024.md', line: 8, column: 48 },
      field: 'harkomst.0.fran.1',
      ...lineageProblem('lineage/unknown-previous-section', { id: 'civilt-forsvaret', known: ['civilt-forsvar'] }),
    });
    expect(githubAnnotation(problem)).toBe(
      '::error file=content/program/p/2024.md,line=8,col=48,title=lineage/unknown-previous-section [harkomst.0.fran.1]::' +
        'avsnittet "civilt-forsvaret" finns inte i föregående version. Menade du "civilt-forsvar"?',
    );
  });

  it('gives a warning without a line its code alone as title, and escapes what GitHub reads as separators', () => {
    const problem = new ContentProblem({
      location: { file: 'content/a,b.md' },
      severity: 'varning',
      ...checksProblem('checks/stray-file'),
      message: '50% klart\nrad två',
    });
    expect(githubAnnotation(problem)).toBe(
      '::warning file=content/a%2Cb.md,title=checks/stray-file::50%25 klart%0Arad två Se README.md, avsnittet om hur content/ är ordnat, och flytta eller ta bort filen.',
    );
  });
});
