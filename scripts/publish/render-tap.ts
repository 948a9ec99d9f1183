// An Astro integration that lets the build see every path before rendering starts and every page as
// it is rendered, through Astro's prerenderer hook: the default prerenderer does the work, this only
// watches. The build uses it to index pages for search and guard them while Astro goes on rendering.
import type { AstroIntegration } from 'astro';

export interface RenderWatcher {
  /** Every path Astro will build, in the order it starts them. */
  listed(paths: { pathname: string; component: string; type: string }[]): void;
  /** Astro is about to render `pathname` (called before any other path is started). */
  started(pathname: string): void;
  /** What Astro rendered for `pathname`: exactly the bytes it will write, or none when it writes something else. */
  rendered(pathname: string, type: string, body: Buffer | undefined): void;
}

export function renderTap(watcher: RenderWatcher): AstroIntegration {
  return {
    name: 'styrdok:render-tap',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((base) => ({
          ...base,
          name: 'styrdok:render-tap',
          async getStaticPaths() {
            const paths = await base.getStaticPaths();
            watcher.listed(paths.map(({ pathname, route }) => ({ pathname, component: route.component, type: route.type })));
            return paths;
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
