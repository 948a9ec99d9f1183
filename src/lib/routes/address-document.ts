import { documentKey } from '#lib/content/document-keys.ts';

/**
 * The document whose page an address on the site is (a key from document-keys.ts), read from the
 * address alone: a link to a page that is missing because its document has errors is then a
 * follow-on of those errors, not a broken link of its own.
 */
export function documentOfAddress(address: string): string | undefined {
  const [first, second, third] = address.split(/[?#]/, 1)[0]?.split('/').filter(Boolean) ?? [];
  if (!first) return undefined;
  if (!second) return documentKey.sida(first);
  switch (first) {
    case 'program':
      return third ? documentKey.version(second, third) : documentKey.program(second);
    case 'remisser':
      return third ? documentKey.remissvar(second, third) : documentKey.remiss(second);
    case 'anvisningar':
      return documentKey.anvisning(third ? `${second}/${third}` : second);
    case 'organisationer':
      return documentKey.organisation(second);
    default:
      return undefined;
  }
}
