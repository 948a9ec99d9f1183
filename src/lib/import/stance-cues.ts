import type { Stallning } from '#schemas/kommentar.ts';
import { literalAlternation } from '#lib/text/literal-alternation.ts';

/** A stance a sentence takes, and the words that show it, as written. */
export interface StanceCue {
  stallning: Stallning;
  cue: string;
}

// Checked in this order within a sentence: a no outweighs a request or a worry, which outweighs
// support ("skulle välkomna ett förtydligande" asks for something), which outweighs an opinion or
// a proposal ("ställer sig bakom programmet och föreslår att nämnden överlämnar" supports).
const CUES: [Stallning, string[]][] = [
  [
    'avstyrker',
    [
      'avstyrker',
      'avstyrks',
      'motsätter sig',
      'ställer sig inte bakom',
      'kan inte ställa sig bakom',
      'ser inte positivt',
      'ser negativt på',
      'vänder sig mot',
      'invänder mot',
    ],
  ],
  [
    'synpunkt',
    [
      'efterfrågar',
      'efterlyser',
      'önskar',
      'saknar',
      'förtydligande',
      'skulle se positivt',
      'skulle välkomna',
      'vill lyfta',
      'vill påpeka',
      'vill framhålla',
      'vill understryka',
      'bör',
      'behöver',
      'oroar',
      'oro',
      'kostnader',
      'risk för',
      'riskerar',
    ],
  ],
  [
    'tillstyrker',
    [
      'tillstyrker',
      'tillstyrks',
      'ställer sig bakom',
      'välkomnar',
      'ser positivt på',
      'ser mycket positivt på',
      'instämmer',
      'delar stadsledningskontorets uppfattning',
      'delar uppfattningen',
      'delar bedömningen',
      'stöder',
      'stödjer',
      'ser fram emot',
    ],
  ],
  ['synpunkt', ['anser', 'föreslår', 'menar']],
];

/** A phrase as a whole word or words: JavaScript's \b knows no å, ä or ö. */
const PATTERNS = CUES.map(([stallning, phrases]): [Stallning, RegExp] => [
  stallning,
  new RegExp(`(?<!\\p{L})(?:${literalAlternation(phrases).replaceAll(' ', '\\s+')})(?!\\p{L})`, 'iu'),
]);

/**
 * The stance a sentence takes on what it speaks of, from its words: "tillstyrker", "välkomnar",
 * "ser positivt på" support; "avstyrker", "motsätter sig" oppose; "anser", "föreslår", "efterfrågar",
 * a wish for clarity or a worry about costs are a comment (synpunkt). Undefined when it takes none.
 */
export function stanceCue(sentence: string): StanceCue | undefined {
  for (const [stallning, pattern] of PATTERNS) {
    const match = pattern.exec(sentence);
    if (match) return { stallning, cue: match[0].replace(/\s+/g, ' ') };
  }
  return undefined;
}
