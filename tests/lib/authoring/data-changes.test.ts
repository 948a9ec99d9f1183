import { describe, expect, it } from 'vitest';
import { dataChanges } from '#lib/authoring/data-changes.ts';

describe('dataChanges', () => {
  it('goes down to the values that changed, key by key', () => {
    const before = { kommentarer: { 'norr#k1': { hantering: 'ej-beaktad', motivering: 'M' }, 'norr#k2': { hantering: 'beaktad' } } };
    const after = { kommentarer: { 'norr#k1': { hantering: 'beaktad', motivering: 'M' }, 'norr#k2': { hantering: 'beaktad' } } };
    expect(dataChanges(before, after)).toEqual([{ path: ['kommentarer', 'norr#k1', 'hantering'], before: 'ej-beaktad', after: 'beaktad' }]);
  });

  it('compares a list of named items item by item, by name, wherever they stand', () => {
    const before = {
      termer: [
        { term: 'RSA', forklaring: 'A' },
        { term: 'Remiss', forklaring: 'B' },
      ],
    };
    const after = {
      termer: [
        { term: 'Krisstöd', forklaring: 'C' },
        { term: 'Remiss', forklaring: 'B' },
        { term: 'RSA', forklaring: 'A2' },
      ],
    };
    expect(dataChanges(before, after)).toEqual([
      { path: ['termer', 'RSA', 'forklaring'], before: 'A', after: 'A2' },
      { path: ['termer', 'Krisstöd'], before: undefined, after: { term: 'Krisstöd', forklaring: 'C' } },
    ]);
  });

  it('takes a list of plain values, or of items with no shared unique name, as one value', () => {
    expect(dataChanges({ avsnitt: ['a', 'b'] }, { avsnitt: ['a', 'c'] })).toEqual([
      { path: ['avsnitt'], before: ['a', 'b'], after: ['a', 'c'] },
    ]);
    const twice = [{ term: 'X' }, { term: 'X' }];
    expect(dataChanges({ termer: twice }, { termer: [{ term: 'X' }] })).toEqual([
      { path: ['termer'], before: twice, after: [{ term: 'X' }] },
    ]);
  });

  it('names fields added and removed, and nothing when nothing changed', () => {
    expect(dataChanges({ a: 1 }, { b: 2 })).toEqual([
      { path: ['a'], before: 1, after: undefined },
      { path: ['b'], before: undefined, after: 2 },
    ]);
    expect(dataChanges({ a: { b: [1] } }, { a: { b: [1] } })).toEqual([]);
  });
});
