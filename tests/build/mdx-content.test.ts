import { describe, expect, it } from 'vitest';
import { attr, parsePage, select, selectAll, textOf } from '../support/html.ts';

// The fixture's anvisning "paverkan" is written in MDX (2024.mdx) with the components content may use.
describe('an anvisning written in MDX', async () => {
  const page = await parsePage('anvisningar/paverkan');

  it('is published like one in Markdown: heading IDs, links, text', () => {
    expect(attr(select('.prose h2#anmalan', page), 'id')).toBe('anmalan');
    expect(selectAll('.prose a', page).map((link) => attr(link, 'href'))).toContain('/program/beta/2024/#otillaten-paverkan');
    expect(textOf(page)).toContain('Skriv ned vad som hände och berätta det för din chef samma dag.');
  });

  it('shows each <Notis> as a notice that opens with its kind in words', () => {
    const notices = selectAll('.prose div.notis[role="note"]', page);
    expect(notices.map((notice) => [attr(notice, 'class'), textOf(notice)])).toEqual([
      ['notis notis-viktigt', 'Viktigt Är någon i fara, ring 112 först.'],
      ['notis notis-observera', 'Observera Spara meddelanden och brev: de är underlag för polisen.'],
    ]);
  });

  it('publishes nothing of the editor’s note in braces', () => {
    expect(textOf(page)).not.toContain('Skriven i MDX');
  });
});
