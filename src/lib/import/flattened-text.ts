import { literalAlternation } from '#lib/text/literal-alternation.ts';
import { SWEDISH_DATE } from './swedish-date.ts';

/**
 * A copy that lost its line breaks (some PDF viewers and web forms give one) comes as a few very
 * long lines. Nothing can tell its paragraphs apart again, but the usual headings of a statement
 * and the labels of its letterhead can be found, so the draft keeps its structure roughly and the
 * editor is warned to divide the paragraphs by hand.
 */

/** Headings that most Swedish municipal statements use. */
const HEADINGS = [
  'Förvaltningens synpunkter och förslag',
  'Jämställdhets- och barnrättsanalys',
  'Förvaltningens förslag till beslut',
  'Ärendet – Remissen i sammanfattning',
  'Förvaltningens synpunkter',
  'Förvaltningens bedömning',
  'Förslag till beslut',
  'Ärendets beredning',
  'Nämndens beslut',
  'Sammanfattning',
  'Bakgrund',
  'Ärendet',
  'Bilagor',
];

const LABEL_WORDS = '(?:Handläggare|Telefon|Tel\\.|E-post|Till|Dnr|Diarienummer|Tjänsteutlåtande|Yttrande|Avdelningen|Enheten|Sida \\d)\\b';
const LABELS = new RegExp(`\\s+(?=${LABEL_WORDS})`, 'g');
const LABELLED = new RegExp(`^(?:${LABEL_WORDS}|\\d)`);
const DATES = new RegExp(`\\s+(\\d{4}-\\d{2}-\\d{2}|${SWEDISH_DATE.source})(?=\\s|$)`, 'giu');

const headingsInLine = () => new RegExp(`\\s+(${literalAlternation(HEADINGS)})\\s+(?=\\p{Lu})`, 'gu');

/**
 * Whether the text has lost its line breaks: it stands in a handful of lines, and a long one holds
 * what would have stood on lines of their own, a statement's heading or a letterhead's label.
 * A text saved with one line per paragraph has its headings on lines of their own.
 */
export function isFlattened(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return (
    lines.length <= 8 && lines.some((line) => line.length >= 600 && (headingsInLine().test(line) || new RegExp(LABELS.source).test(line)))
  );
}

/**
 * Breaks a flattened text where its structure shows: a blank line before each known heading, a
 * line break after the heading (the sentence after it starts with a capital), and, in the
 * letterhead before the first heading, a line for each label and date.
 */
export function restoreLineBreaks(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  const headings = headingsInLine();
  const first = flat.search(headings);
  const head = first === -1 ? '' : flat.slice(0, first);
  const rest = first === -1 ? flat : flat.slice(first);
  const letterheadLines = head.replace(LABELS, '\n').replace(DATES, '\n$1\n').replace(/\n\s+/g, '\n').split('\n');
  // The title follows the letterhead's last value on the same line: what follows the last label or
  // date is taken for it, and a blank line parts it from the letterhead.
  const last = letterheadLines.at(-1) ?? '';
  const titled = letterheadLines.length > 1 && !LABELLED.test(last);
  const letterhead = titled ? [...letterheadLines.slice(0, -1), '', last].join('\n') : letterheadLines.join('\n');
  const body = rest
    .replace(headings, '\n\n$1\n')
    .replace(/\s+(?=[•\uF0B7]\s)/g, '\n')
    .replace(/\s+(?=Bilaga \d+\b)/g, '\n');
  return `${letterhead}\n\n${body}`.replace(/\n{3,}/g, '\n\n').trim();
}
