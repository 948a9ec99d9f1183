import { problemCatalogue } from '#lib/content/content-problem.ts';
import { didYouMean } from '#lib/text/suggest.ts';
import { NOTIS_TYPES } from '#markdown/remark-notis.ts';

const MARKDOWN_HINT = 'Innehållet är ren Markdown: skriv **fetstil**, [länktext](/adress/), listor och rubriker i stället.';
const ADDRESS_HINT = 'Skriv sidans adress från webbplatsens rot, som den står i webbläsaren, t.ex. "/anvisningar/krisstod/".';
const STRAY_FILE_HINT = 'Se README.md, avsnittet om hur content/ är ordnat, och flytta eller ta bort filen.';

/** An address as a message shows it: control characters visible, and not longer than a line needs. */
const shown = (url: string) => {
  const visible = url.replace(/\p{Cc}/gu, (character) => JSON.stringify(character).slice(1, -1));
  return visible.length > 60 ? `${visible.slice(0, 57)}…` : visible;
};

/** The directives a collection may use, offered instead of one it may not. */
const directiveHint = ({ allowed }: { allowed: readonly string[] }) =>
  allowed.length > 0 ? `Här kan du använda ${allowed.map((name) => `":::${name}"`).join(', ')}. ${MARKDOWN_HINT}` : MARKDOWN_HINT;

