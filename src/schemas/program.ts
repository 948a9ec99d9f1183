import { z } from 'zod';
import { documentFields, idSchema } from './common.ts';

/** A steering program (styrdokument) that has versions, e.g. the säkerhetsprogram. */
export const programSchema = z.strictObject({
  /** The program's name without period of validity, e.g. "Stockholms stads säkerhetsprogram". */
  namn: z.string().min(3),
  /** Short form used in navigation and lists. */
  kortnamn: z.string().min(2),
  /** One or two sentences in plain language on what the program governs. */
  beskrivning: z.string().min(10),
  /** The body that owns the program and answers for it, by its ID under content/organisationer/, e.g. `kommunstyrelsen`. */
  agare: idSchema,
  /** Where the program comes in lists: lower first; programs with the same number sort by name. */
  ordning: z.number().int().default(100),
  ...documentFields,
});

export type Program = z.output<typeof programSchema>;
export type ProgramInput = z.input<typeof programSchema>;
