// Measures search quality on the shipped content/: builds it with and without compound splitting,
// runs the query set in Chromium, and prints recall and precision@5 before and after.
// Usage: npm run search-quality
import path from 'node:path';
import { buildSite } from '../../tests/support/build-site.ts';
import { evaluateSearch } from './evaluate.ts';
import { QUERIES } from './queries.ts';

const root = path.resolve(import.meta.dirname, '../..');
const sites = { före: path.join(root, '.bench/search-before'), efter: path.join(root, '.bench/search-after') };

const evaluations = {} as Record<keyof typeof sites, Awaited<ReturnType<typeof evaluateSearch>>>;
for (const [name, dist] of Object.entries(sites) as [keyof typeof sites, string][]) {
  process.env.STYRDOK_DECOMPOUND = name === 'före' ? '0' : '1';
  const { code, output } = await buildSite(path.join(root, 'content'), dist);
  if (code !== 0) throw new Error(output);
  evaluations[name] = await evaluateSearch(dist, QUERIES);
}

const percent = (value: number) => `${Math.round(value * 100)} %`;
const subset = (name: keyof typeof sites, compound: boolean) => {
  const outcomes = evaluations[name].outcomes.filter((outcome) => outcome.compound === compound);
  const mean = (pick: (o: (typeof outcomes)[number]) => number) => outcomes.reduce((sum, o) => sum + pick(o), 0) / outcomes.length;
  return `${percent(mean((o) => o.recall))} / ${percent(mean((o) => o.precisionAt5))}`;
};
console.log(`| frågor | före: recall / precision@5 | efter: recall / precision@5 |`);
console.log('| --- | --- | --- |');
console.log(
  `| alla ${QUERIES.length} | ${percent(evaluations.före.recall)} / ${percent(evaluations.före.precisionAt5)} | ${percent(evaluations.efter.recall)} / ${percent(evaluations.efter.precisionAt5)} |`,
);
console.log(
  `| ${QUERIES.filter((q) => q.compound).length} delord (program, beredskap …) | ${subset('före', true)} | ${subset('efter', true)} |`,
);
console.log(`| ${QUERIES.filter((q) => !q.compound).length} hela ord och fraser | ${subset('före', false)} | ${subset('efter', false)} |`);
console.log('\nPer fråga (recall före → efter, precision@5 före → efter, antal träffar före → efter):');
for (const [index, before] of evaluations.före.outcomes.entries()) {
  const after = evaluations.efter.outcomes[index] as (typeof evaluations.efter.outcomes)[number];
  const missing = after.expected.filter((url) => !after.results.includes(url));
  console.log(
    `${before.query.padEnd(28)} ${percent(before.recall).padStart(5)} → ${percent(after.recall).padStart(5)}   ${percent(before.precisionAt5).padStart(5)} → ${percent(after.precisionAt5).padStart(5)}   ${String(before.results.length).padStart(3)} → ${String(after.results.length).padStart(3)}${missing.length ? `   saknas: ${missing.join(' ')}` : ''}`,
  );
}
