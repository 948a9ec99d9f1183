// Swedish queries over the shipped content/ with the pages a reader looking for each should get.
// `compound` marks queries whose expected pages mostly say the word only inside compounds
// (krisberedskap, säkerhetsprogrammet): the cases that splitting compounds is for.

export interface SearchQuery {
  query: string;
  /** Addresses of the pages that answer the query. */
  expected: string[];
  compound?: boolean;
}

const S = '/program/sakerhetsprogrammet';
const RSA = ['/anvisningar/rsa/', `${S}/2020-2023/rsa/`, `${S}/2024-remiss/rsa/`];
const KRISSTOD = ['/anvisningar/krisstod/', `${S}/2020-2023/krisstod/`, `${S}/2024-remiss/krisstod/`];
const HOT_OCH_VALD = ['/anvisningar/hot-och-vald/', `${S}/2020-2023/otillaten-paverkan/`, `${S}/2024-remiss/personsakerhet/`];

export const QUERIES: SearchQuery[] = [
  {
    query: 'program',
    compound: true,
    expected: [
      `${S}/2020-2023/om-programmet/`,
      `${S}/2024-remiss/om-programmet/`,
      '/program/kvalitetsprogrammet/2024/om-programmet/',
      '/program/trygghetsprogrammet/2024/om-programmet/',
      '/remisser/sakerhetsprogrammet-2024/',
    ],
  },
  {
    query: 'beredskap',
    compound: true,
    expected: [`${S}/2024-remiss/beredskap/`, `${S}/2020-2023/krisberedskap/`, `${S}/2024-remiss/sektorsorganisation/`],
  },
  {
    query: 'analys',
    compound: true,
    expected: [...RSA, `${S}/2024-remiss/sakerhetsskydd/`, `${S}/2020-2023/sakerhetsskydd-och-informationssakerhet/`],
  },
  {
    query: 'skydd',
    compound: true,
    expected: [
      `${S}/2024-remiss/sakerhetsskydd/`,
      `${S}/2020-2023/sakerhetsskydd-och-informationssakerhet/`,
      `${S}/2020-2023/skyddsvarden/`,
      `${S}/2024-remiss/skyddsvarden/`,
    ],
  },
  { query: 'stöd', compound: true, expected: [...KRISSTOD, '/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: 'organisation', compound: true, expected: [`${S}/2024-remiss/sektorsorganisation/`] },
  { query: 'bevakning', compound: true, expected: [`${S}/2024-remiss/omvarldsbevakning/`] },
  {
    query: 'brottslighet',
    compound: true,
    expected: ['/program/trygghetsprogrammet/2024/valfardsbrottslighet/', '/program/trygghetsprogrammet/2024/om-programmet/'],
  },
  { query: 'ledning', compound: true, expected: [`${S}/2020-2023/krisberedskap/`, `${S}/2024-remiss/beredskap/`] },
  // A part that is itself a compound (säkerhets|skydds|analys): neither build finds it by this query.
  {
    query: 'skyddsanalys',
    compound: true,
    expected: [`${S}/2024-remiss/sakerhetsskydd/`, `${S}/2020-2023/sakerhetsskydd-och-informationssakerhet/`],
  },
  { query: 'värden', compound: true, expected: [`${S}/2020-2023/skyddsvarden/`, `${S}/2024-remiss/skyddsvarden/`] },
  {
    query: 'säkerhet',
    compound: true,
    expected: [
      `${S}/2024-remiss/personsakerhet/`,
      '/program/kvalitetsprogrammet/2024/informationssakerhet/',
      `${S}/2020-2023/sakerhetsskydd-och-informationssakerhet/`,
    ],
  },
  {
    query: 'ansvar',
    expected: [`${S}/2020-2023/ansvar/`, `${S}/2024-remiss/ansvar/`, `${S}/2020-2023/chefers-ansvar/`, `${S}/2024-remiss/chefers-ansvar/`],
  },
  { query: 'krisberedskap', expected: [`${S}/2020-2023/krisberedskap/`, `${S}/2024-remiss/beredskap/`] },
  { query: 'krisstöd', expected: [...KRISSTOD, '/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: 'kontorstid', expected: [`${S}/2024-remiss/krisstod/`, '/remisser/sakerhetsprogrammet-2024/jarva/'] },
  {
    query: 'informationssäkerhet',
    expected: ['/program/kvalitetsprogrammet/2024/informationssakerhet/', `${S}/2020-2023/sakerhetsskydd-och-informationssakerhet/`],
  },
  { query: 'personsäkerhet', expected: [`${S}/2024-remiss/personsakerhet/`, '/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: 'säkerhetsskydd', expected: [`${S}/2024-remiss/sakerhetsskydd/`, `${S}/2020-2023/sakerhetsskydd-och-informationssakerhet/`] },
  { query: 'risk- och sårbarhetsanalys', expected: RSA },
  { query: 'sårbarhetsanalys', expected: RSA },
  { query: 'olyckor', expected: [`${S}/2020-2023/forebygga-olyckor/`, `${S}/2024-remiss/olycksforebyggande-arbete/`] },
  { query: 'våld', expected: HOT_OCH_VALD },
  { query: 'hot och våld', expected: HOT_OCH_VALD },
  {
    query: 'otillåten påverkan',
    expected: [`${S}/2020-2023/otillaten-paverkan/`, '/program/trygghetsprogrammet/2024/otillaten-paverkan/'],
  },
  { query: 'välfärdsbrottslighet', expected: ['/program/trygghetsprogrammet/2024/valfardsbrottslighet/'] },
  { query: 'civilt försvar', expected: [`${S}/2020-2023/civilt-forsvar/`, `${S}/2024-remiss/beredskap/`] },
  { query: 'sektorsorganisation', expected: [`${S}/2024-remiss/sektorsorganisation/`] },
  { query: 'omvärldsbevakning', expected: [`${S}/2024-remiss/omvarldsbevakning/`] },
  { query: 'geografiskt områdesansvar', expected: [`${S}/2024-remiss/samverkan/`] },
  { query: 'samverkan', expected: [`${S}/2020-2023/samverkan/`, `${S}/2024-remiss/samverkan/`] },
  { query: 'utbildning och övning', expected: [`${S}/2020-2023/utbildning-och-ovning/`, `${S}/2024-remiss/utbildning-och-ovning/`] },
  { query: 'chefers ansvar', expected: [`${S}/2020-2023/chefers-ansvar/`, `${S}/2024-remiss/chefers-ansvar/`] },
  { query: 'övergripande mål', expected: [`${S}/2020-2023/overgripande-mal/`, `${S}/2024-remiss/overgripande-mal/`] },
  { query: 'hotbild', expected: [`${S}/2020-2023/hotbild/`, `${S}/2024-remiss/hotbild/`] },
  { query: 'skyddsvärden', expected: [`${S}/2020-2023/skyddsvarden/`, `${S}/2024-remiss/skyddsvarden/`] },
  { query: 'Järva', expected: ['/organisationer/jarva/', '/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: 'Södermalm', expected: ['/organisationer/sodermalm/', '/remisser/sakerhetsprogrammet-2024/sodermalm/'] },
  { query: 'kommunstyrelsen', expected: ['/organisationer/kommunstyrelsen/'] },
  { query: 'JÄRVA 2023/665', expected: ['/remisser/sakerhetsprogrammet-2024/jarva/'] },
  { query: 'KS 2023/1254', expected: ['/remisser/sakerhetsprogrammet-2024/'] },
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
];
