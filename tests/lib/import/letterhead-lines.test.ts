import { describe, expect, it } from 'vitest';
import { letterheadLine } from '#lib/import/letterhead-lines.ts';

describe('what a letterhead line says', () => {
  it('reads labelled lines', () => {
    expect(letterheadLine('Dnr JÄRVA 2023/665')).toEqual({ kind: 'dnr', dnr: 'JÄRVA 2023/665', labelled: true });
    expect(letterheadLine('Ert dnr KS 2023/1254')).toEqual({ kind: 'reference', dnr: 'KS 2023/1254' });
    expect(letterheadLine('Handläggare: Anna Berg, Per Ek')).toEqual({ kind: 'handlaggare', names: ['Anna Berg', 'Per Ek'] });
    expect(letterheadLine('Till Kulturnämnden den 20 februari 2024')).toEqual({
      kind: 'till',
      recipient: 'Kulturnämnden',
      date: '2024-02-20',
    });
    expect(letterheadLine('Till styrelsen för AB Stockholmshem')).toEqual({ kind: 'till', recipient: 'styrelsen för AB Stockholmshem' });
    expect(letterheadLine('Datum: 2024-02-12')).toEqual({ kind: 'date', date: '2024-02-12', labelled: true });
    expect(letterheadLine('Stockholm den 31 januari 2024')).toEqual({ kind: 'date', date: '2024-01-31', labelled: true });
    expect(letterheadLine('Sammanträdesdatum: 2024-02-22')).toEqual({ kind: 'meeting', date: '2024-02-22' });
    expect(letterheadLine('Tfn 08-508 120 37')).toEqual({ kind: 'phone', phone: '08-508 120 37', labelled: true });
    expect(letterheadLine('TJÄNSTEUTLÅTANDE')).toEqual({ kind: 'dokumenttyp', dokumenttyp: 'Tjänsteutlåtande' });
  });

  it('reads the forms without a label', () => {
    expect(letterheadLine('KS-2014/123')).toEqual({ kind: 'dnr', dnr: 'KS-2014/123', labelled: false });
    expect(letterheadLine('AMN 2015-0123')).toEqual({ kind: 'dnr', dnr: 'AMN 2015-0123', labelled: false });
    expect(letterheadLine('1.5.1-135-2012')).toEqual({ kind: 'dnr', dnr: '1.5.1-135-2012', labelled: false });
    expect(letterheadLine('FSN 2005-09-22')).toEqual({ kind: 'meeting', date: '2005-09-22', body: 'FSN' });
    expect(letterheadLine('08-508 150 62')).toEqual({ kind: 'phone', phone: '08-508 150 62', labelled: false });
    expect(letterheadLine('ARBETSMARKNADSFÖRVALTNINGEN')).toEqual({ kind: 'administration', name: 'ARBETSMARKNADSFÖRVALTNINGEN' });
    expect(letterheadLine('AB Stockholmshem')).toEqual({ kind: 'administration', name: 'AB Stockholmshem' });
    expect(letterheadLine('Stadsdelsdirektörens stab')).toEqual({ kind: 'department', name: 'Stadsdelsdirektörens stab' });
    expect(letterheadLine('Hägersten-Älvsjö stadsdelsnämnd')).toEqual({ kind: 'body', name: 'Hägersten-Älvsjö stadsdelsnämnd' });
    expect(letterheadLine('STOCKHOLMS STAD')).toEqual({ kind: 'city' });
    expect(letterheadLine('112 25 Stockholm')).toEqual({ kind: 'address' });
  });

  it('takes prose, titles, headings and attachments for what they are', () => {
    for (const line of [
      'Till detta kommer att förvaltningen behöver mer stöd.',
      'Handläggaren har tagit fram svaret',
      'Yttrande till kommunstyrelsen',
      'Svar på remiss av Stockholms stads säkerhetsprogram',
      'Förvaltningens synpunkter',
      'Bilaga 1',
      '2024-02-30',
    ]) {
      expect(letterheadLine(line), line).toBeUndefined();
    }
  });
});
