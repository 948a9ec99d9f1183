import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { listedPaths, renderTap } from '../../scripts/publish/render-tap.ts';

type Event = [string, ...unknown[]];

/** The prerenderer the tap puts around `base`, and what it reported. */
function tapped(base: AstroPrerenderer) {
  const events: Event[] = [];
  let wrap: ((base: AstroPrerenderer) => AstroPrerenderer) | undefined;
  const hook = renderTap({
    listed: (paths) => events.push(['listed', paths.map((path) => path.pathname)]),
    started: (pathname) => events.push(['started', pathname]),
    rendered: (pathname, type, body) => events.push(['rendered', pathname, type, body?.toString('utf8')]),
  }).hooks['astro:build:start'] as (options: unknown) => void;
  hook({
    setPrerenderer: (prerenderer: typeof wrap) => {
      wrap = prerenderer;
    },
  });
  return { prerenderer: (wrap as NonNullable<typeof wrap>)(base), events };
}

const route = (type: string) => ({ routeData: { type } }) as never;

describe('the render tap', () => {
  const base: AstroPrerenderer = {
    name: 'default',
    getStaticPaths: async () => [{ pathname: '/å/', route: { component: 'src/pages/a.astro', type: 'page' } } as never],
    render: async (request) => {
      const { pathname } = new URL(request.url);
      if (pathname === '/404/') return new Response('<h1>Sidan finns inte</h1>', { status: 404 });
      if (pathname === '/gammal/') return new Response(null, { status: 301, headers: { location: '/ny/' } });
      return { response: new Response('<h1>Sida</h1>', { status: 200, headers: { 'x-sida': 'ja' } }), metadata: { key: 1 } as never };
    },
  };

  it('passes on the list of paths and each page, and gives Astro the same bytes back', async () => {
    const { prerenderer, events } = tapped(base);
    expect(await prerenderer.getStaticPaths()).toHaveLength(1);
    const result = (await prerenderer.render(new Request('http://x/%C3%A5/'), route('page'))) as {
      response: Response;
      metadata: unknown;
    };
    expect(await result.response.text()).toBe('<h1>Sida</h1>');
    expect(result.response.headers.get('x-sida')).toBe('ja');
    expect(result.metadata).toEqual({ key: 1 });
    expect(events).toEqual([
      ['listed', ['/å/']],
      ['started', '/å/'],
      ['rendered', '/å/', 'page', '<h1>Sida</h1>'],
    ]);
  });

  it('reports every path it renders, the 404 page and redirects included, so none holds up the rest', async () => {
    const { prerenderer, events } = tapped(base);
    const notFound = (await prerenderer.render(new Request('http://x/404/'), route('page'))) as Response;
    expect(notFound.status).toBe(404);
    const moved = (await prerenderer.render(new Request('http://x/gammal/'), route('redirect'))) as Response;
    expect(moved.status).toBe(301);
    expect(events).toEqual([
      ['started', '/404/'],
      ['rendered', '/404/', 'page', '<h1>Sidan finns inte</h1>'],
      ['started', '/gammal/'],
      ['rendered', '/gammal/', 'redirect', undefined],
    ]);
  });

  it('takes the paths as Astro 7.4 gives them, with their metadata, and hands the same result back', async () => {
    const wrapped = {
      paths: [{ pathname: '/b/', route: { component: 'src/pages/b.astro', type: 'page' } }],
      metadata: { staticImages: [] },
    };
    const { prerenderer, events } = tapped({ ...base, getStaticPaths: async () => wrapped as never });
    expect(await prerenderer.getStaticPaths()).toBe(wrapped);
    expect(events).toEqual([['listed', ['/b/']]]);
  });

  it('stops with a message for the developer when Astro gives the paths in a shape it does not know', () => {
    expect(() => listedPaths({ routes: [] } as never)).toThrow(/getStaticPaths\(\) in a shape the build does not know.*render-tap\.ts/);
  });
});
