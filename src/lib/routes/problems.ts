import { problemCatalogue } from '#lib/content/content-problem.ts';

/** Problems with names that the site's own pages already use. */
export const routesProblem = problemCatalogue('routes', {
  'routes/reserved-version-id': {
    message: ({ versionId }: { versionId: string }) =>
      `versionen kan inte heta "${versionId}": namnet används av en annan sida på webbplatsen.`,
    hint: 'Döp om filen, t.ex. efter årtalet versionen gäller från ("2024.md").',
  },
});
