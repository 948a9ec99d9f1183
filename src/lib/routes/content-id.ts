import { ID_PATTERN } from '#schemas/common.ts';
import { asciiSlug } from '#lib/text/slug.ts';

/**
 * The form of every ID that becomes part of an address: folder and file names under content/ and
 * the `{#id}` of a section, in the same form the schemas ask of an ID field, so an address never
 * holds a space, a capital, a quote or a `/` that would make a folder of its own.
 */
export const isContentId = (id: string): boolean => ID_PATTERN.test(id);

/** The ID to use instead of one that is not of the form: the same words, as an address writes them. */
export const contentIdFor = (written: string): string => asciiSlug(written) || 'namn';
