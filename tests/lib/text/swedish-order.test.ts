import { describe, expect, it } from 'vitest';
import { compareSwedish, compareSwedishNumeric } from '#lib/text/swedish-order.ts';

describe('Swedish order', () => {
  it('puts å, ä and ö after z, in that order', () => {
    expect(['Östermalm', 'Älvsjö', 'Zinkensdamm', 'Årsta', 'Bromma'].sort(compareSwedish)).toEqual([
      'Bromma',
      'Zinkensdamm',
      'Årsta',
      'Älvsjö',
      'Östermalm',
    ]);
  });

  it('compares runs of digits as numbers when asked', () => {
    expect(['KS 2023/10', 'KS 2023/9', 'KS 2022/100'].sort(compareSwedishNumeric)).toEqual(['KS 2022/100', 'KS 2023/9', 'KS 2023/10']);
    expect(['KS 2023/10', 'KS 2023/9'].sort(compareSwedish)).toEqual(['KS 2023/10', 'KS 2023/9']);
  });
});
