// The fixed parts of the benchmark city: its bodies, its programs and the topics their sections
// cover. Names follow Stockholm's; every generated document is marked as example text.

export interface CityOrganisation {
  id: string;
  namn: string;
  typ: 'kommunfullmaktige' | 'kommunstyrelsen' | 'stadsdelsnamnd' | 'facknamnd' | 'bolag';
  forvaltning?: string;
  /** How the body writes its registry numbers, e.g. "JÄRVA". */
  dnrPrefix: string;
}

const district = (id: string, name: string, prefix: string): CityOrganisation => ({
  id,
  namn: `${name} stadsdelsnämnd`,
  typ: 'stadsdelsnamnd',
  forvaltning: `${name} stadsdelsförvaltning`,
  dnrPrefix: prefix,
});
const committee = (id: string, namn: string, forvaltning: string, prefix: string): CityOrganisation => ({
  id,
  namn,
  typ: 'facknamnd',
  forvaltning,
  dnrPrefix: prefix,
});
const company = (id: string, namn: string, prefix: string): CityOrganisation => ({ id, namn, typ: 'bolag', dnrPrefix: prefix });

/** Kommunstyrelsen first: it sends every remiss. */
export const ORGANISATIONS: CityOrganisation[] = [
  { id: 'kommunstyrelsen', namn: 'Kommunstyrelsen', typ: 'kommunstyrelsen', forvaltning: 'Stadsledningskontoret', dnrPrefix: 'KS' },
  { id: 'kommunfullmaktige', namn: 'Kommunfullmäktige', typ: 'kommunfullmaktige', dnrPrefix: 'KF' },
  district('jarva', 'Järva', 'JÄRVA'),
  district('sodermalm', 'Södermalms', 'SÖ'),
  district('bromma', 'Bromma', 'BR'),
  district('farsta', 'Farsta', 'FA'),
  district('hagersten-alvsjo', 'Hägersten-Älvsjö', 'HÄ'),
  district('hasselby-vallingby', 'Hässelby-Vällingby', 'HV'),
  district('kungsholmen', 'Kungsholmens', 'KH'),
  district('norrmalm', 'Norrmalms', 'NO'),
  district('skarpnack', 'Skarpnäcks', 'SK'),
  district('skarholmen', 'Skärholmens', 'SKÄ'),
  district('ostermalm', 'Östermalms', 'ÖST'),
  district('enskede-arsta-vantor', 'Enskede-Årsta-Vantörs', 'EÅV'),
  committee('utbildningsnamnden', 'Utbildningsnämnden', 'Utbildningsförvaltningen', 'UTN'),
  committee('socialnamnden', 'Socialnämnden', 'Socialförvaltningen', 'SOF'),
  committee('kulturnamnden', 'Kulturnämnden', 'Kulturförvaltningen', 'KUN'),
  committee('idrottsnamnden', 'Idrottsnämnden', 'Idrottsförvaltningen', 'IDN'),
  committee('aldrenamnden', 'Äldrenämnden', 'Äldreförvaltningen', 'ÄN'),
  committee('miljo-och-halsoskyddsnamnden', 'Miljö- och hälsoskyddsnämnden', 'Miljöförvaltningen', 'MHN'),
  committee('trafiknamnden', 'Trafiknämnden', 'Trafikkontoret', 'TN'),
  committee('exploateringsnamnden', 'Exploateringsnämnden', 'Exploateringskontoret', 'E'),
  committee('fastighetsnamnden', 'Fastighetsnämnden', 'Fastighetskontoret', 'FN'),
  committee('stadsbyggnadsnamnden', 'Stadsbyggnadsnämnden', 'Stadsbyggnadskontoret', 'SBN'),
  committee('arbetsmarknadsnamnden', 'Arbetsmarknadsnämnden', 'Arbetsmarknadsförvaltningen', 'AMN'),
  committee('servicenamnden', 'Servicenämnden', 'Serviceförvaltningen', 'SN'),
  committee('overformyndarnamnden', 'Överförmyndarnämnden', 'Överförmyndarförvaltningen', 'ÖFN'),
  committee('kyrkogardsnamnden', 'Kyrkogårdsnämnden', 'Kyrkogårdsförvaltningen', 'KGN'),
  committee('valnamnden', 'Valnämnden', 'Valkansliet', 'VN'),
  committee('stadsarkivet', 'Kulturnämndens stadsarkivsutskott', 'Stadsarkivet', 'SSA'),
  committee('revisorskollegiet', 'Revisorskollegiet', 'Stadsrevisionen', 'RK'),
  committee('krisledningsnamnden', 'Krisledningsnämnden', 'Stadsledningskontoret', 'KLN'),
  committee('forskolenamnden', 'Förskolenämnden', 'Förskoleförvaltningen', 'FÖN'),
  company('stockholmshem', 'AB Stockholmshem', 'SH'),
  company('svenska-bostader', 'AB Svenska Bostäder', 'SB'),
  company('familjebostader', 'AB Familjebostäder', 'FB'),
  company('stockholm-vatten-och-avfall', 'Stockholm Vatten och Avfall AB', 'SVOA'),
  company('stokab', 'Stokab AB', 'STO'),
  company('stockholms-hamnar', 'Stockholms Hamn AB', 'SHAB'),
  company('micasa', 'Micasa Fastigheter i Stockholm AB', 'MIC'),
  company('sisab', 'SISAB', 'SIS'),
  company('stockholm-parkering', 'Stockholm Parkering AB', 'SPA'),
  company('stockholms-stadsteater', 'AB Stockholms Stadsteater', 'STT'),
  company('stockholm-business-region', 'Stockholm Business Region AB', 'SBR'),
  company('s-t-erik', 'S:t Erik Markutveckling AB', 'STE'),
];

