import { describe, expect, it } from 'vitest';
import { alignSections } from '#lib/compare/align-sections.ts';

const section = (id: string, title: string, text: string) => ({ id, title, text });

describe('alignSections', () => {
  it('follows declared lineage, keeping sections in other programs apart', () => {
    const pairs = alignSections(
      'p',
      [],
      [],
      [
        {
          kind: 'delad',
          from: ['x'],
          to: [
            { programId: 'p', sectionId: 'y' },
            { programId: 'q', sectionId: 'z' },
          ],
        },
      ],
    );
    expect(pairs).toEqual([{ kind: 'delad', oldIds: ['x'], newIds: ['y'], external: [{ programId: 'q', sectionId: 'z' }] }]);
  });

  it('without lineage pairs sections by ID, then by text similarity, shown as probable', () => {
    const older = [
      section('syfte', 'Syfte', 'Anvisningen beskriver hur krisstöd ges efter en allvarlig händelse.'),
      section(
        'starta-krisstod',
        'Starta krisstöd',
        'Krisstödsledaren beslutar att starta krisstöd och kallar in gruppen till samlingsplatsen.',
      ),
      section('kontakter', 'Kontakter', 'Telefonlistan finns hos förvaltningens registrator.'),
    ];
    const newer = [
      section('syfte', 'Syfte och omfattning', 'Anvisningen beskriver hur krisstöd ges efter en allvarlig händelse.'),
      section(
        'sa-startar-ni-krisstod',
        'Så startar ni krisstöd',
        'Krisstödsledaren beslutar att starta krisstöd och kallar in krisstödsgruppen till samlingsplatsen.',
      ),
      section('uppfoljning', 'Uppföljning', 'Efter varje insats görs en utvärdering tillsammans med socialjouren.'),
    ];
    const pairs = alignSections('p', older, newer);
    expect(pairs.find((pair) => pair.oldIds[0] === 'syfte')).toMatchObject({ kind: 'omdopt', newIds: ['syfte'] });
    const probable = pairs.find((pair) => pair.oldIds[0] === 'starta-krisstod');
    expect(probable).toMatchObject({ kind: 'trolig', newIds: ['sa-startar-ni-krisstod'] });
    expect(probable?.similarity).toBeGreaterThan(0.7);
    expect(probable?.similarity).toBeLessThan(1);
    expect(pairs.find((pair) => pair.oldIds[0] === 'kontakter')).toMatchObject({ kind: 'borttagen', newIds: [] });
    expect(pairs.find((pair) => pair.newIds[0] === 'uppfoljning')).toMatchObject({ kind: 'ny', oldIds: [] });
  });
});
