import { z } from 'zod';
import { isoDateSchema, sourceUrlSchema } from './common.ts';

/** How far the site complies with the accessibility requirements (DIGG's three levels). */
export const efterlevnadSchema = z.enum(['helt-forenlig', 'delvis-forenlig', 'inte-forenlig']);

/** A known shortcoming and why it is there. */
export const bristSchema = z.strictObject({
  /** What does not work, and for whom, in plain language. */
  beskrivning: z.string().min(10),
  /** Why: it does not comply yet, fixing it would be an unreasonable burden, or it is outside the law's scope. */
  orsak: z.enum(['bristande-forenlighet', 'oskalig-borda', 'utanfor-tillampningsomradet']),
  /**
   * The WCAG 2.1 success criteria it fails, number and name as DIGG's model lists them, e.g.
   * "1.3.1 Information och relationer". Required for a lack of compliance.
   */
  kriterier: z
    .array(
      z.string().regex(/^[1-4]\.\d{1,2}\.\d{1,2} \S/, {
        message: 'ska vara ett framgångskriterium med nummer och namn, t.ex. "1.3.1 Information och relationer"',
      }),
    )
    .default([]),
  /** What is being done about it, and by when, if anything. */
  atgard: z.string().optional(),
});

/**
 * The accessibility statement (tillgänglighetsredogörelse) that the law on accessibility to
 * digital public services requires: `content/tillganglighetsredogorelse.md`. Every part DIGG
 * requires is a required field, so the site cannot be built with one missing.
 */
export const tillganglighetsredogorelseSchema = z
  .strictObject({
    /** The organisation responsible for the site. */
    organisation: z.string().min(2),
    /** The service the statement covers, e.g. the site's name and address. */
    tjanst: z.string().min(2),
    /** Compliance status: helt-forenlig, delvis-forenlig or inte-forenlig. */
    efterlevnad: efterlevnadSchema,
    /** Known shortcomings and why; required unless the site complies fully. */
    brister: z.array(bristSchema).default([]),
    /** How and when the site was assessed. */
    bedomning: z.strictObject({
      /** The method, e.g. self-assessment with automated and manual tests. */
      metod: z.string().min(10),
      /** When the assessment was made. */
      datum: isoDateSchema,
    }),
    /** When the site was first published. */
    publicerad: isoDateSchema,
    /** When the statement was last reviewed and updated. */
    senastUppdaterad: isoDateSchema,
    /** The supervisory authority and its complaint form. */
    tillsyn: z.strictObject({
      namn: z.string().default('Myndigheten för digital förvaltning (Digg)'),
      anmalan: sourceUrlSchema,
    }),
    /** True when the text is written as an example. Where to report problems is a site setting (`accessibilityContact` in src/config/site.ts). */
    exempel: z.boolean().default(false),
  })
  .superRefine((statement, ctx) => {
    if (statement.efterlevnad !== 'helt-forenlig' && statement.brister.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['brister'],
        message: `en webbplats som är "${statement.efterlevnad}" måste redovisa sina kända brister`,
      });
    }
    statement.brister.forEach((brist, index) => {
      if (brist.orsak === 'bristande-forenlighet' && brist.kriterier.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['brister', index, 'kriterier'],
          message:
            'en brist i förenligheten ska ange vilka framgångskriterier i WCAG den inte uppfyller, t.ex. "1.3.1 Information och relationer"',
        });
      }
    });
    if (statement.senastUppdaterad < statement.bedomning.datum) {
      ctx.addIssue({ code: 'custom', path: ['senastUppdaterad'], message: 'redogörelsen kan inte vara uppdaterad före bedömningen' });
    }
  });

export type Efterlevnad = z.output<typeof efterlevnadSchema>;
export type Tillganglighetsredogorelse = z.output<typeof tillganglighetsredogorelseSchema>;
