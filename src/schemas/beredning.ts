import { z } from 'zod';
import { documentFields, idSchema } from './common.ts';

/** A comment in another document, written `organisation#kommentar-id` within a remiss, e.g. `jarva#k4`. */
export const kommentarRefSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'ska skrivas organisation#kommentar-id, t.ex. "jarva#k4"',
});

/**
 * The executive office's preparation (beredning) of one remiss: `content/beredning/<remiss>.yaml`.
 * It holds the summary of each answer for the remissammanställning and, once a version has been
 * decided after the remiss, how every comment was handled.
 */
export const beredningSchema = z.strictObject({
  /** One or two sentences per answering organisation, by organisation ID, as in the report's Beredning part. */
  sammanfattningar: z
    .record(idSchema, z.string().trim().min(10, { message: 'skriv en sammanfattning på en eller två meningar' }))
    .default({}),
  /**
   * How each comment was handled, by `organisation#kommentar-id`; each record follows
   * hanteringSchema. Records are checked one by one (parseHandlingRecords), so a mistake in one
   * does not hide the file's other records and make every comment look unhandled.
   */
  kommentarer: z.record(kommentarRefSchema, z.unknown()).default({}),
  ...documentFields,
});

export type Beredning = z.output<typeof beredningSchema>;
