import { z } from 'zod';
import { dnrSchema, documentFields, giltighetSchema, idSchema, isoDateSchema, sourceUrlSchema } from './common.ts';
import { changeNoteSchema } from './change-note.ts';
import { isArrivalClaim, lineageClaimSchema } from './lineage.ts';

/** Where a version stands in its life. */
export const versionStatusSchema = z.enum(['utkast', 'remissversion', 'gallande', 'upphavd', 'ersatt']);

/**
 * Frontmatter of one version of a program: `content/program/<program>/<version>.md`.
 * The body holds the sections as headings with IDs: `## Beredskap {#beredskap}`.
 */
export const programVersionSchema = z
  .strictObject({
    /** The version's full title as it stands on the document. */
    titel: z.string().min(3),
    /** remissversion, gallande (in force), upphavd (repealed), ersatt (replaced) or utkast. */
    status: versionStatusSchema,
    /** The body that decided (or will decide) the version, e.g. "Kommunfullmäktige". */
    beslutadAv: z.string().min(3),
    /** Date of the decision; left out for a draft not yet decided. */
    beslutsdatum: isoDateSchema.optional(),
    /** Registry number of the decision or of the remiss. */
    dnr: dnrSchema.optional(),
    /** When the version applies. */
    giltighet: giltighetSchema.optional(),
    /** Official address of the source document (PDF in the registry). */
    kalla: sourceUrlSchema.optional(),
    /** The version this one revises, by its ID (the file name without .md). */
    foregaende: idSchema.optional(),
    /** How this version's sections descend from the previous version's. */
    harkomst: z.array(lineageClaimSchema).default([]),
    /** A short plain-language summary shown on the version page. */
    sammanfattning: z.string().optional(),
    /** What changed from the previous version and why, as editors explain it on the changelog. */
    andringar: z.array(changeNoteSchema).default([]),
    ...documentFields,
  })
  .superRefine((version, ctx) => {
    version.harkomst.forEach((claim, index) => {
      if (claim.typ === 'flyttad' && claim.fran.includes(':') === claim.till.includes(':')) {
        ctx.addIssue({
          code: 'custom',
          path: ['harkomst', index, claim.fran.includes(':') ? 'fran' : 'till'],
          message: claim.fran.includes(':')
            ? 'en flytt har ett avsnitt i denna version på ena sidan: "fran" eller "till" ska vara ett avsnitts-id utan program'
            : 'ska ange det andra programmet, t.ex. "trygghetsprogrammet:otillaten-paverkan"',
        });
      } else if (!version.foregaende && !isArrivalClaim(claim)) {
        // A first version has no previous version: only a section that came from another program has a lineage.
        ctx.addIssue({
          code: 'custom',
          path: ['harkomst', index],
          message:
            'versionen har ingen föregående version ("foregaende"), så den här posten kan inte stämma. En första version kan bara ange avsnitt som kom från ett annat program: { typ: flyttad, fran: "program:avsnitt", till: avsnitt }',
        });
      }
    });
    if ((version.status === 'gallande' || version.status === 'upphavd' || version.status === 'ersatt') && !version.beslutsdatum) {
      ctx.addIssue({
        code: 'custom',
        path: ['beslutsdatum'],
        message: `en version med status "${version.status}" ska ha ett beslutsdatum`,
      });
    }
    const { giltighet } = version;
    if (giltighet?.till && giltighet.till < giltighet.fran) {
      ctx.addIssue({ code: 'custom', path: ['giltighet', 'till'], message: 'slutdatum ligger före startdatum' });
    }
  });

export type VersionStatus = z.output<typeof versionStatusSchema>;
export type ProgramVersion = z.output<typeof programVersionSchema>;
export type ProgramVersionInput = z.input<typeof programVersionSchema>;
