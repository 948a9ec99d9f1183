// Measures search quality on the shipped content/: builds it with and without compound splitting,
// runs the query set through the search page in Chromium, and prints recall, precision@5, hit@1
// and mean reciprocal rank before and after.
// Usage: npm run search-quality
import path from 'node:path';
import { buildSite } from '../../tests/support/build-site.ts';
import { evaluateSearch, type QueryOutcome } from './evaluate.ts';
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
const figures = (outcomes: QueryOutcome[]) => {
  const mean = (pick: (o: QueryOutcome) => number) => outcomes.reduce((sum, o) => sum + pick(o), 0) / outcomes.length;
  return `${percent(mean((o) => o.recall))} / ${percent(mean((o) => o.precisionAt5))} / ${mean((o) => o.hitAt1).toFixed(2)} / ${mean((o) => o.reciprocalRank).toFixed(2)}`;
};
const subset = (name: keyof typeof sites, compound: boolean) => figures(evaluations[name].outcomes.filter((o) => o.compound === compound));
console.log('| frågor | före: recall / precision@5 / hit@1 / MRR | efter: recall / precision@5 / hit@1 / MRR |');
console.log('| --- | --- | --- |');
console.log(`| alla ${QUERIES.length} | ${figures(evaluations.före.outcomes)} | ${figures(evaluations.efter.outcomes)} |`);
console.log(
  `| ${QUERIES.filter((q) => q.compound).length} delord (program, beredskap …) | ${subset('före', true)} | ${subset('efter', true)} |`,
);
console.log(
  `| ${QUERIES.filter((q) => !q.compound).length} hela ord, namn, nummer | ${subset('före', false)} | ${subset('efter', false)} |`,
);
const outside = evaluations.efter.outcomes.filter((o) => (o.firstExpectedAt ?? Number.POSITIVE_INFINITY) > 5);
console.log(
  `\nFrågor vars förväntade sida inte är bland de fem första (efter): ${outside.length === 0 ? 'inga' : outside.map((o) => o.query).join(', ')}`,
);
console.log('\nPer fråga (första förväntade plats före → efter, recall före → efter, precision@5 före → efter):');
for (const [index, before] of evaluations.före.outcomes.entries()) {
  const after = evaluations.efter.outcomes[index] as QueryOutcome;
  const missing = after.expected.filter((url) => !after.results.includes(url));
  const place = (o: QueryOutcome) => String(o.firstExpectedAt ?? '–').padStart(2);
  console.log(
    `${before.query.padEnd(34)} ${place(before)} → ${place(after)}   ${percent(before.recall).padStart(5)} → ${percent(after.recall).padStart(5)}   ${percent(before.precisionAt5).padStart(5)} → ${percent(after.precisionAt5).padStart(5)}${missing.length ? `   saknas: ${missing.join(' ')}` : ''}`,
  );
}
