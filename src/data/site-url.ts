/** The site's own address for absolute links in open data; astro.config.mjs always sets one. */
export function siteUrl(site: URL | undefined): URL {
  if (!site) throw new Error('"site" saknas i astro.config.mjs; öppna data behöver webbplatsens adress.');
  return site;
}
