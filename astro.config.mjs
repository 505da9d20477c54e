// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkAnchors from './src/markdown/remark-anchors.ts';

// The canonical origin used in citations, permalinks and the sitemap. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://evidencia-trata-peru.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['es', 'en'],
    defaultLocale: 'es',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm, remarkAnchors], smartypants: false }),
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'es', locales: { es: 'es-PE', en: 'en' } },
    }),
  ],
  vite: {
    build: {
      // never inline scripts: the Content-Security-Policy allows only files from the site's origin
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules carry an Astro-internal directive that the bundler reports once per chapter: noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  prefetch: false,
  devToolbar: { enabled: false },
});
