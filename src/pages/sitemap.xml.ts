/**
 * The sitemap, from the page registry: every page in both languages, each with its alternates
 * (xhtml:link, hreflang es and en and x-default). @astrojs/sitemap pairs only identical paths;
 * ours are translated. URLs are absolute when SITE_URL is set (a sitemap needs them).
 */
import type { APIRoute } from 'astro';
import { LANGS } from '../content/model';
import { allRoutes } from '../lib/routes';
import { rootUrl, urlFor } from '../lib/urls';
import { absolute, SITE_URL } from '../lib/site';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = ({ locals }) => {
  const loc = (path: string) => esc(absolute(path) ?? path);
  const urls = allRoutes(locals.lib).flatMap((route) =>
    LANGS.map((lang) => {
      const alternates = LANGS.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${loc(urlFor(l, route))}"/>`).join('');
      return `<url><loc>${loc(urlFor(lang, route))}</loc>${alternates}<xhtml:link rel="alternate" hreflang="x-default" href="${loc(rootUrl())}"/></url>`;
    }),
  );
  const note = SITE_URL ? '' : '<!-- SITE_URL is not set: these URLs are site-relative; set it for a production build -->\n';
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${note}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
