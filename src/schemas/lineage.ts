import { z } from 'zod';

/**
 * A reference to a section: `avsnitt-id` in this program, or `program-id:avsnitt-id` for a
 * section that now lives in another program.
 */
export const sectionRefSchema = z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*:)?[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'ska vara ett avsnitts-id ("beredskap") eller program:avsnitt ("trygghetsprogrammet:otillaten-paverkan")',
});

const localId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'ska vara ett avsnitts-id i denna version' });

/**
 * How a section of this version descends from the previous version. Sections that keep their
 * ID need no entry: they count as the same section (renamed if the title changed).
 */
export const lineageClaimSchema = z.discriminatedUnion('typ', [
  z.strictObject({
    /** A section that did not exist before. */
    typ: z.literal('ny'),
    /** The new section in this version. */
    till: localId,
  }),
  z.strictObject({
    /** A section that is gone without a successor. */
    typ: z.literal('borttagen'),
    /** The section of the previous version. */
    fran: localId,
  }),
  z.strictObject({
    /** A section that continues under a new ID (and usually a new title). */
    typ: z.literal('omdopt'),
    fran: localId,
    till: localId,
  }),
  z.strictObject({
    /** Several sections of the previous version became one. */
    typ: z.literal('sammanslagen'),
    fran: z.array(localId).min(2, { message: 'en sammanslagning behöver minst två avsnitt i "fran"' }),
    till: localId,
  }),
  z.strictObject({
    /** One section of the previous version became several, possibly in other programs. */
    typ: z.literal('delad'),
    fran: localId,
    till: z.array(sectionRefSchema).min(2, { message: 'en delning behöver minst två avsnitt i "till"' }),
  }),
  z.strictObject({
    /** A section that left this program for another one. */
    typ: z.literal('flyttad'),
    fran: localId,
    /** Where it went, as `program-id:avsnitt-id`. */
    till: sectionRefSchema.refine((ref) => ref.includes(':'), {
      message: 'ska ange det andra programmet, t.ex. "trygghetsprogrammet:otillaten-paverkan"',
    }),
  }),
]);

export type LineageClaim = z.output<typeof lineageClaimSchema>;
export type LineageKind = LineageClaim['typ'];
