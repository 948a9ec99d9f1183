import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// Every Markdown file (programs, remisser, remissvar, anvisningar) and every YAML file
// (programs, organisations) under the benchmark corpus, without schemas.
const base = process.env.BASELINE_CONTENT ?? 'content';

export const collections = {
  documents: defineCollection({ loader: glob({ pattern: '**/*.md', base }) }),
  records: defineCollection({ loader: glob({ pattern: '**/*.yaml', base }) }),
};
