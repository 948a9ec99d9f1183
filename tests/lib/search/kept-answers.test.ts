import { describe, expect, it } from 'vitest';
import { answerKey, KeptAnswers } from '#lib/search/kept-answers.ts';

describe('answerKey', () => {
  it('is the same whatever order the filters were ticked in', () => {
    expect(answerKey('krisstöd', { typ: { any: ['Anvisning', 'Remissvar'] }, status: { any: ['Gällande'] } })).toBe(
      answerKey('krisstöd', { status: { any: ['Gällande'] }, typ: { any: ['Remissvar', 'Anvisning'] } }),
    );
  });

  it('differs by query and by filter', () => {
    const keys = new Set([
      answerKey('krisstöd', {}),
      answerKey('krisstod', {}),
      answerKey('krisstöd', { typ: { any: ['Anvisning'] } }),
      answerKey('krisstöd', { typ: { any: ['Remissvar'] } }),
      answerKey('krisstöd', { status: { any: ['Anvisning'] } }),
      answerKey('krisstöd', { aktualitet: 'äldre' }),
    ]);
    expect(keys.size).toBe(6);
  });
});

describe('KeptAnswers', () => {
  it('keeps the newest answers, one set again counting as new', () => {
    const kept = new KeptAnswers<number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    kept.set('a', 3);
    kept.set('c', 4);
    expect(kept.get('a')).toBe(3);
    expect(kept.get('b')).toBeUndefined();
    expect(kept.get('c')).toBe(4);
    kept.clear();
    expect(kept.get('a')).toBeUndefined();
  });
});
