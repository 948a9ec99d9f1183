import { describe, expect, it } from 'vitest';
import { stanceCue } from '#lib/import/stance-cues.ts';

describe('the stance a sentence takes', () => {
  it('reads support, opposition and comments from the words', () => {
    expect(stanceCue('Förvaltningen välkomnar den utvidgade skrivningen.')).toEqual({ stallning: 'tillstyrker', cue: 'välkomnar' });
    expect(stanceCue('Nämnden tillstyrker förslaget.')).toEqual({ stallning: 'tillstyrker', cue: 'tillstyrker' });
    expect(stanceCue('Förvaltningen ser positivt på att personsäkerhet lyfts fram.')).toEqual({
      stallning: 'tillstyrker',
      cue: 'ser positivt på',
    });
    expect(stanceCue('Bolaget avstyrker förslaget.')).toEqual({ stallning: 'avstyrker', cue: 'avstyrker' });
    expect(stanceCue('Förvaltningen ser inte positivt på förslaget.')).toEqual({ stallning: 'avstyrker', cue: 'ser inte positivt' });
    expect(stanceCue('Förvaltningen efterfrågar ett förtydligande.')).toEqual({ stallning: 'synpunkt', cue: 'efterfrågar' });
    expect(stanceCue('Det medför ökande kostnader för stadsdelsnämnderna.')).toEqual({ stallning: 'synpunkt', cue: 'kostnader' });
    expect(stanceCue('Förvaltningen önskar att avsnittet beskriver mer.')).toEqual({ stallning: 'synpunkt', cue: 'önskar' });
  });

  it('weighs a request over a welcome, and support over a proposal', () => {
    expect(stanceCue('Förvaltningen skulle välkomna ett förtydligande om vilka aktörer som avses.')).toMatchObject({
      stallning: 'synpunkt',
    });
    expect(stanceCue('Förvaltningen ställer sig bakom programmet och föreslår att nämnden överlämnar svaret.')).toEqual({
      stallning: 'tillstyrker',
      cue: 'ställer sig bakom',
    });
    expect(stanceCue('Förvaltningen anser att chefernas roll är avgörande.')).toEqual({ stallning: 'synpunkt', cue: 'anser' });
  });

  it('takes none where the words take none, and no word for part of another', () => {
    expect(stanceCue('Programmet har förtydligats och skärpts.')).toBeUndefined();
    expect(stanceCue('Förvaltningen har läst delar av programmet.')).toBeUndefined();
    expect(stanceCue('Välkomnandet av nya medarbetare sker i januari.')).toBeUndefined();
  });
});
