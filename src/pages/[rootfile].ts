/**
 * Files at the site's root: the sitemap (from the page registry: every page in both languages,
 * each with its es, en and x-default alternates — @astrojs/sitemap pairs only identical paths,
 * ours are translated), its older names, and `_headers` for static hosts that read one (the same
 * Content-Security-Policy as the pages' meta tag, plus headers a meta tag cannot set). Files whose
 * name starts with "_" are not routes in Astro, hence this parameterised endpoint.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '../content/model';
import { allFiles, indexableRoutes } from '../lib/routes';
import { fileUrl, rootUrl, urlFor } from '../lib/urls';
import { absolute, SITE_URL } from '../lib/site';
import { CONTENT_SECURITY_POLICY } from '../lib/security';
import { getLibrary } from '../lib/load-library';

export const getStaticPaths = (async () => [...allFiles('sitemap', await getLibrary()).map((f) => ({ params: { rootfile: f.name } })), { params: { rootfile: '_headers' } }]) satisfies GetStaticPaths;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const loc = (path: string) => esc(absolute(path) ?? path);
const note = () => (SITE_URL ? '' : '<!-- SITE_URL is not set: these URLs are site-relative; set it for a production build -->\n');

export const GET: APIRoute = ({ params, locals }) => {
  const name = params.rootfile!;
  if (name === '_headers') {
    return new Response(
      [
        '/*',
        `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
        '  Referrer-Policy: no-referrer',
        '  X-Content-Type-Options: nosniff',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
        // Astro names built assets by content hash: they never change under the same name
        '/_astro/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n'),
      { headers: { 'Content-Type': 'text/plain' } },
    );
  }
  if (name === 'sitemap-index.xml') {
    // the index the site published before its sitemap was generated from the page registry
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n${note()}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${loc(fileUrl({ type: 'sitemap', name: 'sitemap.xml' }))}</loc></sitemap></sitemapindex>\n`;
    return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
  }
  const urls = indexableRoutes(locals.lib).flatMap((route) =>
    LANGS.map((lang) => {
      const alternates = LANGS.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${loc(urlFor(l, route))}"/>`).join('');
      return `<url><loc>${loc(urlFor(lang, route))}</loc>${alternates}<xhtml:link rel="alternate" hreflang="x-default" href="${loc(rootUrl())}"/></url>`;
    }),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${note()}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
