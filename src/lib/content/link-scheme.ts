/** The schemes a link in content may have; anything else, `javascript:` above all, could run code or leave the reader stranded. */
export const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

const ALLOWED = new Set<string>(ALLOWED_SCHEMES);

/**
 * The scheme of a link as a browser reads it, lower case and without the colon; undefined for a
 * link without one (a site path, `#id`, `?q=`, `//host/`). The browser's own parser (WHATWG URL)
 * decides, so what it ignores is ignored here too: case, spaces and control characters before the
 * scheme, tabs and line breaks inside it (" JaVa\tScript:" is `javascript`).
 */
export function linkScheme(url: string): string | undefined {
  // Most links are site paths and anchors: no parse (and no exception) for them.
  if (/^[/#?]/.test(url)) return undefined;
  try {
    // Without a base only an absolute address parses: one that has a scheme.
    return new URL(url).protocol.slice(0, -1);
  } catch {
    // A relative address, or a special scheme without the rest ("https:", "http://"), which a
    // browser cannot follow either but whose scheme is still the one written.
    const written = url.replace(/^[\p{Cc} ]+/u, '').replace(/[\t\n\r]/g, '');
    return /^([a-z][a-z0-9+.-]*):/i.exec(written)?.[1]?.toLowerCase();
  }
}

/** The scheme of a link that content must not have, or undefined when the link is allowed. */
export function refusedScheme(url: string): string | undefined {
  const scheme = linkScheme(url);
  return scheme === undefined || ALLOWED.has(scheme) ? undefined : scheme;
}
