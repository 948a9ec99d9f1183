import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, RemissModel } from '#lib/corpus/corpus-model.ts';
import { API_COLLECTIONS, apiIndex, apiList } from '#lib/open-data/catalogue.ts';
import { apiKommentar, apiKommentarer, apiOrganisation, apiRemiss, apiRemissvar } from '#lib/open-data/consultation.ts';
import { apiJsonSchema } from '#lib/open-data/json-schema.ts';
import { apiLinks } from '#lib/open-data/links.ts';
import { apiAnvisning, apiProgram, apiSection, apiVersion } from '#lib/open-data/programs.ts';
import { type ApiSchemaName, apiSchemas } from '#schemas/open-data.ts';
import { fixtureCorpus, nameIn } from '../../support/fixture-corpus.ts';

const site = new URL('https://styrdok.example.se');
const links = apiLinks(site);
let corpus: Corpus;
beforeAll(async () => {
  ({ corpus } = await fixtureCorpus());
});

/** Every resource the API publishes for the fixture corpus, with the schema it claims. */
function allResources(): { name: ApiSchemaName; resource: Record<string, unknown> }[] {
  const out: { name: ApiSchemaName; resource: Record<string, unknown> }[] = [{ name: 'index', resource: apiIndex(links) }];
  for (const collection of API_COLLECTIONS) out.push({ name: 'lista', resource: apiList(corpus, collection, links) });
  for (const program of corpus.programs) {
    out.push({ name: 'program', resource: apiProgram(program, links) });
    for (const version of program.versions) {
      out.push({ name: 'version', resource: apiVersion(corpus, program, version, links) });
      for (const section of version.sections) out.push({ name: 'avsnitt', resource: apiSection(corpus, version, section, links) });
    }
  }
  for (const anvisning of corpus.anvisningar) out.push({ name: 'anvisning', resource: apiAnvisning(corpus, anvisning, links) });
  for (const organisation of corpus.organisations)
    out.push({ name: 'organisation', resource: apiOrganisation(corpus, organisation, links) });
  for (const remiss of corpus.remisser) {
    out.push({ name: 'remiss', resource: apiRemiss(corpus, remiss, links) });
    out.push({ name: 'kommentarer', resource: apiKommentarer(corpus, remiss, links, nameIn(corpus)) });
    for (const answer of remiss.remissvar) {
      out.push({ name: 'remissvar', resource: apiRemissvar(corpus, answer, links, { showHandlaggare: false }) });
      for (const kommentar of answer.kommentarer) out.push({ name: 'kommentar', resource: apiKommentar(corpus, kommentar, links) });
    }
  }
  return out;
}

describe('the JSON API', () => {
  it('fits its own zod schemas and the JSON Schemas generated from them', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validators = new Map((Object.keys(apiSchemas) as ApiSchemaName[]).map((name) => [name, ajv.compile(apiJsonSchema(name, site))]));
    const resources = allResources();
    expect(resources.length).toBeGreaterThan(40);
    for (const { name, resource } of resources) {
      expect(apiSchemas[name].safeParse(resource).error, `${name} ${resource.id}`).toBeUndefined();
      const validate = validators.get(name);
      expect(validate?.(resource), `${name} ${resource.id}: ${JSON.stringify(validate?.errors)}`).toBe(true);
      expect(resource.$schema).toBe(`https://styrdok.example.se/api/schema/${name}.json`);
    }
  });

  it('rejects a resource that breaks its JSON Schema, so the validation above means something', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(apiJsonSchema('kommentar', site));
    const kommentar = corpus.remiss('delta-2023')?.remissvar[0]?.kommentarer[0];
    const resource = apiKommentar(corpus, kommentar as NonNullable<typeof kommentar>, links);
    expect(validate({ ...resource, stallning: 'stödjer' })).toBe(false);
    expect(validate({ ...resource, okänt: 1 })).toBe(false);
  });

  it('gives comments stable IDs and links them to their remiss, answer, sections and handling', () => {
    const remiss = corpus.remiss('delta-2023') as RemissModel;
    const k3 = remiss.remissvar.find((answer) => answer.organisationId === 'norr')?.kommentarer.find((k) => k.id === 'k3');
    const resource = apiKommentar(corpus, k3 as NonNullable<typeof k3>, links);
    expect(resource.id).toBe('delta-2023/norr#k3');
    expect(resource.url).toBe('https://styrdok.example.se/api/remisser/delta-2023/norr.json#k3');
    expect(resource.remissvar.id).toBe('delta-2023/norr');
    expect(resource.avsnitt.map((section) => section.id)).toEqual(['delta/2023-remiss/larm', 'delta/2023-remiss/natt']);
    expect(resource.hantering).toMatchObject({ hantering: 'delvis-beaktad', version: { id: 'delta/2023' } });
    expect(resource.hantering?.avsnitt.map((section) => `${section.id} ${section.nummer} ${section.rubrik}`)).toEqual([
      'delta/2023/natt 2.1 Larm på natten',
    ]);
  });

  it('links sections both ways: comments on the draft, and comments that changed the decided text', () => {
    const delta = corpus.program('delta');
    const draft = delta?.versions.find((v) => v.id === '2023-remiss');
    const decided = delta?.versions.find((v) => v.id === '2023');
    const larmDraft = apiSection(corpus, draft as NonNullable<typeof draft>, draft?.sections.find((s) => s.id === 'larm') as never, links);
    const larmDecided = apiSection(
      corpus,
      decided as NonNullable<typeof decided>,
      decided?.sections.find((s) => s.id === 'larm') as never,
      links,
    );
    expect(larmDraft.kommentarer.map((k) => k.id)).toEqual(['delta-2023/norr#k1', 'delta-2023/norr#k3']);
    expect(larmDecided.andratAvKommentarer.map((k) => k.id)).toEqual(['delta-2023/norr#k1']);
    expect(apiVersion(corpus, delta as never, decided as never, links).efterRemiss?.id).toBe('delta-2023');
  });

  it('leaves out officials’ contact details unless the site allows them', () => {
    const answer = corpus.remiss('alfa-2024')?.remissvar[0];
    const withDetails = {
      ...(answer as NonNullable<typeof answer>),
      data: { ...answer?.data, handlaggare: { namn: 'Anna Andersson' } },
    } as never;
    expect(apiRemissvar(corpus, withDetails, links, { showHandlaggare: false })).not.toHaveProperty('handlaggare');
    expect(apiRemissvar(corpus, withDetails, links, { showHandlaggare: true })).toHaveProperty('handlaggare', { namn: 'Anna Andersson' });
  });

  it('lists every collection in the index with the schema of every kind', () => {
    const index = apiIndex(links);
    expect(Object.keys(index.samlingar)).toEqual([...API_COLLECTIONS]);
    expect(Object.keys(index.scheman)).toEqual(Object.keys(apiSchemas));
    expect(apiList(corpus, 'remisser', links).data.map((item) => item.id)).toEqual(['alfa-2024', 'delta-2023']);
  });
});
