import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { yamlErrorText } from '#lib/content/yaml-error-text.ts';

const firstError = (yaml: string) => {
  const [error] = parseDocument(yaml).errors;
  if (!error) throw new Error(`no error in ${JSON.stringify(yaml)}`);
  return yamlErrorText(error.code, error.message);
};

describe('yamlErrorText', () => {
  it('says in Swedish what an editor did wrong', () => {
    expect(firstError('titel: a\n\tdatum: 2024-01-01\n')).toMatch(/indragen med tabb/);
    expect(firstError('titel: a\ntitel: b\n')).toMatch(/samma fält står två gånger/);
    expect(firstError('typ: [a\nnamn: x\n')).toMatch(/en lista som börjar med \[ stängs inte med \]/);
    expect(firstError('titel: "öppen\n')).toMatch(/citattecken/);
  });

  it('keeps the parser’s own message, marked, for a mistake it has no text for', () => {
    expect(yamlErrorText('KEY_OVER_1024_CHARS', 'The key is too long\nat line 1')).toBe(
      'The key is too long (YAML-tolkens eget meddelande)',
    );
  });
});
