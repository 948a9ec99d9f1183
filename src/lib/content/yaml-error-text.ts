import type { ErrorCode } from 'yaml';

/**
 * What the `yaml` package's error codes mean, in Swedish, for editors: the mistakes people make
 * when they write frontmatter by hand. Codes without a text of their own fall back to the package's
 * English message, marked as such, so nothing is lost.
 */
const TEXTS: Partial<Record<ErrorCode, string>> = {
  TAB_AS_INDENT: 'raden är indragen med tabb. YAML tillåter bara mellanslag som indrag.',
  BAD_INDENT: 'raden är indragen fel. Fält på samma nivå ska börja i samma kolumn, och en lista under ett fält med två mellanslag mer.',
  MISSING_CHAR: 'ett tecken saknas: ett citattecken, en hakparentes ] eller en klammer } som inte stängs.',
  UNEXPECTED_TOKEN: 'här står ett tecken som inte hör hemma, ofta ett kolon eller ett streck för mycket.',
  DUPLICATE_KEY: 'samma fält står två gånger. Ta bort det ena.',
  MULTILINE_IMPLICIT_KEY: 'ett värde fortsätter på nästa rad utan att vara inom citattecken, eller ett kolon saknas efter fältnamnet.',
  BLOCK_AS_IMPLICIT_KEY: 'ett fältnamn saknar sitt kolon, eller ett värde står där ett fältnamn väntades.',
  BAD_SCALAR_START:
    'värdet börjar med ett tecken som YAML läser som något annat (till exempel @, ` eller %). Sätt värdet inom citattecken.',
  BAD_DQ_ESCAPE:
    'texten inom "citattecken" har ett omvänt snedstreck (\\) som inte går att läsa. Skriv \\\\ eller använd enkla citattecken.',
  BLOCK_IN_FLOW: 'en lista inom [ ] eller { } kan inte ha rader som börjar med streck.',
  TAG_RESOLVE_FAILED: 'ett värde som börjar med ! kan inte läsas. Sätt värdet inom citattecken.',
  BAD_ALIAS: 'ett värde som börjar med * kan inte läsas. Sätt värdet inom citattecken.',
  MULTIPLE_DOCS: 'frontmatter får bara innehålla en uppsättning fält; en rad "---" för mycket?',
};

/** The Swedish text for a `yaml` parse error, or its English message when the code has none. */
export function yamlErrorText(code: ErrorCode, englishMessage: string): string {
  // `yaml` reports an unclosed [ or { as an indentation error on the line after it.
  if (/^Flow (sequence|mapping)/.test(englishMessage)) {
    return englishMessage.startsWith('Flow sequence')
      ? 'en lista som börjar med [ stängs inte med ] (eller raden efter den är indragen fel).'
      : 'en grupp som börjar med { stängs inte med } (eller raden efter den är indragen fel).';
  }
  return TEXTS[code] ?? `${englishMessage.split('\n')[0] ?? ''} (YAML-tolkens eget meddelande)`;
}
