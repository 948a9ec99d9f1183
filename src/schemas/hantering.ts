import { z } from 'zod';
import { idSchema } from './common.ts';

/** How a consultation comment was taken into account in the version decided after the remiss. */
export const hanteringUtfallSchema = z.enum(['beaktad', 'delvis-beaktad', 'ej-beaktad']);

/**
 * How one comment was handled: `jarva#k4: { hantering: beaktad, motivering: "…", avsnitt: [samverkan] }`
 * in `content/beredning/<remiss>.yaml`.
 */
export const hanteringSchema = z
  .strictObject({
    /** beaktad (taken into account), delvis-beaktad (partly) or ej-beaktad (not). */
    hantering: hanteringUtfallSchema,
    /** Why, in a sentence or two a reader of the decided version understands. */
    motivering: z.string().trim().min(10, { message: 'skriv en motivering på minst en mening' }),
    /** Sections of the decided version that were changed because of the comment, by ID. */
    avsnitt: z.array(idSchema).default([]),
  })
  .superRefine((record, ctx) => {
    if (record.hantering === 'ej-beaktad' && record.avsnitt.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['avsnitt'],
        message: 'en kommentar som inte beaktades har inte ändrat något avsnitt; ta bort "avsnitt" eller ändra "hantering"',
      });
    }
  });

export type HanteringUtfall = z.output<typeof hanteringUtfallSchema>;
export type Hantering = z.output<typeof hanteringSchema>;
