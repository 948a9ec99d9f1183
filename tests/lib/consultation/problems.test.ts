import { describe, expect, it } from 'vitest';
import { consultationProblem } from '#lib/consultation/problems.ts';

describe('the consultation messages', () => {
  it('count comments in Swedish, one and many', () => {
    const pending = (refs: string[]) =>
      consultationProblem('consultation/handling-pending', { remissId: 'alfa-2024', refs, file: 'content/beredning/alfa-2024.yaml' })
        .message;
    expect(pending(['skola#k1'])).toBe('1 kommentar på "alfa-2024" saknar hantering (skola#k1).');
    expect(pending(['norr#k1', 'skola#k1'])).toBe('2 kommentarer på "alfa-2024" saknar hantering (norr#k1, skola#k1).');
  });
});
