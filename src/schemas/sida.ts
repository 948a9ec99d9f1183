import { z } from 'zod';
import { documentFields } from './common.ts';

/**
 * A stand-alone page of the site, such as the editors' guide: `content/sidor/<id>.md`, published
 * at `/<id>/`. The body is the page; its `##` headings become its table of contents.
 */
export const sidaSchema = z.strictObject({
  /** The page's heading and title. */
  titel: z.string().min(3),
  /** One or two sentences shown under the heading and in search results. */
  beskrivning: z.string().min(10),
  ...documentFields,
});

export type Sida = z.output<typeof sidaSchema>;