/** Problems found by the checks that read whole files and texts: code, links, personal data, placeholders, files out of place. */
export const checksProblem = problemCatalogue('checks', {
  'checks/code-line': {
    message: ({ keyword }: { keyword: string }) => `en rad som börjar med "${keyword}" är kod (MDX) och kan inte stå i innehåll.`,
    hint: 'Ta bort raden. Börjar en mening med ordet, skriv det med stor bokstav.',
  },
  'checks/code-expression': {
    message: ({ expression }: { expression: string }) => `"${expression}" ser ut som ett koduttryck och kan inte stå i innehåll.`,
    hint: ({ expression }: { expression: string }) =>
      expression.startsWith('{#')
        ? 'Ett id skrivs sist på rubrikraden: "## Rubrik {#id}".'
        : 'Ta bort klammerparenteserna, eller skriv texten som `kod` om den ska synas som den är.',
  },
  'checks/raw-html': {
    message: ({ html }: { html: string }) => `"${html.slice(0, 30)}" är HTML-kod och visas inte på webbplatsen.`,
    hint: MARKDOWN_HINT,
  },
  'checks/script-tag': {
    message: ({ tag }: { tag: string }) => `<${tag}> är kod och får aldrig stå i innehåll.`,
    hint: MARKDOWN_HINT,
  },
  'checks/component': {
    message: ({ tag }: { tag: string }) => `komponenten <${tag}> är kod (JSX) och kan inte användas i innehåll.`,
    hint: MARKDOWN_HINT,
  },
  'checks/html-tag': {
    message: ({ tag }: { tag: string }) => `HTML-taggen <${tag}> visas inte på webbplatsen.`,
    hint: MARKDOWN_HINT,
  },
  'checks/directive-elsewhere': {
    message: ({ name, collections }: { name: string; collections: readonly string[] }) =>
      `"${name}" kan bara användas i ${collections.join(', ')}.`,
    hint: directiveHint,
  },
  'checks/unknown-directive': {
    message: ({ directive }: { directive: string }) => `"${directive}" är ingen komponent som webbplatsen känner till.`,
    hint: directiveHint,
  },
  'checks/directive-not-a-block': {
    message: ({ name }: { name: string }) => `"${name}" står inne i ett stycke eller på en rad, men omsluter alltid hela stycken.`,
    hint: ({ name }: { name: string }) =>
      `Skriv ":::${name}" med sina attribut på en egen rad före stycket och ":::" på en egen rad efter.`,
  },
  'checks/notis-attribute': {
    message: ({ attribute, value }: { attribute: string; value: string | undefined }) =>
      value === undefined ? `en notis kan inte ha attributet "${attribute}".` : `en notis kan inte ha ${attribute}="${value}".`,
    hint: ({ value }: { value: string | undefined }) =>
      value === undefined
        ? 'En notis har bara attributet typ, och det kan utelämnas.'
        : `${didYouMean(value, NOTIS_TYPES)} Utan typ blir notisen "${NOTIS_TYPES[0]}".`,
  },
  'checks/relative-link': {
    message: ({ url }: { url: string }) =>
      `länken "${url}" är relativ och leder till olika ställen beroende på vilken sida texten visas på.`,
    hint: ({ page }: { page: string | undefined }) => (page ? `Länka till sidan i stället: "${page}".` : ADDRESS_HINT),
  },
  'checks/broken-link': {
    message: ({ url }: { url: string }) => `länken går till "${url}", en sida som inte finns.`,
    hint: ({ nearest }: { nearest: string | undefined }) => `${nearest ? `Menade du "${nearest}"? ` : ''}${ADDRESS_HINT}`,
  },
  'checks/link-without-slash': {
    message: ({ url }: { url: string }) => `länken går till "${url}", en sida som inte finns.`,
    hint: ({ url }: { url: string }) => `Adresserna slutar med snedstreck: skriv "${url}/".`,
  },
  'checks/unknown-anchor': {
    message: ({ hash, url }: { hash: string; url: string }) => `"#${hash}" finns inte på sidan ${url}.`,
    hint: ({ hash, known }: { hash: string; known: Iterable<string> }) =>
      `${didYouMean(hash, known)} Det som står efter # ska vara ett avsnitts-, rubrik- eller kommentars-id på sidan.`,
  },
  'checks/unsafe-link-scheme': {
    message: ({ what, url, scheme }: { what: string; url: string; scheme: string }) =>
      `${what} har adressen "${shown(url)}": adresser som börjar med "${scheme}:" får inte stå i innehåll, eftersom de kan köra kod i läsarens webbläsare eller leda till något annat än en webbsida.`,
    hint: 'Länka till en sida på webbplatsen ("/anvisningar/krisstod/") eller till en adress som börjar med https:, http:, mailto: eller tel:.',
  },
  'checks/link-to-unpublished': {
    message: ({ url }: { url: string }) => `texten är offentlig men länkar till ${url}, som kommer från ett dokument som inte publiceras.`,
    hint: 'Ta bort länken (och det som avslöjar dokumentet), eller ändra publiciteten på det länkade dokumentet.',
  },
  'checks/identity-number': {
    message: ({ kind, masked }: { kind: string; masked: string }) => `ett ${kind} (${masked}) får aldrig publiceras.`,
    hint: 'Ta bort numret ur filen innan ändringen slås ihop. Har det redan kommit in i huvudgrenen finns det kvar i git-historiken: kontakta den som förvaltar webbplatsen.',
  },
  'checks/contact-details': {
    message: ({ kind, text }: { kind: 'telefonnummer' | 'e-postadress'; text: string }) =>
      `${kind === 'telefonnummer' ? 'ett direkt telefonnummer' : 'en personlig e-postadress'} (${text}) skulle publiceras.`,
    hint:
      'Kontaktuppgifter till enskilda tjänstepersoner är personuppgifter: ta bort dem eller ersätt dem med en funktionsadress ' +
      '(t.ex. registrator@…). Är det en funktionsadress eller ett växelnummer, be den som förvaltar webbplatsen lägga till den i ' +
      '"contactDetails.allowed" i src/config/site.ts.',
  },
  'checks/placeholder': {
    message: ({ placeholder, field }: { placeholder: string; field: string | undefined }) =>
      `"${placeholder}" står kvar${field ? ` i fältet "${field}"` : ' i texten'}.`,
    hint: 'Ersätt platshållaren med det som ska stå där.',
  },
  'checks/missing-accessibility-statement': {
    message: 'webbplatsen saknar tillgänglighetsredogörelse, som lagen om tillgänglighet till digital offentlig service kräver.',
    hint: 'Skapa filen med fälten organisation, tjanst, efterlevnad, brister, bedomning, senastUppdaterad, aterkoppling och tillsyn (se src/schemas/tillganglighet.ts).',
  },
  'checks/code-file': {
    message: 'innehållet får bara bestå av Markdown (.md eller .mdx) och YAML (.yaml); den här filen skulle inte publiceras.',
    hint: STRAY_FILE_HINT,
  },
  'checks/hidden-file': {
    message: 'filen är dold (namnet börjar med en punkt), och dolda filer kontrolleras inte och publiceras inte.',
    hint: 'Ta bort filen, eller ge den ett namn utan punkt först om den ska publiceras.',
  },
  'checks/stray-file': {
    message: 'filen ligger på en plats som ingen del av webbplatsen läser.',
    hint: STRAY_FILE_HINT,
  },
});
