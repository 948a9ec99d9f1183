// Validates everything under content/ without rendering: schemas, references, IDs, lineage, and the
// checks in src/lib/checks/ (links, personnummer, contact details, code in content, publicity, placeholders).
// Usage: node scripts/check-content.ts [content-dir]
import path from 'node:path';
import { checkContent, githubAnnotation } from '../src/lib/check-content.ts';

const contentDir = path.resolve(process.argv[2] ?? 'content');
const problems = await checkContent(contentDir);
const errors = problems.filter((problem) => problem.severity === 'fel');

for (const problem of problems) {
  console.error(problem.format());
  if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotation(problem));
}
if (errors.length > 0) {
  console.error(`\nInnehållskontrollen hittade ${errors.length} fel. Rätta dem och kör "npm run check" igen.`);
  process.exit(1);
}
console.log(
  `Innehållet är giltigt (${path.relative(process.cwd(), contentDir) || '.'}).${problems.length ? ` ${problems.length} varningar.` : ''}`,
);
