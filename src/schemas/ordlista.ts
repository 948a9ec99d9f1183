import { z } from 'zod';

/** One term of the glossary. */
export const termSchema = z.strictObject({
  /** The term as written in running text, e.g. "Risk- och sårbarhetsanalys". */
  term: z.string().min(2),
  /** Its abbreviation, if it has one, e.g. "RSA". */
  forkortning: z.string().optional(),
  /** A plain-language explanation in one to three sentences. */
  forklaring: z.string().min(10),
  /** Other forms of the word that should link here, e.g. "remissinstanser". */
  varianter: z.array(z.string()).default([]),
});

/** The glossary (ordlista) of domain terms: `content/ordlista.yaml`. */
export const ordlistaSchema = z
  .strictObject({
    /** The terms, in any order; the page sorts them. */
    termer: z.array(termSchema).min(1),
  })
  .superRefine((ordlista, ctx) => {
    const seen = new Map<string, number>();
    ordlista.termer.forEach((term, index) => {
      const key = term.term.toLocaleLowerCase('sv');
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['termer', index, 'term'], message: `"${term.term}" finns redan (term ${earlier + 1})` });
      }
      seen.set(key, index);
    });
  });

export type Term = z.output<typeof termSchema>;
export type Ordlista = z.output<typeof ordlistaSchema>;
