import type { AnvisningStatus } from '../schemas/anvisning.ts';
import type { Stallning } from '../schemas/kommentar.ts';
import type { OrganisationTyp } from '../schemas/organisation.ts';
import type { VersionStatus } from '../schemas/program-version.ts';
import type { LineageKind } from '../lib/lineage.ts';

/** Every string the interface shows, by key. Content text comes from content/, never from here. */
export const sv = {
  site: {
    name: 'Styrdok',
    tagline: 'Stockholms stads styrdokument för säkerhet och beredskap',
    skipLink: 'Hoppa till innehållet',
    mainNav: 'Huvudmeny',
    breadcrumbs: 'Du är här',
    footer: 'Styrdok publicerar styrdokument, tillämpningsanvisningar och remissvar som webbsidor.',
    exampleFooter: 'Texter märkta Exempeltext är skrivna för att visa webbplatsen och är inte stadens formuleringar.',
  },
  nav: {
    home: 'Start',
    programs: 'Program',
    anvisningar: 'Anvisningar',
    remisser: 'Remisser',
    organisations: 'Organisationer',
  },
  search: {
    label: 'Sök i styrdokumenten',
    button: 'Sök',
    title: 'Sök',
    intro: 'Sök i program, avsnitt, anvisningar och remissvar. Avgränsa med filtren efter sökningen.',
    noScript: 'Sökningen behöver JavaScript. Du kan också bläddra via menyn.',
    filters: { typ: 'Dokumenttyp', program: 'Program', version: 'Version', organisation: 'Organisation' },
  },
  types: {
    program: 'Program',
    version: 'Programversion',
    section: 'Programavsnitt',
    anvisning: 'Anvisning',
    remiss: 'Remiss',
    remissvar: 'Remissvar',
    organisation: 'Organisation',
  },
  example: {
    label: 'Exempeltext',
    notice: 'Den här texten är exempeltext, skriven för att visa webbplatsens funktioner. Den är inte Stockholms stads formulering.',
  },
  real: {
    notice: 'Texten är återgiven från originalhandlingen.',
  },
  meta: {
    status: 'Status',
    decidedBy: 'Beslutad av',
    decisionDate: 'Beslutsdatum',
    dnr: 'Diarienummer',
    validity: 'Giltighet',
    validFrom: 'från',
    validTo: 'till',
    source: 'Originalhandling',
    date: 'Datum',
    meeting: 'Sammanträde',
    decision: 'Förslag till beslut',
    sender: 'Avsändare',
    handlaggare: 'Handläggare',
    sent: 'Skickad',
    deadline: 'Sista svarsdag',
    program: 'Program',
    version: 'Version',
    type: 'Typ',
    formed: 'Bildad',
    ceased: 'Upphörde',
    predecessors: 'Bildad ur',
    successors: 'Uppgick i',
    administration: 'Förvaltning',
  },
  versionStatus: {
    utkast: 'Utkast',
    remissversion: 'Remissversion',
    gallande: 'Gällande',
    upphavd: 'Upphävd',
    ersatt: 'Ersatt',
  } satisfies Record<VersionStatus | AnvisningStatus, string>,
  stance: {
    tillstyrker: 'Tillstyrker',
    avstyrker: 'Avstyrker',
    synpunkt: 'Synpunkt',
  } satisfies Record<Stallning, string>,
  organisationTyp: {
    kommunfullmaktige: 'Kommunfullmäktige',
    kommunstyrelsen: 'Kommunstyrelsen',
    stadsdelsnamnd: 'Stadsdelsnämnd',
    facknamnd: 'Facknämnd',
    bolag: 'Bolag',
  } satisfies Record<OrganisationTyp, string>,
  lineage: {
    samma: 'Oförändrat id',
    omdopt: 'Ny rubrik',
    ny: 'Nytt avsnitt',
    borttagen: 'Borttaget',
    sammanslagen: 'Sammanslaget',
    delad: 'Delat',
    flyttad: 'Flyttat till annat program',
  } satisfies Record<LineageKind, string>,
  banner: {
    notInForce: 'Det här är inte den gällande versionen.',
    readInForce: 'Läs den gällande versionen',
    noneInForce: 'Programmet har ingen gällande version här.',
    remiss: 'Versionen är skickad på remiss och är inte beslutad.',
  },
  home: {
    title: 'Styrdok',
    lead: 'Här finns Stockholms stads säkerhetsprogram, tillämpningsanvisningarna som kompletterar det och nämndernas remissvar – sökbara, länkade till varandra och jämförbara mellan versioner.',
    inForce: 'Gällande program',
    openRemisser: 'Remisser',
    latest: 'Senaste ändringar',
    anvisningar: 'Tillämpningsanvisningar',
  },
  program: {
    versions: 'Versioner',
    toc: 'Innehåll',
    sections: 'avsnitt',
    lineage: 'Förändringar mot föregående version',
    previous: 'Föregående version',
    remiss: 'Skickad på remiss',
  },
  section: {
    anvisningar: 'Anvisningar som kompletterar avsnittet',
    noAnvisningar: 'Inga anvisningar kompletterar avsnittet.',
    kommentarer: 'Synpunkter från remissinstanserna',
    noKommentarer: 'Inga remissvar har kommenterat avsnittet.',
    subsections: 'Underavsnitt',
    partOf: 'Ingår i',
    readInContext: 'Läs i hela versionen',
    commentCount: (count: number) => (count === 1 ? '1 kommentar' : `${count} kommentarer`),
    onSection: 'om',
  },
  anvisning: {
    completes: 'Kompletterar avsnitt',
    versions: 'Versioner av anvisningen',
    current: 'Gällande version',
    summary: 'Sammanfattning',
  },
  remiss: {
    answers: 'Remissvar',
    unanswered: 'Har inte svarat',
    allAnswered: 'Alla remissinstanser har svarat.',
    consulted: 'Remissinstanser',
    kommentarer: 'Kommentarer',
    statement: 'Yttrandet',
    comments: 'Kommentarer i yttrandet',
    noComments: 'Inga kommentarer är markerade i yttrandet.',
  },
  organisation: {
    answers: 'Remissvar från organisationen',
    noAnswers: 'Organisationen har inga publicerade remissvar.',
  },
  // Versions, comparison, history, changelog, feeds (issue 3) — add keys inside.
  compare: {},
  // Consultation matrix, sammanställning, handling, exports (issue 4) — add keys inside.
  consultation: {},
  // Editors: edit links, last changed, editors' guide (issue 5) — add keys inside.
  editing: {
    aboutPage: 'Om sidan',
    lastChanged: 'Senast ändrad på webbplatsen',
    edit: 'Föreslå en ändring av sidan',
    viewSources: 'Se källfilerna',
    sourceFile: 'källfil',
    sourceFolder: 'mapp',
    history: 'Ändringshistorik',
    guide: 'Guide för redaktörer',
    toc: 'Innehåll på sidan',
    pageType: 'Sida om webbplatsen',
  },
  // Accessibility statement, glossary (issue 6) — add keys inside.
  quality: {
    statementLink: 'Tillgänglighetsredogörelse',
    glossaryLink: 'Ordlista',
    statementTitle: 'Tillgänglighetsredogörelse',
    statementIntro: (tjanst: string) => `Tillgänglighet för ${tjanst}`,
    howAccessible: 'Hur tillgänglig är webbplatsen?',
    whatToDo: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    report: 'Rapportera brister i webbplatsens tillgänglighet',
    reportText:
      'Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, kontakta oss så att vi får veta att problemet finns.',
    contactEmail: 'E-post',
    contactPhone: 'Telefon',
    contactForm: 'Webbformulär',
    supervision: 'Tillsyn',
    supervisionText: (namn: string) =>
      `${namn} har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta dem och påtala det.`,
    complaintForm: 'Anmäl bristande tillgänglighet till tillsynsmyndigheten',
    technical: 'Teknisk information om webbplatsens tillgänglighet',
    status: {
      'helt-forenlig': 'Webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.',
      'delvis-forenlig':
        'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
      'inte-forenlig':
        'Webbplatsen är inte förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
    },
    shortcomings: 'Innehåll som inte är tillgängligt',
    reason: {
      'bristande-forenlighet': 'Bristande förenlighet med lagkraven',
      'oskalig-borda': 'Oskälig börda',
      'utanfor-tillampningsomradet': 'Innehåll som inte omfattas av lagen',
    },
    measure: 'Åtgärd',
    assessment: 'Hur vi testat webbplatsen',
    assessedOn: 'Bedömningen gjordes',
    updatedOn: 'Redogörelsen uppdaterades senast',
    exampleContact: 'Kontaktuppgifterna är exempel och ska ersättas med stadens egna innan webbplatsen publiceras.',
    glossaryTitle: 'Ordlista',
    glossaryIntro: 'Här förklaras ord och förkortningar som används i styrdokumenten och remissvaren.',
    abbreviation: 'Förkortning',
    lettersNav: 'Bokstäver',
  },
  registry: {
    title: 'Diarienummer',
    lead: 'Alla handlingar på webbplatsen som har ett diarienummer (Dnr). Med numret kan du begära ut handlingen och dess ärende från registraturen.',
    dnr: 'Dnr',
    document: 'Handling',
    type: 'Typ',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Sidan kan ha flyttats eller tagits bort. Sök eller gå till startsidan.',
  },
} as const;

/** A date as Swedish readers write it: 23 januari 2024. */
export function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
