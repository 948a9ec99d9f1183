import { z } from 'zod';
import { idSchema } from './common.ts';

/**
 * A consultation comment, as `organisation#kommentar` ("jarva#k4"), or with its remiss when the
 * organisation answered more than one: `remiss/organisation#kommentar`.
 */
export const kommentarRefSchema = z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'ska skrivas organisation#kommentar, t.ex. "jarva#k4" (eller remiss/organisation#kommentar)',
});

/** One change an editor explains, shown on the program's changelog (ändringslogg). */
export const changeNoteSchema = z.strictObject({
  /** A short heading for the change, e.g. "Krisberedskap och civilt försvar blir beredskap". */
  rubrik: z.string().min(3),
  /** What changed, in plain language. */
  beskrivning: z.string().min(10),
  /** Why it changed. */
  motivering: z.string().min(10).optional(),
  /** The sections concerned: IDs in this version or in the version it revises. */
  avsnitt: z.array(idSchema).default([]),
  /** Consultation comments that led to the change or were made about it: "jarva#k4". */
  remissvar: z.array(kommentarRefSchema).default([]),
});

export type ChangeNote = z.output<typeof changeNoteSchema>;
