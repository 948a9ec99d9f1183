/**
 * Where the site lives: at the root of its host (`/`), or under a path such as `/styrdok/` on a
 * GitHub project site (`owner.github.io/styrdok/`). Pages, content and checks speak of addresses from
 * the root (`/program/…`); what is written into the site gets the base in front, here.
 */

/** `address` under `base`, when it is an address from the root; any other address (`#x`, `https:`, relative) as it is. */
export function underBase(base: string, address: string): string {
  if (base === '/' || !address.startsWith('/') || address.startsWith('//')) return address;
  return `${base}${address.slice(1)}`;
}

/** A set of address functions, nested as `urls.api.*` is. */
export type Routes = { readonly [name: string]: ((...args: never[]) => string) | Routes };

/** The same address functions, each giving its address under `base`. */
export function routesUnder<R extends Routes>(base: string, routes: R): R {
  if (base === '/') return routes;
  return Object.fromEntries(
    Object.entries(routes).map(([name, route]) => [
      name,
      typeof route === 'function' ? (...args: never[]) => underBase(base, route(...args)) : routesUnder(base, route),
    ]),
  ) as R;
}

/**
 * The absolute address of a page (`/program/alfa/`, from the root) on a site at `site`: under `base`
 * when one is given, else under the path `site` has (`https://owner.github.io/styrdok/`).
 */
export function siteAddress(site: string, base: string, page: string): string {
  const url = new URL(site);
  const root = base !== '/' ? base : url.pathname.replace(/\/?$/, '/');
  return new URL(`${root}${page.replace(/^\//, '')}`, url.origin).href;
}
