import { describe, expect, it } from 'vitest';
import { literalAlternation } from '#lib/text/literal-alternation.ts';

describe('literalAlternation', () => {
  it('matches each text as written: brackets, dots, question marks and backslashes are text', () => {
    const pattern = new RegExp(`^(?:${literalAlternation(['KS 2016/3331 (utkast)', 'a.b?', 'c\\d', '[x]+{2}|$^*'])})$`);
    for (const text of ['KS 2016/3331 (utkast)', 'a.b?', 'c\\d', '[x]+{2}|$^*']) expect(pattern.test(text), text).toBe(true);
    for (const text of ['KS 2016/3331 utkast', 'axb', 'a.', 'cd', 'x', '']) expect(pattern.test(text), text).toBe(false);
  });

  it('puts the longer of two texts that start alike first, so it wins where both begin', () => {
    expect(new RegExp(literalAlternation(['RSA', 'RSA-arbetet'])).exec('Om RSA-arbetet')?.[0]).toBe('RSA-arbetet');
    expect(literalAlternation(['ab', 'abc', 'ab'])).toBe('abc|ab');
  });
});
