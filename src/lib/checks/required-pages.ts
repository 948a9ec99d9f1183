import path from 'node:path';
import { ContentProblem } from '#lib/content/content-problem.ts';

/** The law requires an accessibility statement, so a site without one must not build. */
export function requiredPageProblems(contentDir: string, rootDir: string, statements: readonly unknown[]): ContentProblem[] {
  if (statements.length > 0) return [];
  const file = path.relative(rootDir, path.join(contentDir, 'tillganglighetsredogorelse.md')).split(path.sep).join('/');
  return [
    new ContentProblem({
      location: { file },
      message: 'webbplatsen saknar tillgänglighetsredogörelse, som lagen om tillgänglighet till digital offentlig service kräver.',
      hint: 'Skapa filen med fälten organisation, tjanst, efterlevnad, brister, bedomning, senastUppdaterad, aterkoppling och tillsyn (se src/schemas/tillganglighet.ts).',
    }),
  ];
}
