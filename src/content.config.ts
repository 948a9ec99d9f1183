import { defineCollection } from 'astro:content';
import { contentFiles } from '#loaders/content-files.ts';
import { collectionSchemas } from '#schemas/index.ts';

export const collections = {
  program: defineCollection({ loader: contentFiles('program'), schema: collectionSchemas.program }),
  programversioner: defineCollection({ loader: contentFiles('programversioner'), schema: collectionSchemas.programversioner }),
  organisationer: defineCollection({ loader: contentFiles('organisationer'), schema: collectionSchemas.organisationer }),
  remisser: defineCollection({ loader: contentFiles('remisser'), schema: collectionSchemas.remisser }),
  remissvar: defineCollection({ loader: contentFiles('remissvar'), schema: collectionSchemas.remissvar }),
  anvisningar: defineCollection({ loader: contentFiles('anvisningar'), schema: collectionSchemas.anvisningar }),
  tillganglighet: defineCollection({ loader: contentFiles('tillganglighet'), schema: collectionSchemas.tillganglighet }),
  ordlista: defineCollection({ loader: contentFiles('ordlista'), schema: collectionSchemas.ordlista }),
  sidor: defineCollection({ loader: contentFiles('sidor'), schema: collectionSchemas.sidor }),
  beredning: defineCollection({ loader: contentFiles('beredning'), schema: collectionSchemas.beredning }),
};
