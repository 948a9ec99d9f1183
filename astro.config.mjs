// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.STYRDOK_SITE ?? 'https://styrdok.example.se',
  // The build script points this at a temporary folder and swaps it in only when all succeeded.
  outDir: process.env.STYRDOK_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages render Markdown through src/markdown; no page ships client-side scripts of Astro's own.
  devToolbar: { enabled: false },
  prefetch: false,
});
