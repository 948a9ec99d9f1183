import { problemCatalogue } from '#lib/content/content-problem.ts';

const ID_FORM = 'ett id har bara små bokstäver a–z, siffror och bindestreck, eftersom det blir en del av sidans adress';

/** Problems with names that become addresses: names of the wrong form, and names the site's own pages already use. */
export const routesProblem = problemCatalogue('routes', {
  'routes/reserved-version-id': {
    message: ({ versionId }: { versionId: string }) =>
      `versionen kan inte heta "${versionId}": namnet används av en annan sida på webbplatsen.`,
    hint: 'Döp om filen, t.ex. efter årtalet versionen gäller från ("2024.md").',
  },
  'routes/invalid-id': {
    message: ({ name, kind }: { name: string; kind: 'mappen' | 'filen' }) => `${kind} "${name}" kan inte vara ett id: ${ID_FORM}.`,
    hint: ({ suggested, kind }: { suggested: string; kind: 'mappen' | 'filen' }) => `Byt namn på ${kind} till "${suggested}".`,
  },
  'routes/invalid-heading-id': {
    message: ({ id }: { id: string }) => `rubrikens id "${id}" har fel form: ett id har bara små bokstäver a–z, siffror och bindestreck.`,
    hint: ({ suggested }: { suggested: string }) => `Skriv {#${suggested}}; länkar når rubriken med #${suggested}.`,
  },
  'routes/invalid-section-id': {
    message: ({ id }: { id: string }) => `avsnitts-id "${id}" har fel form: ${ID_FORM}.`,
    hint: ({ suggested }: { suggested: string }) => `Skriv {#${suggested}} och behåll det i senare versioner.`,
  },
});
