// @ts-check
import { defineConfig } from 'astro/config';
import { styrdokEnvironment } from './src/config/environment.ts';

const environment = styrdokEnvironment();

export default defineConfig({
  site: environment.site,
  // '/styrdok/' on a GitHub project site (STYRDOK_BASE): Astro's own files go under it, and
  // src/lib/routes/urls.ts and renderHtml put it before every address they write.
  base: environment.basePath,
  // The build script points this at a temporary folder and swaps it in only when all succeeded.
  outDir: environment.outDir,
  // Builds of different content folders (the tests run several at once) must not share a data store.
  ...(environment.cacheDir ? { cacheDir: environment.cacheDir } : {}),
  trailingSlash: 'always',
  // Pages wait on file writes more than on the processor; rendering several at once keeps it busy.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Pages render Markdown through src/markdown; no page ships client-side scripts of Astro's own.
  devToolbar: { enabled: false },
  prefetch: false,
  // A rebuild copies the pages whose data and code are unchanged from the last build instead of
  // rendering them again; src/lib/site/page-cache-keys.ts says what each page's data is.
  experimental: { incrementalBuild: true },
  // Every script goes to a file of its own under /_astro/, however small: the Content-Security-Policy
  // (src/lib/site/content-security-policy.ts) runs scripts from files only, never inline.
  vite: {
    build: { assetsInlineLimit: 0 },
    // `npm run dev` watches the project for code edits (the loader watches content/ itself); the
    // built sites, test output and caches are not code, and there are hundreds of thousands of them.
    server: { watch: { ignored: ['**/dist/**', '**/dist.*/**', '**/tests/.output/**', '**/.bench/**', '**/node_modules/**'] } },
  },
});
