import { describe, expect, it } from 'vitest';
import type { RemissSection } from '#lib/import/import-context.ts';
import { sectionMentions } from '#lib/import/section-mentions.ts';

const SECTIONS: RemissSection[] = [
  { id: 'om-programmet', title: 'Om programmet', number: '1' },
  { id: 'ansvar', title: 'Ett tvådelat ansvar', number: '5' },
  { id: 'chefers-ansvar', title: 'Chefers särskilda ansvar', number: '5.1', parentId: 'ansvar' },
  { id: 'sektorsorganisation', title: 'Sektorsorganisation för civil beredskap', number: '5.2', parentId: 'ansvar' },
  { id: 'rsa', title: 'Risk- och sårbarhetsanalys', number: '6.1' },
  { id: 'beredskap', title: 'Beredskap', number: '7.1' },
  { id: 'krisstod', title: 'Krisstöd', number: '7.1.1', parentId: 'beredskap' },
];
const ids = (text: string) => sectionMentions(text, SECTIONS).map((mention) => mention.id);

describe('the sections a passage names', () => {
  it('finds a title in any form of its words, close together', () => {
    expect(sectionMentions('den utvidgade skrivningen om chefernas särskilda ansvar', SECTIONS)).toEqual([
      { id: 'chefers-ansvar', phrase: 'chefernas särskilda ansvar' },
    ]);
    expect(ids('syftet avseende risk- och sårbarhetsanalyser (RSA)')).toEqual(['rsa']);
    expect(ids('RSA-processen sätts i nära relation till säkerhetsarbetet')).toEqual(['rsa']);
    expect(ids('chefernas roll är avgörande, och det gäller allt särskilt arbete med ansvar')).toEqual([]);
  });

  it('finds a section by number after a word such as avsnitt, never a part of a longer number', () => {
    expect(ids('Under avsnitt 7.1.1 står om jouren.')).toEqual(['krisstod']);
    expect(ids('Kapitel 5 beskriver ansvaret.')).toEqual(['ansvar']);
    expect(ids('Programmet gäller 2024–2027 och har 7 avsnitt.')).toEqual([]);
  });

  it('takes the section under another when both are named, and the longer title that holds a shorter', () => {
    expect(ids('ha beredskap att erbjuda krisstöd till befolkningen')).toEqual(['krisstod']);
    expect(ids('i avsnittet Sektorsorganisation för civil beredskap att bolagen ska ingå')).toEqual(['sektorsorganisation']);
  });

  it('needs a title whose one meaningful word is common, "Om programmet", whole, and no compound for its word', () => {
    expect(ids('Programmet är bra.')).toEqual([]);
    expect(ids('Texten om programmet är bra.')).toEqual(['om-programmet']);
    expect(ids('beredskapsplaneringen och krisberedskapen')).toEqual([]);
  });
});
