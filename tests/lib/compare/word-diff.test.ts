import { describe, expect, it } from 'vitest';
import { diffParagraphs, wordDiff } from '#lib/compare/word-diff.ts';

describe('wordDiff', () => {
  it('marks a replaced word, not the letters in it', () => {
    expect(wordDiff('Staden har en god förmåga att hantera kriser.', 'Staden har en robust förmåga att hantera kriser.')).toEqual([
      { type: 'equal', text: 'Staden har en ' },
      { type: 'removed', text: 'god' },
      { type: 'added', text: 'robust' },
      { type: 'equal', text: ' förmåga att hantera kriser.' },
    ]);
  });

  it('treats a changed compound as one changed word', () => {
    expect(wordDiff('en risk- och sårbarhetsanalys', 'en risk- och konsekvensanalys')).toEqual([
      { type: 'equal', text: 'en risk- och ' },
      { type: 'removed', text: 'sårbarhetsanalys' },
      { type: 'added', text: 'konsekvensanalys' },
    ]);
  });

  it('shows a rewritten phrase as one change rather than alternating words', () => {
    const segments = wordDiff('Staden ska arbeta med krisberedskap i fred.', 'Staden ska bygga upp beredskap inför krig.');
    expect(segments.filter((segment) => segment.type !== 'equal')).toEqual([
      { type: 'removed', text: 'arbeta med krisberedskap i fred' },
      { type: 'added', text: 'bygga upp beredskap inför krig' },
    ]);
  });

  it('shows a long insertion as one, even where it repeats the words after it', () => {
    const segments = wordDiff(
      'Stadsdelsnämnderna ska kunna hjälpa varandra.',
      'Stadsdelsnämnderna ska ha beredskap. Krisstödet ska kunna starta inom två timmar. Stadsdelsnämnderna ska kunna hjälpa varandra.',
    );
    expect(segments).toEqual([
      { type: 'equal', text: 'Stadsdelsnämnderna ska ' },
      { type: 'added', text: 'ha beredskap. Krisstödet ska kunna starta inom två timmar. Stadsdelsnämnderna ska ' },
      { type: 'equal', text: 'kunna hjälpa varandra.' },
    ]);
  });

  it('leaves the joining space out of a sentence added at the end', () => {
    expect(wordDiff('Kartlägg risken för hot och våld.', 'Kartlägg risken för hot och våld. Ta med digitala kanaler.')).toEqual([
      { type: 'equal', text: 'Kartlägg risken för hot och våld. ' },
      { type: 'added', text: 'Ta med digitala kanaler.' },
    ]);
  });

  it('marks an inserted clause and keeps the rest equal', () => {
    const segments = wordDiff('Krisstöd ska ges snabbt.', 'Krisstöd ska ges snabbt, även utöver kontorstid.');
    expect(segments).toEqual([
      { type: 'equal', text: 'Krisstöd ska ges snabbt' },
      { type: 'added', text: ', även utöver kontorstid' },
      { type: 'equal', text: '.' },
    ]);
  });
});

describe('diffParagraphs', () => {
  const whole = 'Varje stadsdelsnämnd ska ha en krisstödsorganisation. Den ska öva minst en gång per år.';

  it('reads a paragraph split in two as the same words, with each part on its own', () => {
    const diff = diffParagraphs([whole], ['Varje stadsdelsnämnd ska ha en krisstödsorganisation.', 'Den ska öva minst en gång per år.']);
    expect(diff.wordsAdded).toBe(0);
    expect(diff.wordsRemoved).toBe(0);
    expect(diff.newSide).toEqual([
      [{ type: 'equal', text: 'Varje stadsdelsnämnd ska ha en krisstödsorganisation.' }],
      [{ type: 'equal', text: 'Den ska öva minst en gång per år.' }],
    ]);
    expect(diff.oldSide).toEqual([[{ type: 'equal', text: whole }]]);
  });

  it('reads two paragraphs merged into one, with an edit, as that edit only', () => {
    const diff = diffParagraphs(
      ['Varje stadsdelsnämnd ska ha en krisstödsorganisation.', 'Den ska öva minst en gång per år.'],
      [whole.replace('en gång', 'två gånger')],
    );
    expect(diff.wordsRemoved).toBe(2);
    expect(diff.wordsAdded).toBe(2);
    expect(diff.oldSide).toHaveLength(2);
    expect(diff.inline).toHaveLength(1);
    expect(diff.inline[0]).toContainEqual({ type: 'removed', text: 'en gång' });
    expect(diff.inline[0]).toContainEqual({ type: 'added', text: 'två gånger' });
  });
});
