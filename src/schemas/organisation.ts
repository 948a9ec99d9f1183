import { z } from 'zod';
import { documentFields, idSchema, isoDateSchema } from './common.ts';

/** Kinds of organisation that take part in the city's steering and consultation. */
export const organisationTypSchema = z.enum(['kommunfullmaktige', 'kommunstyrelsen', 'stadsdelsnamnd', 'facknamnd', 'bolag']);

/** A nämnd, bolag or other body: `content/organisationer/<id>.yaml`. */
export const organisationSchema = z
  .strictObject({
    /** The formal name, e.g. "Järva stadsdelsnämnd". */
    namn: z.string().min(3),
    /** What kind of body this is. */
    typ: organisationTypSchema,
    /** The administration (förvaltning) that serves it, e.g. "Järva stadsdelsförvaltning". */
    forvaltning: z.string().optional(),
    /** When the body was formed, if within the site's time span. */
    bildad: isoDateSchema.optional(),
    /** When the body ceased, if it has. */
    upphorde: isoDateSchema.optional(),
    /** Bodies it was formed from, by ID (Järva was formed from Rinkeby-Kista and Spånga-Tensta). */
    foregangare: z.array(idSchema).default([]),
    /** A short plain-language description. */
    beskrivning: z.string().optional(),
    ...documentFields,
  })
  .superRefine((org, ctx) => {
    if (org.bildad && org.upphorde && org.upphorde < org.bildad) {
      ctx.addIssue({ code: 'custom', path: ['upphorde'], message: 'upphörde ligger före bildad' });
    }
  });

export type OrganisationTyp = z.output<typeof organisationTypSchema>;
export type Organisation = z.output<typeof organisationSchema>;
