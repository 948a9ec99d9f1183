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
    /**
     * A section that moved between programs, declared by either side: the program that gave it
     * away (`fran: avsnitt, till: "program:avsnitt"`) or the one that received it
     * (`fran: "program:avsnitt", till: avsnitt`). Where both declare, they must agree.
     */
    typ: z.literal('flyttad'),
    /** The section it was: in the previous version, or `program-id:avsnitt-id` in the program it came from. */
    fran: sectionRefSchema,
    /** Where it went: `program-id:avsnitt-id` in another program, or a section of this version. */
    till: sectionRefSchema,
  }),
]);

export type LineageClaim = z.output<typeof lineageClaimSchema>;

/** A move declared by the program that received the section: it names where the section came from. */
export const isArrivalClaim = (claim: LineageClaim): boolean => claim.typ === 'flyttad' && claim.fran.includes(':');
export type LineageKind = LineageClaim['typ'];
