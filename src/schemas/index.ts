import type { z } from 'zod';
import type { CollectionName } from '../lib/content-entry.ts';
import { anvisningSchema } from './anvisning.ts';
import { beredningSchema } from './beredning.ts';
import { organisationSchema } from './organisation.ts';
import { programSchema } from './program.ts';
import { programVersionSchema } from './program-version.ts';
import { remissSchema } from './remiss.ts';
import { remissvarSchema } from './remissvar.ts';

/** Which schema validates each collection's files. */
export const collectionSchemas = {
  program: programSchema,
  programversioner: programVersionSchema,
  organisationer: organisationSchema,
  remisser: remissSchema,
  remissvar: remissvarSchema,
  anvisningar: anvisningSchema,
  beredning: beredningSchema,
} as const satisfies Record<CollectionName, z.ZodType>;
