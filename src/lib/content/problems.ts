import { problemCatalogue } from './content-problem.ts';
import { asciiSlug } from '#lib/text/slug.ts';
import { didYouMean } from '#lib/text/suggest.ts';

/** ` (värdet är "…")` after a message about a field's value, or nothing when the field is missing. */
const shown = (value: unknown) => (value === undefined ? '' : ` (värdet är ${JSON.stringify(value)})`);

type Field = { field: string | undefined; value?: unknown };

/** Problems with reading a file: its frontmatter and YAML, its fields against the schema (src/schemas/), its sections. */
export const contentProblem = problemCatalogue('content', {
  'content/missing-frontmatter': {
    message: 'filen saknar frontmatter.',
    hint: 'Börja filen med en rad "---", fälten i YAML, och en rad "---" till.',
  },
  'content/unreadable-yaml': {
    message: ({ detail }: { detail: string }) => `YAML kan inte läsas: ${detail}`,
    hint: 'Kontrollera indrag, kolon och citattecken på raden.',
  },
  'content/fields-not-a-map': {
    message: 'fälten ska vara en lista av "namn: värde".',
  },
  'content/unknown-field': {
    message: ({ keys }: { keys: readonly string[] }) => `okänt fält ${keys.map((key) => `"${key}"`).join(', ')}.`,
    hint: ({ keys, known }: { keys: readonly string[]; known: readonly string[] }) =>
      known.length > 0 ? didYouMean(keys[0] ?? '', known) : 'Ta bort fältet.',
  },
  'content/missing-field': {
    message: ({ field }: Field) => `fältet "${field}" saknas.`,
    hint: ({ name, type }: { name: string | number | undefined; type: string }) => `Lägg till "${name}:" med ett värde av typen ${type}.`,
  },
  'content/wrong-type': {
    message: ({ field, type, value }: Field & { type: string }) => `fältet "${field}" ska vara ${type}${shown(value)}.`,
  },
  'content/invalid-value': {
    message: ({ field, value }: Field) => `fältet "${field}" har ett ogiltigt värde${shown(value)}.`,
    hint: ({ value, allowed }: { value: unknown; allowed: readonly string[] }) => didYouMean(String(value ?? ''), allowed),
  },
  'content/wrong-shape': {
    message: ({ field, value }: Field) => `"${field}" har fel form${shown(value)}.`,
    hint: ({ hasTyp }: { hasTyp: boolean }) =>
      hasTyp
        ? 'Kontrollera att fälten passar typen.'
        : 'Ange "typ" (ny, borttagen, omdopt, sammanslagen, delad eller flyttad) och de fält typen kräver.',
  },
  'content/invalid-field': {
    message: ({ field, detail, value }: Field & { detail: string }) => `${field ? `fältet "${field}" ` : ''}${detail}${shown(value)}.`,
  },
  'content/top-level-heading': {
    message: ({ title }: { title: string }) => `rubriken "${title}" har nivå 1 (#), men versionens titel är redan sidans rubrik.`,
    hint: 'Börja avsnitten på nivå 2: "## Rubrik {#id}".',
  },
  'content/section-without-id': {
    message: ({ title }: { title: string }) => `avsnittet "${title}" saknar id.`,
    hint: ({ title, depth }: { title: string; depth: number }) =>
      `Skriv id:t sist på rubrikraden, t.ex. "${'#'.repeat(depth)} ${title} {#${asciiSlug(title)}}". Behåll samma id i senare versioner.`,
  },
  'content/duplicate-section-id': {
    message: ({ id, firstLine }: { id: string; firstLine: number }) =>
      `avsnitts-id "${id}" används två gånger i samma version (första gången på rad ${firstLine}).`,
    hint: 'Ge avsnittet ett eget id.',
  },
});
