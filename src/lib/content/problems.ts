import type { MdxSyntaxKind } from '#markdown/mdx-source.ts';
import { MDX_COMPONENTS } from '#markdown/remark-mdx-components.ts';
import { problemCatalogue } from './content-problem.ts';
import { asciiSlug } from '#lib/text/slug.ts';
import { didYouMean } from '#lib/text/suggest.ts';

/** ` (värdet är "…")` after a message about a field's value, or nothing when the field is missing. */
const shown = (value: unknown) => (value === undefined ? '' : ` (värdet är ${JSON.stringify(value)})`);

type Field = { field: string | undefined; value?: unknown };

/** The components an MDX text may use, as an editor writes them. */
const COMPONENTS = Object.keys(MDX_COMPONENTS).map((name) => `<${name}>`);
const MDX_HINT = `I MDX kan du använda Markdown och komponenterna ${COMPONENTS.join(' och ')} med attribut inom citattecken, inget annat.`;

/** What an MDX text that does not parse has at the place, and what to write instead. */
const MDX_SYNTAX: Record<MdxSyntaxKind, { what: string; hint: string }> = {
  'html-comment': {
    what: 'en HTML-kommentar (<!-- … -->) kan inte stå i MDX',
    hint: 'Skriv anteckningen som {/* anteckning */}, eller ta bort den.',
  },
  autolink: {
    what: 'en adress inom < > kan inte stå i MDX',
    hint: 'Skriv adressen utan < >, eller som [länktext](https://…).',
  },
  'less-than': {
    what: 'tecknet < inleder en komponent i MDX, men det som följer är ingen hel komponent',
    hint: 'Skriv \\< om tecknet ska synas, och avsluta en komponent med > och citattecken runt attributens värden.',
  },
  brace: {
    what: 'en klammerparentes { inleder kod i MDX',
    hint: 'Skriv \\{ om klammerparentesen ska synas. Ett avsnitts id skrivs sist på rubrikraden: "## Rubrik {#id}".',
  },
  'code-line': {
    what: 'en rad som börjar med "import" eller "export" är kod i MDX',
    hint: 'Börjar en mening med ordet, skriv det med stor bokstav.',
  },
  'closing-tag': {
    what: 'en komponent saknar sin sluttagg, eller en sluttagg sin komponent',
    hint: 'Avsluta komponenten med sin sluttagg, t.ex. <Notis> … </Notis>, och låt en tom rad skilja taggarna från texten.',
  },
  other: { what: 'texten kan inte läsas som MDX', hint: MDX_HINT },
};

/** Problems with reading a file: its frontmatter and YAML, its fields against the schema (src/schemas/), its sections. */
export const contentProblem = problemCatalogue('content', {
  'content/missing-frontmatter': {
    message: 'filen saknar frontmatter.',
    hint: 'Börja filen med en rad "---", fälten i YAML, och en rad "---" till.',
  },
  'content/unreadable-yaml': {
    message: ({ detail }: { detail: string }) => `fälten kan inte läsas: ${detail}`,
    hint: 'Varje fält står på en egen rad som "namn: värde", indraget med mellanslag (aldrig tabb); sätt ett värde med kolon eller # inom citattecken.',
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
  'content/mdx-esm': {
    message: ({ line }: { line: string }) => `"${line.slice(0, 40)}" är kod (import eller export) och kan inte stå i innehåll.`,
    hint: `Ta bort raden. ${MDX_HINT}`,
  },
  'content/mdx-expression': {
    message: ({ expression }: { expression: string }) => `"${expression.slice(0, 40)}" är ett koduttryck och kan inte stå i innehåll.`,
    hint: 'Ta bort klammerparenteserna, eller skriv \\{ om en klammerparentes ska synas. En anteckning skrivs {/* anteckning */}.',
  },
  'content/mdx-attribute-expression': {
    message: ({ attribute }: { attribute: string }) => `attributet ${attribute} har ett koduttryck som värde, och innehåll kör ingen kod.`,
    hint: 'Skriv värdet inom citattecken, t.ex. typ="viktigt".',
  },
  'content/mdx-unknown-component': {
    message: ({ name }: { name: string }) => `<${name}> är ingen komponent som innehåll kan använda.`,
    hint: ({ name }: { name: string }) =>
      /^[a-z]/.test(name)
        ? `HTML skrivs inte i innehåll: skriv Markdown, t.ex. **fetstil**. ${MDX_HINT}`
        : `${didYouMean(name, Object.keys(MDX_COMPONENTS))} ${MDX_HINT}`,
  },
  'content/mdx-inline-component': {
    message: ({ name }: { name: string }) => `<${name}> står inne i ett stycke, men omsluter alltid hela stycken.`,
    hint: ({ name }: { name: string }) => `Skriv <${name} …> på en egen rad före stycket och </${name}> på en egen rad efter.`,
  },
  'content/mdx-syntax': {
    message: ({ kind }: { kind: MdxSyntaxKind }) => `${MDX_SYNTAX[kind].what}, så filen kan inte läsas.`,
    hint: ({ kind }: { kind: MdxSyntaxKind }) => MDX_SYNTAX[kind].hint,
  },
  'content/md-and-mdx': {
    message: ({ other }: { other: string }) => `filen finns också som ${other}, och de två skulle bli samma sida.`,
    hint: 'Behåll en av dem: antingen Markdown (.md) eller MDX (.mdx).',
  },
});
