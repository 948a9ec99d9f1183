import type { APIRoute } from 'astro';
import { programPaths } from '#data/static-paths.ts';
import { siteUrl } from '#data/site-url.ts';
import type { ProgramModel } from '#lib/corpus/corpus-model.ts';
import { jsonResponse } from '#lib/open-data/json-schema.ts';
import { apiLinks } from '#lib/open-data/links.ts';
import { apiProgram } from '#lib/open-data/programs.ts';

export const getStaticPaths = programPaths;

export const GET: APIRoute<{ program: ProgramModel }> = ({ props, site }) =>
  jsonResponse(apiProgram(props.program, apiLinks(siteUrl(site))));
