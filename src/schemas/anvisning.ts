import { z } from 'zod';
import { dnrSchema, documentFields, giltighetSchema, idSchema, isoDateSchema, sourceUrlSchema } from './common.ts';

/** Where a version of an anvisning stands. */
export const anvisningStatusSchema = z.enum(['utkast', 'gallande', 'upphavd', 'ersatt']);

/**
 * One version of a tillämpningsanvisning: `content/anvisningar/<anvisning>/<version>.md`.
 * The body is the guidance itself.
 */
export const anvisningSchema = z
  .strictObject({
    /** The anvisning's title. */
    titel: z.string().min(3),
    /** The program it completes, by ID. */
    program: idSchema,
    /** The sections of that program it completes, by ID. */
    avsnitt: z.array(idSchema).min(1, { message: 'ange minst ett avsnitt som anvisningen kompletterar' }),
    /** Who decided it, usually "Stadsdirektören". */
    beslutadAv: z.string().min(3),
    /** Date of the decision; left out for a draft. */
    beslutsdatum: isoDateSchema.optional(),
    /** utkast, gallande, upphavd or ersatt. */
    status: anvisningStatusSchema,
    /** Registry number of the decision. */
    dnr: dnrSchema.optional(),
    /** When this version applies. */
    giltighet: giltighetSchema.optional(),
    /** Official address of the source document. */
    kalla: sourceUrlSchema.optional(),
    /** A one-sentence summary shown in lists and on section pages. */
    sammanfattning: z.string().min(10),
    ...documentFields,
  })
  .superRefine((anvisning, ctx) => {
    if (anvisning.status !== 'utkast' && !anvisning.beslutsdatum) {
      ctx.addIssue({ code: 'custom', path: ['beslutsdatum'], message: `status "${anvisning.status}" kräver ett beslutsdatum` });
    }
  });

export type AnvisningStatus = z.output<typeof anvisningStatusSchema>;
export type Anvisning = z.output<typeof anvisningSchema>;