/** Program names; beyond the list, a name repeats with an area ("… för äldreomsorgen"). */
export const PROGRAM_NAMES: [namn: string, kortnamn: string][] = [
  ['Stockholms stads säkerhetsprogram', 'Säkerhetsprogrammet'],
  ['Stockholms stads trygghetsprogram', 'Trygghetsprogrammet'],
  ['Stockholms stads kvalitetsprogram', 'Kvalitetsprogrammet'],
  ['Program för krisberedskap och civilt försvar', 'Beredskapsprogrammet'],
  ['Program för informationssäkerhet', 'Informationssäkerhetsprogrammet'],
  ['Brandskyddsprogram för stadens verksamheter', 'Brandskyddsprogrammet'],
  ['Program för klimatanpassning', 'Klimatanpassningsprogrammet'],
  ['Program mot våld i nära relationer', 'Programmet mot våld i nära relationer'],
  ['Program för ett tryggt offentligt rum', 'Programmet för tryggt offentligt rum'],
  ['Program för kontinuitetshantering', 'Kontinuitetsprogrammet'],
  ['Program mot våldsbejakande extremism', 'Programmet mot extremism'],
  ['Program för skydd av samhällsviktig verksamhet', 'Skyddsprogrammet'],
  ['Program för dricksvattenförsörjning', 'Dricksvattenprogrammet'],
  ['Program för psykologiskt försvar', 'Programmet för psykologiskt försvar'],
  ['Program för arbetsmiljö och hälsa', 'Arbetsmiljöprogrammet'],
  ['Program för krisstöd', 'Krisstödsprogrammet'],
  ['Program för trafiksäkerhet', 'Trafiksäkerhetsprogrammet'],
  ['Program för digital säkerhet', 'Programmet för digital säkerhet'],
  ['Program för livsmedelsberedskap', 'Livsmedelsberedskapsprogrammet'],
  ['Program för energiförsörjning', 'Energiförsörjningsprogrammet'],
];

export const PROGRAM_AREAS = ['förskolan', 'skolan', 'äldreomsorgen', 'socialtjänsten', 'kulturverksamheten', 'bolagen', 'stadsmiljön'];

/** Section topics; each program draws its own mix. */
export const TOPICS = [
  'Krisberedskap',
  'Civilt försvar',
  'Beredskap',
  'Säkerhetsskydd',
  'Informationssäkerhet',
  'Brandskydd',
  'Personsäkerhet',
  'Kontinuitetshantering',
  'Risk- och sårbarhetsanalys',
  'Krisstöd',
  'Ledning och samverkan',
  'Utbildning och övning',
  'Omvärldsbevakning',
  'Skydd av samhällsviktig verksamhet',
  'Hot och våld mot anställda',
  'Otillåten påverkan',
  'Våldsbejakande extremism',
  'Trygghet i offentlig miljö',
  'Klimatanpassning',
  'Elförsörjning',
  'Dricksvattenförsörjning',
  'Livsmedelsförsörjning',
  'Psykologiskt försvar',
  'Cybersäkerhet',
  'Fysiskt skydd',
  'Larm och bevakning',
  'Evakuering och utrymning',
  'Krisledning',
  'Krisinformation',
  'Frivilliga resursgrupper',
  'Höjd beredskap',
  'Totalförsvarsplanering',
  'Sektorsansvar',
  'Geografiskt områdesansvar',
  'Chefers ansvar',
  'Systematiskt säkerhetsarbete',
  'Olycksförebyggande arbete',
  'Säkerhetsprövning',
  'Incidenthantering',
  'Skydd av förtroendevalda',
  'Värmebölja och extremväder',
  'Drivmedelsförsörjning',
  'Signalskydd',
  'Leverantörssäkerhet',
  'Stabsarbete',
  'Lägesbild och rapportering',
  'Befolkningsskydd',
  'Krigsorganisation',
  'Trygghetsskapande åtgärder',
  'Välfärdsbrottslighet',
];

/** Subsection titles that recur under many sections, as in real programs. */
export const SUBTOPICS = [
  'Mål',
  'Ansvar',
  'Samverkan',
  'Uppföljning',
  'Rutiner',
  'Roller',
  'Resurser',
  'Rapportering',
  'Planering',
  'Stöd',
];

/** Who an anvisning is for. */
export const AUDIENCES = [
  'i skolan',
  'i förskolan',
  'inom äldreomsorgen',
  'inom socialtjänsten',
  'för stadsdelsförvaltningarna',
  'för bolagen',
  'i kulturverksamheten',
  'på idrottsanläggningar',
  'på bibliotek',
  'i fastighetsförvaltningen',
  'vid evenemang',
  'för chefer',
  'för medarbetare',
  'för förtroendevalda',
];
