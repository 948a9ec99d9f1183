import { z } from 'zod';
import { documentFields } from './common.ts';

/** A steering program (styrdokument) that has versions, e.g. the säkerhetsprogram. */
export const programSchema = z.strictObject({
  /** The program's name without period of validity, e.g. "Stockholms stads säkerhetsprogram". */
  namn: z.string().min(3),
  /** Short form used in navigation and lists. */
  kortnamn: z.string().min(2),
  /** One or two sentences in plain language on what the program governs. */
  beskrivning: z.string().min(10),
  ...documentFields,
});

export type Program = z.output<typeof programSchema>;
export type ProgramInput = z.input<typeof programSchema>;
