// How long comparing two long versions takes: two generated versions of 30,000 words where 10 %
// of the paragraphs are edited and 5 % moved (seeded, so every run compares the same text).
// Usage: npm run bench:compare [-- --words 30000 --runs 7 --seed 2024]
import { parseArgs } from 'node:util';
import { compareDocuments } from '#lib/compare/compare-documents.ts';
import type { ComparableSection } from '#lib/compare/text-blocks.ts';

const { values } = parseArgs({
  options: {
    words: { type: 'string', default: '30000' },
    runs: { type: 'string', default: '7' },
    seed: { type: 'string', default: '2024' },
    /** All text under one heading: the worst case for pairing paragraphs in place. */
    'one-section': { type: 'boolean', default: false },
  },
});
const TARGET_MS = 500;
const totalWords = Number(values.words);
const runs = Number(values.runs);

/** mulberry32: a small seeded generator, so the texts are the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

const WORDS = (
  'staden nämnden bolagsstyrelsen säkerhet beredskap krisstöd förmåga händelse verksamhet medarbetare förtroendevalda ' +
  'risk- sårbarhetsanalys samverkan övning utbildning ansvar kommunstyrelsen stadsdelsnämnderna höjd kris krig fred ' +
  'samhällsviktig kontinuitet informationssäkerhet säkerhetsskydd olyckor brandskydd hot våld påverkan trygghet ska ' +
  'kunna och att i för med som vid av på till inom utöver även alltid planera genomföra följa upp rapportera ' +
  'RSA-processen krigsorganisation tjänsteperson sektorsansvarig civilområde länsstyrelsen Region-Stockholm ' +
  'åtgärder överenskommelse lägesbild omvärldsbevakning kriskommunikation samordna förebygga hantera återgå'
).split(' ');

function sentence(): string {
  const length = 8 + Math.floor(next() * 12);
  const words = Array.from({ length }, () => pick(WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toLocaleUpperCase('sv')}${text.slice(1)}.`;
}

function paragraph(): string {
  return Array.from({ length: 3 + Math.floor(next() * 3) }, sentence).join(' ');
}

function edit(text: string): string {
  const words = text.split(' ');
  for (let i = 0; i < 3; i++) {
    const at = Math.floor(next() * words.length);
    const roll = next();
    if (roll < 0.4) words[at] = pick(WORDS);
    else if (roll < 0.7) words.splice(at, 0, pick(WORDS), pick(WORDS));
    else words.splice(at, 1);
  }
  return words.join(' ');
}

// The older version: sections of 4–12 paragraphs until the word count is reached.
const older: ComparableSection[] = [];
let words = 0;
while (words < totalWords) {
  const blocks = Array.from({ length: 4 + Math.floor(next() * 9) }, () => ({ kind: 'paragraph' as const, text: paragraph() }));
  words += blocks.reduce((sum, block) => sum + block.text.split(' ').length, 0);
  const n = older.length + 1;
  older.push({ id: `avsnitt-${n}`, title: `Avsnitt ${n}`, number: String(n), level: 1, blocks });
}

// The newer version: 10 % of paragraphs edited, 5 % moved to another place in the document.
const newer = older.map((section) => ({ ...section, blocks: section.blocks.map((block) => ({ ...block })) }));
const all = newer.flatMap((section) => section.blocks.map((block, index) => ({ section, index, block })));
const shuffled = [...all].sort(() => next() - 0.5);
const editCount = Math.round(all.length * 0.1);
const moveCount = Math.round(all.length * 0.05);
for (const { block } of shuffled.slice(0, editCount)) block.text = edit(block.text);
const moving = shuffled.slice(editCount, editCount + moveCount);
for (const { section, block } of moving) section.blocks.splice(section.blocks.indexOf(block), 1);
for (const { block } of moving) {
  const target = pick(newer);
  target.blocks.splice(Math.floor(next() * (target.blocks.length + 1)), 0, block);
}

if (values['one-section']) {
  for (const version of [older, newer])
    version.splice(0, version.length, { ...(version[0] as ComparableSection), blocks: version.flatMap((s) => s.blocks) });
}

const timings: number[] = [];
const warm = performance.now();
let result = compareDocuments({ programId: 'bench', older, newer });
const first = performance.now() - warm;
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  result = compareDocuments({ programId: 'bench', older, newer });
  timings.push(performance.now() - start);
}
const sorted = [...timings].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
const found = result.summary.paragraphs;
const format = (ms: number) => `${ms.toFixed(0)} ms`;

console.log(
  `Jämförelse av två versioner med ${words.toLocaleString('sv-SE')} ord (${all.length} stycken i ${older.length} avsnitt), ` +
    `${editCount} ändrade och ${moveCount} flyttade stycken.`,
);
console.log(`Första körningen (kall): ${format(first)}. Därefter: ${timings.map(format).join(', ')}`);
console.log(`Median: ${format(median)} (mål: under ${TARGET_MS} ms) ${median < TARGET_MS ? '– målet nås' : '– MÅLET NÅS INTE'}`);
console.log(
  `Hittade: ${found.moved} flyttade (av ${moveCount}), ${found.changed} ändrade (av ${editCount}), ` +
    `${found.added} tillagda och ${found.removed} borttagna stycken.`,
);
