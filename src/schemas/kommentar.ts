import { z } from 'zod';
import { idSchema } from './common.ts';

/** A remissvar's position on a point: supports, opposes, or comments. */
export const stallningSchema = z.enum(['tillstyrker', 'avstyrker', 'synpunkt']);

/**
 * The attribute the importer gives a comment it proposes (`forslag="välkomnar; chefers särskilda
 * ansvar"`: the words it went by). The content check refuses a comment that still has it; the
 * editor confirms the comment by checking `avsnitt` and `stallning` and removing it.
 */
export const KOMMENTAR_PROPOSAL = 'forslag';

/**
 * Attributes of a comment marked in a statement:
 * `:::kommentar{#k1 avsnitt="personsakerhet" stallning="tillstyrker"}`.
 */
export const kommentarAttributesSchema = z.strictObject({
  /** Stable ID within the statement (written `#k1`), used to link and to record handling. */
  id: idSchema,
  /** The section IDs of the version under consultation that the comment concerns, space-separated. */
  avsnitt: z
    .string()
    .trim()
    .min(1, { message: 'ange minst ett avsnitts-id' })
    .transform((value) => value.split(/\s+/))
    .pipe(z.array(idSchema)),
  /** tillstyrker, avstyrker or synpunkt. */
  stallning: stallningSchema,
});

export type Stallning = z.output<typeof stallningSchema>;
export type KommentarAttributes = z.output<typeof kommentarAttributesSchema>;
