import { describe, expect, it } from 'vitest';
import { remissvarIds } from '#lib/corpus/remissvar-ids.ts';

describe('remissvarIds', () => {
  it('takes the remiss and organisation from the folder and file name', () => {
    expect(remissvarIds({ id: 'alfa-2024/norr', data: {} })).toEqual({ remissId: 'alfa-2024', organisationId: 'norr' });
  });

  it('prefers the fields the editor wrote', () => {
    expect(remissvarIds({ id: 'alfa-2024/norr', data: { remiss: 'beta-2025', organisation: 'skola' } })).toEqual({
      remissId: 'beta-2025',
      organisationId: 'skola',
    });
  });
});
