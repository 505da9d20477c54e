// @ts-check
import { defineConfig } from 'astro/config';

// The production origin (citations, permalinks, canonical links, the sitemap): SITE_URL, set in
// one place; without it the site builds with relative links (src/lib/site.ts). BASE_PATH serves
// the site under a sub-path, e.g. /evidencia/ for a GitHub Pages project site.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Report chapters are MDX read as data and rendered passage by passage (src/report/): the
  // content layer's loaders keep them as text, so no chapter is compiled as a module.
  vite: {
    build: {
      // never inline scripts: the Content-Security-Policy allows only files from the site's origin
      assetsInlineLimit: 0,
    },
  },
  // INCREMENTAL_BUILD=1: pages whose content did not change are kept from the last build (their keys:
  // src/lib/incremental.ts). Off by default: a clean build never depends on a cache.
  experimental: { incrementalBuild: process.env.INCREMENTAL_BUILD === '1' },
  prefetch: false,
  devToolbar: { enabled: false },
});
