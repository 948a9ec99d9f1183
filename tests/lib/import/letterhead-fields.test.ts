import { describe, expect, it } from 'vitest';
import { letterheadFields } from '#lib/import/letterhead-fields.ts';

describe('the fields of a letterhead', () => {
  it('reads two columns one after the other, with where each field came from', () => {
    const fields = letterheadFields([
      'Järva stadsdelsförvaltning  Tjänsteutlåtande',
      'Administrativa avdelningen  Dnr JÄRVA 2023/665',
      'Handläggare  2024-01-23',
      'Caroline Teir',
      '08-50802622',
      '',
      'Till',
      'Järva stadsdelsnämnd',
      '2024-02-22',
    ]);
    expect(fields).toMatchObject({
      avsandare: 'Järva stadsdelsförvaltning, Administrativa avdelningen',
      dokumenttyp: 'Tjänsteutlåtande',
      dnr: 'JÄRVA 2023/665',
      datum: '2024-01-23',
      handlaggare: { namn: 'Caroline Teir', telefon: '08-50802622' },
      recipient: 'Järva stadsdelsnämnd',
      sammantrade: '2024-02-22',
    });
    expect(fields.sources).toEqual({
      avsandare: 'brevhuvudet: "Järva stadsdelsförvaltning"',
      dokumenttyp: 'brevhuvudet: "Tjänsteutlåtande"',
      dnr: 'brevhuvudet: "Dnr JÄRVA 2023/665"',
      datum: 'brevhuvudet: "2024-01-23"',
      handlaggare: 'brevhuvudet: "Caroline Teir" under "Handläggare"',
      recipient: 'brevhuvudet: "Järva stadsdelsnämnd"',
      sammantrade: 'brevhuvudet, under mottagaren: "2024-02-22"',
    });
  });

  it('keeps further handläggare apart, gives an e-mail elsewhere only to its owner, and takes a nämnd without Till', () => {
    const fields = letterheadFields([
      'Handläggare',
      'Per Holm',
      'Telefon: 08-508 337 12',
      'Lena Vik',
      'Telefon: 08-508 337 40',
      '',
      'Utbildningsnämnden',
      'UTBF 2023/4410',
      'registrator@example.se',
      'lena.vik@example.se',
      'Ert dnr KS 2023/1254',
    ]);
    expect(fields.handlaggare).toEqual({ namn: 'Per Holm', telefon: '08-508 337 12' });
    expect(fields.otherHandlaggare).toEqual([{ namn: 'Lena Vik', telefon: '08-508 337 40', epost: 'lena.vik@example.se' }]);
    expect(fields).toMatchObject({ recipient: 'Utbildningsnämnden', dnr: 'UTBF 2023/4410', reference: 'KS 2023/1254' });
    expect(fields.sources.recipient).toBe('brevhuvudet, utan ordet "Till": "Utbildningsnämnden"');
    expect(fields.sources.dnr).toBe('brevhuvudet, utan ordet "Dnr": "UTBF 2023/4410"');
  });
});
