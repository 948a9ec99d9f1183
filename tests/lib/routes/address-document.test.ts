import { describe, expect, it } from 'vitest';
import { documentKey } from '#lib/content/document-keys.ts';
import { documentOfAddress } from '#lib/routes/address-document.ts';

describe('documentOfAddress', () => {
  it('finds the document behind each kind of page', () => {
    expect(documentOfAddress('/remisser/alfa-2024/norr/')).toBe(documentKey.remissvar('alfa-2024', 'norr'));
    expect(documentOfAddress('/remisser/alfa-2024/')).toBe(documentKey.remiss('alfa-2024'));
    expect(documentOfAddress('/program/alfa/2024/krisstod/')).toBe(documentKey.version('alfa', '2024'));
    expect(documentOfAddress('/program/alfa/')).toBe(documentKey.program('alfa'));
    expect(documentOfAddress('/anvisningar/larm/2022/')).toBe(documentKey.anvisning('larm/2022'));
    expect(documentOfAddress('/organisationer/norr/')).toBe(documentKey.organisation('norr'));
    expect(documentOfAddress('/redaktorsguide/#felkoder')).toBe(documentKey.sida('redaktorsguide'));
  });

  it('knows no document behind the site’s own lists', () => {
    expect(documentOfAddress('/')).toBeUndefined();
    expect(documentOfAddress('/diarienummer/2024/')).toBeUndefined();
  });
});
