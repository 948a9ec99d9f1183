import type { Random } from './random.ts';

// Word and phrase lists for the benchmark corpus: the vocabulary of a Swedish city's security and
// preparedness documents, compounds included (krisberedskap, beredskapsplanering …), so that the
// index, the page sizes and the search behave as they would on real text.

const ACTORS = [
  'Staden',
  'Kommunstyrelsen',
  'Varje nämnd',
  'Nämnder och bolagsstyrelser',
  'Stadsdelsnämnderna',
  'Facknämnderna',
  'Förvaltningen',
  'Varje förvaltning',
  'Stadsledningskontoret',
  'Säkerhetsavdelningen',
  'Bolagen',
  'Cheferna',
  'Krisledningsnämnden',
  'Den centrala krisledningen',
  'Säkerhetssamordnaren',
  'Verksamheterna',
  'Varje chef',
  'Beredskapssamordnarna',
];

const MODALS = ['ska', 'ska', 'ska', 'behöver', 'bör', 'kan'];

const VERBS = [
  'ta fram',
  'se över',
  'följa upp',
  'samordna',
  'utveckla',
  'stärka',
  'förbättra',
  'säkerställa',
  'planera',
  'öva',
  'dokumentera',
  'rapportera',
  'prioritera',
  'beskriva',
  'uppdatera',
  'analysera',
  'förankra',
  'utvärdera',
  'genomföra',
];

const OBJECTS = [
  'en aktuell risk- och sårbarhetsanalys',
  'stadens krisberedskap',
  'beredskapsplaneringen',
  'kontinuitetsplaner för samhällsviktig verksamhet',
  'rutiner för krisstöd',
  'säkerhetsskyddet',
  'informationssäkerheten',
  'arbetsmiljön',
  'brandskyddet i stadens lokaler',
  'säkerhetsskyddsanalysen',
  'en plan för höjd beredskap',
  'krisledningsorganisationen',
  'utbildnings- och övningsplanen',
  'larmrutinerna',
  'skyddet av samhällsviktig verksamhet',
  'personsäkerheten för medarbetare och förtroendevalda',
  'det olycksförebyggande arbetet',
  'samverkan med andra aktörer',
  'omvärldsbevakningen',
  'händelserapporteringen',
  'reservkraftsförsörjningen',
  'dricksvattenförsörjningen',
  'livsmedelsförsörjningen vid kris',
  'evakueringsplanerna',
  'krisinformationen till invånarna',
  'lägesbilden',
  'riskbedömningen',
  'hotbedömningarna',
  'incidentrapporteringen',
  'signalskyddet',
  'skalskyddet',
  'tillträdesskyddet',
  'säkerhetsprövningen',
  'behörighetsstyrningen',
  'totalförsvarsplaneringen',
  'krigsorganisationen',
  'krigsplaceringen av personal',
  'befolkningsskyddet',
  'trygghetsvandringarna',
  'det våldsförebyggande arbetet',
  'krishanteringsförmågan',
  'ledningsförmågan',
  'stabsarbetet',
  'systematiska brandskyddsarbetet',
  'krisstödssamordningen',
  'värmeböljeplanen',
  'klimatanpassningsarbetet',
  'it-säkerheten',
  'leverantörskontrollen',
  'säkerhetskulturen',
];

const ADVERBIALS = [
  'varje år',
  'under mandatperioden',
  'i samverkan med andra aktörer',
  'inom sitt ansvarsområde',
  'vid en allvarlig händelse',
  'under höjd beredskap',
  'i fredstid',
  'utifrån risk- och sårbarhetsanalysen',
  'i det ordinarie verksamhetsplaneringsarbetet',
  'enligt stadens riktlinjer',
  'på ett systematiskt sätt',
  'så snart det är möjligt',
  'i stadens integrerade ledningssystem',
  'tillsammans med länsstyrelsen',
  'inom det geografiska områdesansvaret',
  'utanför kontorstid',
  'dygnet runt',
  'i hela organisationen',
  'senast den 31 mars varje år',
  'inför varje sommarsäsong',
];

const PURPOSES = [
  'för att minska sårbarheten',
  'så att verksamheten kan fortsätta även vid störningar',
  'för att stärka motståndskraften',
  'så att invånarna får det stöd de behöver',
  'för att skydda människors liv och hälsa',
  'så att medarbetarna vet vad de ska göra',
  'för att upprätthålla samhällsviktig verksamhet',
  'för att förebygga olyckor och bränder',
  'så att beslut kan fattas snabbt',
  'för att skydda stadens informationstillgångar',
];

const EVENTS = [
  'en allvarlig händelse inträffar',
  'det uppstår en störning i elförsörjningen',
  'staden går upp i stabsläge',
  'regeringen beslutar om höjd beredskap',
  'en medarbetare utsätts för hot',
  'ett it-angrepp drabbar verksamheten',
  'det brinner i en skola',
  'vattenförsörjningen slås ut',
  'en värmebölja drabbar staden',
  'kommunikationerna fungerar dåligt',
  'ett stort antal invånare behöver evakueras',
  'en förtroendevald hotas',
];

const LINKS = ['är avgörande för', 'är en förutsättning för', 'har stor betydelse för', 'påverkar', 'bidrar till', 'hänger ihop med'];

