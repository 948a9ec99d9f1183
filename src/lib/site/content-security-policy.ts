/**
 * What the site's pages may load and run. A static host cannot send headers, so the policy goes
 * in a `<meta http-equiv>` element of every page (src/layouts/Base.astro), where `frame-ancestors`,
 * `report-uri` and `sandbox` have no effect and are therefore not written.
 *
 * Everything comes from the site itself. Scripts only from files: no inline script or event
 * handler attribute runs, so text that slipped into a page could never run as code. Pagefind's
 * search compiles WebAssembly, which needs `'wasm-unsafe-eval'` (not `'unsafe-eval'`: JavaScript's
 * own eval stays refused). No plugins, no `<base>` pointing elsewhere, and forms send only to the site.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

/** The policy as the meta element's content: `default-src 'self'; script-src …`. */
export const contentSecurityPolicy = Object.entries(CONTENT_SECURITY_POLICY_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
