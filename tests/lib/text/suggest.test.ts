import { describe, expect, it } from 'vitest';
import { didYouMean, nearestIds } from '#lib/text/suggest.ts';

describe('nearestIds', () => {
  it('finds a near miss first', () => {
    expect(nearestIds('personsakerhe', ['beredskap', 'personsakerhet', 'krisstod'])[0]).toBe('personsakerhet');
  });
  it('finds an ID that contains the wrong one', () => {
    expect(nearestIds('samverkan', ['samverkan-och-geografiskt-omradesansvar', 'rsa'])).toEqual([
      'samverkan-och-geografiskt-omradesansvar',
    ]);
  });
  it('suggests nothing far away', () => {
    expect(nearestIds('xyz', ['beredskap', 'personsakerhet'])).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('asks in Swedish', () => {
    expect(didYouMean('jarv', ['jarva', 'sodermalm'])).toBe('Menade du "jarva"?');
  });
  it('lists what exists when nothing is near', () => {
    expect(didYouMean('qqq', ['a1', 'b2'])).toBe('Giltiga värden: "a1", "b2".');
  });
});
