import { z } from 'zod';
import { dnrSchema, documentFields, idSchema, isoDateSchema } from './common.ts';

/** A consultation round: `content/remisser/<id>.md`; the body describes it in plain language. */
export const remissSchema = z
  .strictObject({
    /** Title, e.g. "Remiss av Stockholms stads säkerhetsprogram". */
    titel: z.string().min(3),
    /** The program whose version was sent, by ID. */
    program: idSchema,
    /** The version that was sent (usually its remissversion), by ID. */
    version: idSchema,
    /** The organisation that sent the remiss, by ID (usually kommunstyrelsen). */
    avsandare: idSchema,
    /** Registry number of the remiss. */
    dnr: dnrSchema,
    /** Date the remiss was sent. */
    skickad: isoDateSchema,
    /** Last day to answer. */
    svarSenast: isoDateSchema,
    /** Every consulted organisation (remissinstans), by ID. */
    remissinstanser: z.array(idSchema).min(1),
    ...documentFields,
  })
  .superRefine((remiss, ctx) => {
    if (remiss.svarSenast < remiss.skickad) {
      ctx.addIssue({ code: 'custom', path: ['svarSenast'], message: 'sista svarsdag ligger före utskicket' });
    }
    const seen = new Set<string>();
    remiss.remissinstanser.forEach((id, index) => {
      if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['remissinstanser', index], message: `"${id}" står två gånger` });
      }
      seen.add(id);
    });
  });

export type Remiss = z.output<typeof remissSchema>;
