// Swedish queries over the shipped content/ with the pages a reader looking for each should get,
// one group per pattern a reader searches by (parts of compounds, section names, numbers, program
// and anvisning names, organisations, registry numbers, rare words, decision makers).
// `compound` marks queries whose expected pages mostly say the word only inside compounds
// (krisberedskap, säkerhetsprogrammet): the cases that splitting compounds is for.

export interface SearchQuery {
  query: string;
  /** Addresses of the pages that answer the query. */
  expected: string[];
  compound?: boolean;
}

const S = '/program/sakerhetsprogrammet';
/** The version in force of the security program; its older versions are shown under its sections. */
const G = `${S}/2024`;
const RSA = ['/anvisningar/rsa/', `${G}/rsa/`];
const KRISSTOD = ['/anvisningar/krisstod/', `${G}/krisstod/`];
const HOT_OCH_VALD = ['/anvisningar/hot-och-vald/', `${G}/personsakerhet/`, '/program/trygghetsprogrammet/2024/otillaten-paverkan/'];
const ANVISNINGAR = ['/anvisningar/hot-och-vald/', '/anvisningar/krisstod/', '/anvisningar/rsa/'];

// Expected pages name the page in force where there is one: older versions of a section are
// reached from it ("också i …"). A section that left the program without a successor in force
// (2020–2023's otillåten påverkan, split informationssäkerhet) is expected as itself.
export const QUERIES: SearchQuery[] = [
  // Parts of compounds.
  {
    query: 'program',
    compound: true,
    expected: [
      `${G}/om-programmet/`,
      '/program/kvalitetsprogrammet/2024/om-programmet/',
      '/program/trygghetsprogrammet/2024/om-programmet/',
      '/program/sakerhetsprogrammet/',
      '/program/kvalitetsprogrammet/',
      '/program/trygghetsprogrammet/',
      '/remisser/sakerhetsprogrammet-2024/',
    ],
  },
  { query: 'beredskap', compound: true, expected: [`${G}/beredskap/`, `${G}/sektorsorganisation/`] },
  { query: 'analys', compound: true, expected: [...RSA, `${G}/sakerhetsskydd/`] },
  { query: 'skydd', compound: true, expected: [`${G}/sakerhetsskydd/`, `${G}/skyddsvarden/`] },
  { query: 'stöd', compound: true, expected: [...KRISSTOD, '/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: 'organisation', compound: true, expected: [`${G}/sektorsorganisation/`] },
  { query: 'bevakning', compound: true, expected: [`${G}/omvarldsbevakning/`] },
  {
    query: 'brottslighet',
    compound: true,
    expected: ['/program/trygghetsprogrammet/2024/valfardsbrottslighet/', '/program/trygghetsprogrammet/2024/om-programmet/'],
  },
  { query: 'ledning', compound: true, expected: [`${G}/beredskap/`] },
  // A part that is itself a compound (säkerhets|skydds|analys).
  { query: 'skyddsanalys', compound: true, expected: [`${G}/sakerhetsskydd/`] },
  { query: 'värden', compound: true, expected: [`${G}/skyddsvarden/`] },
  {
    query: 'säkerhet',
    compound: true,
    expected: [`${G}/personsakerhet/`, `${G}/sakerhetsskydd/`, '/program/kvalitetsprogrammet/2024/informationssakerhet/'],
  },
  // Whole words and phrases, section names (each in three versions).
  { query: 'ansvar', expected: [`${G}/ansvar/`, `${G}/chefers-ansvar/`] },
  { query: 'krisberedskap', expected: [`${G}/beredskap/`] },
  { query: 'krisstöd', expected: [...KRISSTOD, '/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: 'kontorstid', expected: [`${G}/krisstod/`, '/remisser/sakerhetsprogrammet-2024/jarva/'] },
  {
    query: 'informationssäkerhet',
    expected: ['/program/kvalitetsprogrammet/2024/informationssakerhet/', `${S}/2020-2023/sakerhetsskydd-och-informationssakerhet/`],
  },
  { query: 'personsäkerhet', expected: [`${G}/personsakerhet/`, '/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: 'säkerhetsskydd', expected: [`${G}/sakerhetsskydd/`] },
  { query: 'risk- och sårbarhetsanalys', expected: RSA },
  { query: 'sårbarhetsanalys', expected: RSA },
  { query: 'olyckor', expected: [`${G}/olycksforebyggande-arbete/`] },
  { query: 'våld', expected: HOT_OCH_VALD },
  { query: 'hot och våld', expected: HOT_OCH_VALD },
  {
    query: 'otillåten påverkan',
    expected: ['/program/trygghetsprogrammet/2024/otillaten-paverkan/', `${S}/2020-2023/otillaten-paverkan/`],
  },
  { query: 'välfärdsbrottslighet', expected: ['/program/trygghetsprogrammet/2024/valfardsbrottslighet/'] },
  { query: 'civilt försvar', expected: [`${G}/beredskap/`] },
  { query: 'sektorsorganisation', expected: [`${G}/sektorsorganisation/`] },
  { query: 'omvärldsbevakning', expected: [`${G}/omvarldsbevakning/`] },
  { query: 'geografiskt områdesansvar', expected: [`${G}/samverkan/`] },
  { query: 'samverkan', expected: [`${G}/samverkan/`] },
  { query: 'utbildning och övning', expected: [`${G}/utbildning-och-ovning/`] },
  { query: 'chefers ansvar', expected: [`${G}/chefers-ansvar/`] },
  { query: 'övergripande mål', expected: [`${G}/overgripande-mal/`] },
  { query: 'hotbild', expected: [`${G}/hotbild/`] },
  { query: 'skyddsvärden', expected: [`${G}/skyddsvarden/`] },
  { query: 'vad som hotar', expected: [`${G}/hotbild/`] },
  { query: 'systematiskt säkerhetsarbete', expected: [`${G}/systematiskt-arbete/`] },
  // Section numbers.
  { query: '7.1.1', expected: [`${G}/krisstod/`] },
  { query: '6.1', expected: [`${G}/rsa/`] },
  { query: '5.2', expected: [`${G}/sektorsorganisation/`] },
  // Program names: the program and its version in force.
  { query: 'säkerhetsprogrammet', expected: ['/program/sakerhetsprogrammet/', `${G}/`] },
  { query: 'Stockholms stads säkerhetsprogram', expected: ['/program/sakerhetsprogrammet/', `${G}/`] },
  { query: 'trygghetsprogrammet', expected: ['/program/trygghetsprogrammet/', '/program/trygghetsprogrammet/2024/'] },
  // Anvisningar by name.
  { query: 'Tillämpningsanvisning för krisstöd', expected: ['/anvisningar/krisstod/'] },
  { query: 'anvisning om hot och våld', expected: ['/anvisningar/hot-och-vald/'] },
  // Organisations, and their answers.
  { query: 'Järva', expected: ['/organisationer/jarva/', '/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: 'Södermalm', expected: ['/organisationer/sodermalm/', '/remisser/sakerhetsprogrammet-2024/sodermalm/'] },
  { query: 'socialnämnden', expected: ['/organisationer/socialnamnden/', '/remisser/sakerhetsprogrammet-2024/socialnamnden/'] },
  { query: 'kommunstyrelsen', expected: ['/organisationer/kommunstyrelsen/'] },
  {
    query: 'stadsdelsnämnd',
    expected: [
      '/organisationer/jarva/',
      '/organisationer/sodermalm/',
      '/organisationer/hagersten-alvsjo/',
      '/organisationer/rinkeby-kista/',
      '/organisationer/spanga-tensta/',
    ],
  },
  // Registry numbers, in any case, with and without prefix.
  { query: 'JÄRVA 2023/665', expected: ['/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: 'järva 2023/665', expected: ['/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: '2023/665', expected: ['/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: 'SÖ 2023/1187', expected: ['/remisser/sakerhetsprogrammet-2024/sodermalm/'] },
  { query: 'KS 2023/1254', expected: ['/remisser/sakerhetsprogrammet-2024/', `${G}/`] },
  { query: 'KS 2019/562', expected: [`${S}/2020-2023/`] },
  // Rare words found in one remissvar only.
  { query: 'strandlinjer', expected: ['/remisser/sakerhetsprogrammet-2024/sodermalm/'] },
  { query: 'vårdnadshavare', expected: ['/remisser/sakerhetsprogrammet-2024/utbildningsnamnden/'] },
  { query: 'socialjourens', expected: ['/remisser/sakerhetsprogrammet-2024/socialnamnden/'] },
  { query: 'demokratihotande', expected: ['/remisser/sakerhetsprogrammet-2024/jarva/'] },
  // Decision makers and dates.
  { query: 'stadsdirektören', expected: ANVISNINGAR },
  { query: 'beslutad av stadsdirektören', expected: ANVISNINGAR },
  { query: '2 september 2024', expected: ['/anvisningar/hot-och-vald/'] },
];
