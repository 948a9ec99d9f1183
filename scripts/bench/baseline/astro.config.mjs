// @ts-check
// The plain Astro baseline of the benchmark: the same content files as a content collection,
// rendered by Astro's own Markdown pipeline with a minimal layout, indexed by the Pagefind CLI.
import { defineConfig } from 'astro/config';

export default defineConfig({ outDir: process.env.BASELINE_DIST ?? 'dist', trailingSlash: 'always', build: { format: 'directory' } });
