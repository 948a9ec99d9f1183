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
    /** When the statement was last reviewed and updated. */
    senastUppdaterad: isoDateSchema,
    /** How to report shortcomings or ask for content in another form: at least one way. */
    aterkoppling: z
      .strictObject({
        epost: z.email().optional(),
        telefon: z.string().optional(),
        webbformular: sourceUrlSchema.optional(),
      })
      .refine((contact) => contact.epost || contact.telefon || contact.webbformular, {
        message: 'ange minst ett sätt att lämna återkoppling: epost, telefon eller webbformular',
      }),
    /** The supervisory authority and its complaint form. */
    tillsyn: z.strictObject({
      namn: z.string().default('Myndigheten för digital förvaltning (Digg)'),
      anmalan: sourceUrlSchema,
    }),
    /** True when contact details are placeholders, not the organisation's real ones. */
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
    if (statement.senastUppdaterad < statement.bedomning.datum) {
      ctx.addIssue({ code: 'custom', path: ['senastUppdaterad'], message: 'redogörelsen kan inte vara uppdaterad före bedömningen' });
    }
  });

export type Efterlevnad = z.output<typeof efterlevnadSchema>;
export type Tillganglighetsredogorelse = z.output<typeof tillganglighetsredogorelseSchema>;
