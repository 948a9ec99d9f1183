import type { z } from 'zod';
import type { CollectionName } from '#lib/content/content-entry.ts';
import { anvisningSchema } from './anvisning.ts';
import { ordlistaSchema } from './ordlista.ts';
import { beredningSchema } from './beredning.ts';
import { organisationSchema } from './organisation.ts';
import { programSchema } from './program.ts';
import { programVersionSchema } from './program-version.ts';
import { remissSchema } from './remiss.ts';
import { remissvarSchema } from './remissvar.ts';
import { tillganglighetsredogorelseSchema } from './tillganglighet.ts';
import { sidaSchema } from './sida.ts';

/** Which schema validates each collection's files. */
export const collectionSchemas = {
  program: programSchema,
  programversioner: programVersionSchema,
  organisationer: organisationSchema,
  remisser: remissSchema,
  remissvar: remissvarSchema,
  anvisningar: anvisningSchema,
  tillganglighet: tillganglighetsredogorelseSchema,
  ordlista: ordlistaSchema,
  sidor: sidaSchema,
  beredning: beredningSchema,
} as const satisfies Record<CollectionName, z.ZodType>;
