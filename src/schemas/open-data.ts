import { z } from 'zod';
import { anvisningSchema } from './anvisning.ts';
import { idSchema } from './common.ts';
import { hanteringUtfallSchema } from './hantering.ts';
import { stallningSchema } from './kommentar.ts';
import { organisationSchema } from './organisation.ts';
import { programSchema } from './program.ts';
import { programVersionSchema } from './program-version.ts';
import { remissSchema } from './remiss.ts';
import { remissvarSchema } from './remissvar.ts';

// The shapes of the static JSON API under /api/. Each resource is the content's own frontmatter
// (the content schema's fields, spread in, so a field added to content reaches the API and its
// JSON Schema without being written twice) plus stable IDs and links. The JSON Schemas published
// under /api/schema/ are generated from these with z.toJSONSchema.

/** An absolute address on the site. */
const address = z.url().describe('Absolut adress');

/** A link to another resource: its stable ID, its JSON and its web page. */
export const resourceRefSchema = z.strictObject({
  /** Stable ID of the resource, e.g. "sakerhetsprogrammet/2024". */
  id: z.string().describe('Stabilt id'),
  /** The resource in the JSON API. */
  url: address.describe('Resursen i JSON-API:et'),
  /** The resource's page on the site. */
  webbsida: address.describe('Resursens sida på webbplatsen'),
});

/** A link to a section, with the number and title it has in its version. */
export const sectionRefSchema = resourceRefSchema.extend({
  avsnitt: idSchema.describe('Avsnittets id inom versionen'),
  nummer: z.string().describe('Avsnittets nummer i versionen, t.ex. "4.1.1"'),
  rubrik: z.string(),
});

/** Fields every resource starts with. */
const resource = {
  /** The JSON Schema the resource follows. */
  $schema: address.describe('JSON Schema som resursen följer'),
  ...resourceRefSchema.shape,
};

export const apiProgramSchema = z
  .strictObject({
    ...resource,
    ...programSchema.shape,
    gallandeVersion: resourceRefSchema.nullable().describe('Den version som gäller, om någon'),
    versioner: z.array(resourceRefSchema.extend({ titel: z.string(), status: programVersionSchema.shape.status })).describe('Äldst först'),
  })
  .describe('Ett program, t.ex. säkerhetsprogrammet, med sina versioner');

const lineageLinkSchema = z.strictObject({
  typ: z.enum(['samma', 'omdopt', 'ny', 'borttagen', 'sammanslagen', 'delad', 'flyttad']),
  fran: z.array(sectionRefSchema).describe('Avsnitt i föregående version, eller i det program ett flyttat avsnitt kom från'),
  till: z
    .array(sectionRefSchema.or(z.strictObject({ program: idSchema, avsnitt: idSchema })))
    .describe('Avsnitt i denna version eller i ett annat program'),
});

export const apiVersionSchema = z
  .strictObject({
    ...resource,
    ...programVersionSchema.shape,
    program: resourceRefSchema,
    version: idSchema.describe('Versionens id inom programmet'),
    foregaendeVersion: resourceRefSchema.nullable(),
    avsnitt: z.array(sectionRefSchema.extend({ niva: z.number().int(), overordnat: z.string().nullable() })).describe('I dokumentordning'),
    harkomstAvsnitt: z.array(lineageLinkSchema).describe('Hur avsnitten härstammar från föregående version och från andra program'),
    remisser: z.array(resourceRefSchema).describe('Remisser som skickade denna version'),
    efterRemiss: resourceRefSchema.nullable().describe('Remissen som föregick denna version, om den beslutades efter en remiss'),
  })
  .describe('En version av ett program');

export const apiSectionSchema = z
  .strictObject({
    ...resource,
    ...sectionRefSchema.omit({ id: true, url: true, webbsida: true }).shape,
    program: resourceRefSchema,
    version: resourceRefSchema,
    niva: z.number().int().describe('1 för ett huvudavsnitt, 2 för ett underavsnitt …'),
    overordnat: sectionRefSchema.nullable(),
    komFran: sectionRefSchema.nullable().describe('Avsnittet i ett annat program som detta kom från, om det flyttades hit'),
    underavsnitt: z.array(sectionRefSchema),
    text: z.string().describe('Avsnittets text utan formatering'),
    html: z.string().describe('Avsnittets text som HTML'),
    anvisningar: z.array(resourceRefSchema).describe('Tillämpningsanvisningar som kompletterar avsnittet'),
    kommentarer: z.array(resourceRefSchema).describe('Remisskommentarer om avsnittet (för en version som skickats på remiss)'),
    andratAvKommentarer: z.array(resourceRefSchema).describe('Remisskommentarer som ledde till ändringar i avsnittet'),
  })
  .describe('Ett avsnitt i en version av ett program');

export const apiAnvisningSchema = z
  .strictObject({
    ...resource,
    titel: z.string(),
    gallandeVersion: z.string().nullable().describe('Id för den version som gäller, om någon'),
    versioner: z.array(z.strictObject({ version: idSchema, ...anvisningSchema.shape, html: z.string() })).describe('Äldst först'),
    avsnitt: z.array(sectionRefSchema).describe('Avsnitten som anvisningen kompletterar, i den version de har i dag'),
  })
  .describe('En tillämpningsanvisning med alla sina versioner');

