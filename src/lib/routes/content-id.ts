import { asciiSlug } from '#lib/text/slug.ts';

/**
 * The form of every ID that becomes part of an address: folder and file names under content/ and
 * the `{#id}` of a section. Lower-case a–z, digits and single hyphens between them, so an address
 * never holds a space, a capital, a quote or a `/` that would make a folder of its own.
 */
const CONTENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isContentId = (id: string): boolean => CONTENT_ID.test(id);

/** The ID to use instead of one that is not of the form: the same words, as an address writes them. */
export const contentIdFor = (written: string): string => asciiSlug(written) || 'namn';
