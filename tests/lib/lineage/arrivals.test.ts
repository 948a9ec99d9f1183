import { describe, expect, it } from 'vitest';
import { checkFixture } from '../../support/check-fixture.ts';

// Beta 2024 declares that its section came from Alfa; Alfa 2024 declares the same from its side.
describe('a move between programs, declared by either side', () => {
  it('needs no declaration from the giving program when the receiving one makes it', async () => {
    const { lines } = await checkFixture({
      edit: {
        'program/alfa/2024.md': (text) =>
          text.replace(/ {2}- \{ typ: flyttad, fran: otillaten-paverkan, till: "beta:otillaten-paverkan" \}\n/, ''),
      },
    });
    expect(lines).toEqual([]);
  });

  it('needs none from the receiving program when the giving one makes it', async () => {
    const { lines } = await checkFixture({
      edit: { 'program/beta/2024.md': (text) => text.replace(/harkomst:\n {2}- \{ typ: flyttad.*\n/, '') },
    });
    expect(lines).toEqual([]);
  });
});
