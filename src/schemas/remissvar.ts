import { z } from 'zod';
import { dnrSchema, documentFields, idSchema, isoDateSchema, sourceUrlSchema } from './common.ts';

/** The official who handled the matter; shown only if the site setting allows it. */
export const handlaggareSchema = z.strictObject({
  namn: z.string().min(2),
  telefon: z.string().optional(),
  epost: z.email().optional(),
});

/**
 * One organisation's answer to one remiss: `content/remissvar/<remiss>/<organisation>.md`.
 * The body is the whole statement; comments are marked with `:::kommentar{…}` around passages.
 */
export const remissvarSchema = z.strictObject({
  /** Title as it stands on the statement. */
  titel: z.string().min(3),
  /** The statement's kind, usually "Tjänsteutlåtande". */
  dokumenttyp: z.string().default('Tjänsteutlåtande'),
  /** Registry number, exactly as written, e.g. "JÄRVA 2023/665". */
  dnr: dnrSchema,
  /** Date of the statement. */
  datum: isoDateSchema,
  /** Date of the meeting where the nämnd adopted (or will adopt) the answer. */
  sammantrade: isoDateSchema.optional(),
  /** The decision proposed or taken, in the statement's own words. */
  beslut: z.string().min(3),
  /** The administration (and department) that wrote it. */
  avsandare: z.string().optional(),
  /** The official who handled the matter. */
  handlaggare: handlaggareSchema.optional(),
  /** Official address of the original document. */
  kalla: sourceUrlSchema.optional(),
  /** The remiss this answers, by ID; normally given by the folder name. */
  remiss: idSchema.optional(),
  /** The answering organisation, by ID; normally given by the file name. */
  organisation: idSchema.optional(),
  ...documentFields,
});

export type Handlaggare = z.output<typeof handlaggareSchema>;
export type Remissvar = z.output<typeof remissvarSchema>;