export const apiOrganisationSchema = z
  .strictObject({
    ...resource,
    ...organisationSchema.shape,
    efterfoljare: z.array(resourceRefSchema).describe('Organisationer som bildades ur denna'),
    remissvar: z.array(resourceRefSchema),
  })
  .describe('En nämnd, ett bolag eller ett annat organ');

export const apiHanteringSchema = z
  .strictObject({
    hantering: hanteringUtfallSchema,
    motivering: z.string(),
    version: resourceRefSchema.nullable().describe('Versionen som följde på remissen'),
    avsnitt: z.array(sectionRefSchema).describe('Avsnitt i den versionen som kommentaren ändrade'),
  })
  .describe('Hur en kommentar hanterades efter remissen');

export const apiKommentarSchema = z
  .strictObject({
    ...resource,
    kommentar: idSchema.describe('Kommentarens id inom remissvaret'),
    remiss: resourceRefSchema,
    remissvar: resourceRefSchema,
    organisation: resourceRefSchema.extend({ namn: z.string() }),
    dnr: remissvarSchema.shape.dnr,
    datum: remissvarSchema.shape.datum,
    stallning: stallningSchema,
    avsnitt: z.array(sectionRefSchema).describe('Avsnitt i remissversionen som kommentaren gäller'),
    text: z.string(),
    html: z.string(),
    hantering: apiHanteringSchema.nullable().describe('Saknas tills hanteringen är redovisad'),
  })
  .describe('En kommentar i ett remissvar');

export const apiKommentarerSchema = z
  .strictObject({
    $schema: address,
    remiss: resourceRefSchema,
    kommentarer: z.array(apiKommentarSchema.omit({ $schema: true })),
  })
  .describe('Alla kommentarer på en remiss, samma uppgifter som CSV-filen');

export const apiRemissvarSchema = z
  .strictObject({
    ...resource,
    ...remissvarSchema.shape,
    remiss: idSchema,
    organisation: idSchema,
    remissRef: resourceRefSchema,
    organisationRef: resourceRefSchema,
    html: z.string().describe('Hela yttrandet som HTML'),
    kommentarer: z
      .array(apiKommentarSchema.omit({ $schema: true }))
      .describe('Svarets kommentarer; en kommentars adress är svarets adress med #id'),
  })
  .describe('En organisations svar på en remiss');

export const apiRemissSchema = z
  .strictObject({
    ...resource,
    ...remissSchema.shape,
    skickadVersion: resourceRefSchema.describe('Versionen som skickades på remiss'),
    foljandeVersion: resourceRefSchema.nullable().describe('Versionen som följde på remissen, om den finns'),
    beslutad: z.boolean().describe('Om en version har beslutats efter remissen'),
    remissvar: z.array(resourceRefSchema),
    harInteSvarat: z.array(resourceRefSchema),
    sammanfattningar: z.record(idSchema, z.string()).describe('Sammanfattning av varje remissvar, per organisation'),
    kommentarer: address.describe('Alla kommentarer som JSON'),
    kommentarerCsv: address.describe('Alla kommentarer som CSV för Excel'),
  })
  .describe('En remiss: ett förslag som skickats till remissinstanser');

export const apiListSchema = z
  .strictObject({
    $schema: address,
    data: z.array(resourceRefSchema.extend({ titel: z.string() })),
  })
  .describe('En samling resurser');

export const apiIndexSchema = z
  .strictObject({
    $schema: address,
    namn: z.string(),
    beskrivning: z.string(),
    samlingar: z.record(z.string(), address).describe('Listor över alla resurser av varje slag'),
    scheman: z.record(z.string(), address).describe('JSON Schema för varje slag av resurs'),
  })
  .describe('Ingången till Styrdoks öppna data');

/** Every published schema by the name used in its address, /api/schema/<namn>.json. */
export const apiSchemas = {
  index: apiIndexSchema,
  lista: apiListSchema,
  program: apiProgramSchema,
  version: apiVersionSchema,
  avsnitt: apiSectionSchema,
  anvisning: apiAnvisningSchema,
  organisation: apiOrganisationSchema,
  remiss: apiRemissSchema,
  remissvar: apiRemissvarSchema,
  kommentar: apiKommentarSchema,
  kommentarer: apiKommentarerSchema,
} as const;

export type ApiSchemaName = keyof typeof apiSchemas;
export type ResourceRef = z.output<typeof resourceRefSchema>;
export type SectionRef = z.output<typeof sectionRefSchema>;
export type ApiProgram = z.output<typeof apiProgramSchema>;
export type ApiVersion = z.output<typeof apiVersionSchema>;
export type ApiSection = z.output<typeof apiSectionSchema>;
export type ApiAnvisning = z.output<typeof apiAnvisningSchema>;
export type ApiOrganisation = z.output<typeof apiOrganisationSchema>;
export type ApiKommentar = z.output<typeof apiKommentarSchema>;
export type ApiKommentarer = z.output<typeof apiKommentarerSchema>;
export type ApiRemissvar = z.output<typeof apiRemissvarSchema>;
export type ApiRemiss = z.output<typeof apiRemissSchema>;
export type ApiList = z.output<typeof apiListSchema>;
export type ApiIndex = z.output<typeof apiIndexSchema>;
