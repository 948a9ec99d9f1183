// An Astro integration that lets the build see every path before rendering starts and every page as
// it is rendered, through Astro's prerenderer hook: the default prerenderer does the work, this only
// watches. The build uses it to index pages for search and guard them while Astro goes on rendering.
import type { AstroIntegration, AstroPrerenderer } from 'astro';

type StaticPaths = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>;
type PathWithRoute = Extract<StaticPaths, unknown[]>[number];

export interface RenderWatcher {
  /** Every path Astro will build, in the order it starts them. */
  listed(paths: { pathname: string; component: string; type: string }[]): void;
  /** Astro is about to render `pathname` (called before any other path is started). */
  started(pathname: string): void;
  /** What Astro rendered for `pathname`: exactly the bytes it will write, or none when it writes something else. */
  rendered(pathname: string, type: string, body: Buffer | undefined): void;
}

export interface RenderTapOptions {
  /**
   * Awaited before Astro lists the paths (and so before any page is rendered): the build waits
   * here for the content check, which has run beside Astro's bundling, and stops if it failed.
   */
  beforeRendering?: () => Promise<void>;
}

export function renderTap(watcher: RenderWatcher, options: RenderTapOptions = {}): AstroIntegration {
  return {
    name: 'styrdok:render-tap',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((base) => ({
          ...base,
          name: 'styrdok:render-tap',
          async getStaticPaths() {
            await options.beforeRendering?.();
            const result = await base.getStaticPaths();
            watcher.listed(listedPaths(result).map(({ pathname, route }) => ({ pathname, component: route.component, type: route.type })));
            return result;
          },
          async render(request, options) {
            const pathname = decodeURI(new URL(request.url).pathname);
            watcher.started(pathname);
            const result = await base.render(request, options);
            const response = result instanceof Response ? result : result.response;
            // Astro writes a redirect page of its own, and nothing for an empty response: the build
            // reads whatever it wrote afterwards. Every path is reported, or pages after it would wait.
            if (!response.body || (response.status >= 300 && response.status < 400)) {
              watcher.rendered(pathname, options.routeData.type, undefined);
              return result;
            }
            const body = Buffer.from(await response.arrayBuffer());
            watcher.rendered(pathname, options.routeData.type, body);
            const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
            return result instanceof Response ? copy : { ...result, response: copy };
          },
        }));
      },
    },
  };
}

/**
 * The paths in what the default prerenderer's getStaticPaths() gave: Astro 7.4 wraps them as
 * `{ paths, metadata }`, earlier versions gave the bare array. Anything else stops the build with
 * a message for the developer, since every page would otherwise wait for a list that never comes.
 */
export function listedPaths(result: StaticPaths): PathWithRoute[] {
  if (Array.isArray(result)) return result;
  if (result && typeof result === 'object' && Array.isArray(result.paths)) return result.paths;
  throw new Error(
    `Astro's prerenderer returned getStaticPaths() in a shape the build does not know (${JSON.stringify(result)?.slice(0, 80)}): ` +
      'scripts/publish/render-tap.ts must follow the change in Astro.',
  );
}