const MODIFIERS = [
  'kris',
  'risk',
  'säkerhets',
  'beredskaps',
  'brand',
  'olycks',
  'informations',
  'lednings',
  'samverkans',
  'skydds',
  'kontinuitets',
  'larm',
  'evakuerings',
  'övnings',
  'utbildnings',
  'händelse',
  'hot',
  'trygghets',
  'vatten',
  'värme',
  'personal',
  'stads',
  'omvärlds',
  'lägesbilds',
];

const HEADS = [
  'planering',
  'plan',
  'arbete',
  'analys',
  'rutiner',
  'organisation',
  'förmåga',
  'ansvar',
  'stöd',
  'ledning',
  'övning',
  'samordnare',
  'resurser',
  'frågor',
  'åtgärder',
  'bedömning',
  'uppföljning',
  'rapport',
  'funktion',
  'grupp',
];

const EXTRA_NOUNS = [
  'skolgårdar',
  'förskolor',
  'äldreboenden',
  'badhus',
  'bibliotek',
  'fritidsgårdar',
  'idrottshallar',
  'tunnelbanestationer',
  'vattenverk',
  'värmeverk',
  'serverhallar',
  'trygghetspunkter',
  'samlingslokaler',
  'parkeringshus',
  'lekplatser',
  'torg',
  'broar',
  'kulturhus',
  'medborgarkontor',
  'hemtjänstlokaler',
  'gruppbostäder',
  'stödboenden',
  'kontaktcenter',
  'trafikledningscentraler',
  'reningsverk',
  'pumpstationer',
  'nödvattenplatser',
  'reservkraftverk',
  'räddningstjänstens stationer',
  'evakueringsplatser',
];

const PLACES = [
  'Rinkeby',
  'Tensta',
  'Kista',
  'Husby',
  'Akalla',
  'Skärholmen',
  'Farsta',
  'Bromma',
  'Vällingby',
  'Hässelby',
  'Östermalm',
  'Kungsholmen',
  'Södermalm',
  'Liljeholmen',
  'Årsta',
  'Enskede',
  'Hägersten',
  'Älvsjö',
  'Skarpnäck',
  'Spånga',
  'Norrmalm',
  'Vasastan',
];

const REMISSVAR_SENTENCES = [
  'Förvaltningen ser positivt på att {topic} har förtydligats.',
  'Förvaltningen efterfrågar en tydligare beskrivning av {object}.',
  'Förvaltningen anser att {object} bör samordnas centralt.',
  'Det är oklart hur {object} ska finansieras.',
  'Förvaltningen bedömer att kraven på {object} medför ökade kostnader för stadsdelsnämnderna.',
  'Förvaltningen välkomnar att avsnittet om {topic} har fått en egen rubrik.',
  'Förslaget om {topic} saknar en beskrivning av hur arbetet ska följas upp.',
  'Förvaltningen föreslår att stadens stöd i arbetet med {topic} utvecklas.',
];

/** The compound made of a modifier and a head, e.g. "kris" + "ledning" → "krisledning". */
export function compound(random: Random): string {
  return `${random.pick(MODIFIERS)}${random.pick(HEADS)}`;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
const lower = (text: string) => (/^[A-ZÅÄÖ][a-zåäö]/.test(text) ? text.charAt(0).toLocaleLowerCase('sv') + text.slice(1) : text);

/** One sentence of program or guidance prose. */
export function sentence(random: Random): string {
  const actor = random.pick(ACTORS);
  const verb = `${random.pick(MODALS)} ${random.pick(VERBS)}`;
  switch (random.int(0, 7)) {
    case 0:
      return `${actor} ${verb} ${random.pick(OBJECTS)} ${random.pick(ADVERBIALS)}.`;
    case 1:
      return `${actor} ${verb} ${random.pick(OBJECTS)} ${random.pick(PURPOSES)}.`;
    case 2:
      return `${capitalise(random.pick(OBJECTS))} ${random.pick(LINKS)} ${random.pick(OBJECTS)}.`;
    case 3: {
      const [modal, ...rest] = verb.split(' ');
      return `När ${random.pick(EVENTS)} ${modal} ${lower(actor)} ${rest.join(' ')} ${random.pick(OBJECTS)}.`;
    }
    case 4:
      return `Det innebär att ${lower(actor)} ${verb} ${random.pick(OBJECTS)} ${random.pick(ADVERBIALS)}.`;
    case 5:
      return `Arbetet med ${compound(random)} ska följas upp ${random.pick(ADVERBIALS)}.`;
    case 6:
      return `Det gäller även ${random.pick(EXTRA_NOUNS)}, ${random.pick(EXTRA_NOUNS)} och ${random.pick(EXTRA_NOUNS)} i ${random.pick(PLACES)}.`;
    default:
      return `${capitalise(compound(random))} och ${compound(random)} ${random.pick(LINKS)} ${random.pick(OBJECTS)}.`;
  }
}

/** A paragraph of `min`–`max` sentences. */
export function paragraph(random: Random, min = 3, max = 6): string {
  return Array.from({ length: random.int(min, max) }, () => sentence(random)).join(' ');
}

/** Paragraphs separated by blank lines, as Markdown. */
export function paragraphs(random: Random, min: number, max: number): string {
  return Array.from({ length: random.int(min, max) }, () => paragraph(random)).join('\n\n');
}

/** A sentence in the voice of a remissvar about a section ("topic" is its title in lower case). */
export function remissvarSentence(random: Random, topic: string): string {
  return random
    .pick(REMISSVAR_SENTENCES)
    .replace('{topic}', topic)
    .replace('{object}', () => random.pick(OBJECTS));
}

export const place = (random: Random) => random.pick(PLACES);
