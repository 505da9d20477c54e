/**
 * The production build: the site built with its public address and under a sub-path, as a
 * GitHub Pages project site would be (`npm run build:subpath`, SITE_URL=https://evidencia.example.org,
 * BASE_PATH=/evidencia/, into dist-subpath/; npm test builds it after dist/). Every link stays
 * under the base path and resolves; permalinks, canonical links, citations, exports, open data
 * and the sitemap carry the configured origin; nothing says the address is missing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, idsOf, linksOf } from '../support/dist';

const ROOT = join(import.meta.dirname, '..', '..', 'dist-subpath');
const ORIGIN = 'https://evidencia.example.org';
const BASE = '/evidencia/';

const pages: string[] = [];
const html = new Map<string, string>();
const read = (sitePath: string) => {
  if (!html.has(sitePath)) html.set(sitePath, readFileSync(fileOf(sitePath), 'utf8'));
  return html.get(sitePath)!;
};
/** the file a site path under BASE names, or undefined when the path is outside the base */
function fileOf(sitePath: string): string {
  const clean = decodeURIComponent(sitePath.split('#')[0].split('?')[0]);
  if (!clean.startsWith(BASE)) throw new Error(`outside the base path: ${sitePath}`);
  const rel = clean.slice(BASE.length);
  return join(ROOT, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'es', 'index.html'))) throw new Error('dist-subpath/ is missing: run `npm run build:subpath` (npm test does)');
  pages.push(...htmlPages(ROOT).map((p) => BASE + p.slice(1)));
});

describe('production build under a sub-path', () => {
  it('every internal link stays under the base path and resolves, fragments included', () => {
    expect(pages.length).toBeGreaterThan(200);
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const link of linksOf(read(page))) {
        if (/^(mailto:|tel:|data:)/.test(link) || link === '') continue;
        const url = new URL(link, `${ORIGIN}${page}`);
        if (url.origin !== ORIGIN) continue;
        checked++;
        if (!url.pathname.startsWith(BASE)) {
          broken.push(`${page} → ${link} (outside ${BASE})`);
          continue;
        }
        if (!existsSync(fileOf(url.pathname))) broken.push(`${page} → ${link}`);
        else if (url.hash && url.pathname.endsWith('/') && !idsOf(read(url.pathname)).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${link} (no id)`);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(broken.slice(0, 50)).toEqual([]);
  });

  it('canonical links, citations and page metadata carry the configured origin; no "not configured" notice', () => {
    const bad: string[] = [];
    for (const page of pages) {
      const h = read(page);
      if (h.includes('data-site-url="missing"')) bad.push(`${page}: notice`);
      const canonical = h.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      // a moved page's canonical is its new address
      const moved = h.match(/<meta http-equiv="refresh" content="0; url=([^"]+)"/)?.[1];
      const expected = `${ORIGIN}${moved ?? page}`;
      if (!page.endsWith('404.html') && canonical !== undefined && canonical !== expected) bad.push(`${page}: canonical ${canonical}`);
      for (const [, url] of h.matchAll(/<meta name="citation_public_url" content="([^"]+)"/g)) if (!url.startsWith(`${ORIGIN}${BASE}`)) bad.push(`${page}: ${url}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
    const item = read(`${BASE}en/evaluations/ilo-alianzas-2021/recommendations/1/`);
    expect(item).toContain(`${ORIGIN}${BASE}en/evaluations/ilo-alianzas-2021/`);
    expect(item).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}en/evaluations/ilo-alianzas-2021/recommendations/1/">`);
  });

  it('the search page loads its index from under the base path', () => {
    const page = read(`${BASE}es/buscar/`);
    expect(page).toContain(`data-pagefind="${BASE}pagefind/pagefind.js"`);
    expect(existsSync(join(ROOT, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('exports, open data and the sitemap give absolute URLs under the base', () => {
    const bib = readFileSync(join(ROOT, 'cite/es/usaid-chs-2020.bib'), 'utf8');
    expect(bib).toContain(`url = {${ORIGIN}${BASE}es/evaluaciones/usaid-chs-2020/}`);
    const items = JSON.parse(readFileSync(join(ROOT, 'data/items.json'), 'utf8')) as { url: { es: string } }[];
    for (const it of items) expect(it.url.es.startsWith(`${ORIGIN}${BASE}es/`)).toBe(true);
    const sitemap = readFileSync(join(ROOT, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(200);
    for (const loc of locs) {
      expect(loc.startsWith(`${ORIGIN}${BASE}`)).toBe(true);
      expect(existsSync(fileOf(new URL(loc).pathname)), loc).toBe(true);
    }
  });
});
