import { z } from 'zod';

// Default messages in Swedish for every schema, so an editor never reads zod's English.
z.config(z.locales.sv());

/** The form of an ID: lower-case a–z, digits and single hyphens between them. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lower-case ASCII identifier used in URLs and references, e.g. `personsakerhet`. */
export const idSchema = z.string().regex(ID_PATTERN, {
  message: 'ska bestå av små bokstäver a–z, siffror och bindestreck (t.ex. "personsakerhet")',
});

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** Why a text is not a date: of another form, or of the right form but not in the calendar (2024-02-30). */
function dateError(input: unknown): string {
  const match = typeof input === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(input) : null;
  if (!match) return 'ska vara ett datum i formen ÅÅÅÅ-MM-DD';
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return `är inget datum: månaden ska vara 01–12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `är ett datum som inte finns: ${MONTHS[month - 1]} ${year} har ${days} dagar`;
}

/** A calendar date written as YYYY-MM-DD. Kept as text so it survives YAML and JSON unchanged. */
export const isoDateSchema = z.iso.date({ error: (issue) => dateError(issue.input) });

/** A registry number (diarienummer), kept exactly as written, Å/Ä/Ö included. */
export const dnrSchema = z.string().trim().min(3, { message: 'ska vara ett diarienummer, t.ex. "JÄRVA 2023/665"' });

/**
 * Publicity class. `offentlig` is published whole; `utdrag` is a public extract (the text in the
 * file is the public part); `ej-publicerad` never reaches the site or its search index.
 */
export const publicitetSchema = z.enum(['offentlig', 'utdrag', 'ej-publicerad']);

/** A link to the official source, such as the adopted PDF in the city's registry. */
export const sourceUrlSchema = z.url({ protocol: /^https?$/, message: 'ska vara en webbadress (https://…)' });

/** A period of validity; `till` is left out while the document applies until further notice. */
export const giltighetSchema = z.strictObject({
  /** First day the document applies. */
  fran: isoDateSchema,
  /** Last day the document applies, if known. */
  till: isoDateSchema.optional(),
});

/** Fields that every published document carries. */
export const documentFields = {
  /** Who may see the document. Anything but `offentlig` or `utdrag` is left out of the site. */
  publicitet: publicitetSchema.default('offentlig'),
  /** True when the text is written as an example and is not the city's own wording. */
  exempel: z.boolean().default(false),
};

export type Publicitet = z.output<typeof publicitetSchema>;
export type Giltighet = z.output<typeof giltighetSchema>;
