/** Every page exists in both languages, says so with hreflang, and has the right <html lang>. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { DIST, fileFor, htmlPages, readPage, requireDist } from '../support/dist';

beforeAll(requireDist);

const alternates = (html: string) =>
  Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]).pathname]));

describe('language counterparts', () => {
  it('every /es/ and /en/ page has <html lang>, hreflang alternates for both languages, and a counterpart that points back', () => {
    const problems: string[] = [];
    const pages = htmlPages().filter((p) => p.startsWith('/es/') || p.startsWith('/en/'));
    expect(pages.length).toBeGreaterThan(200);
    for (const page of pages) {
      const lang = page.slice(1, 3);
      const other = lang === 'es' ? 'en' : 'es';
      const html = readPage(page);
      if (!html.includes(`<html lang="${lang}"`)) problems.push(`${page}: <html lang> is not ${lang}`);
      const alt = alternates(html);
      if (alt[lang] !== page) problems.push(`${page}: hreflang=${lang} points to ${alt[lang]}`);
      if (!alt[other] || !existsSync(fileFor(alt[other]))) {
        problems.push(`${page}: no ${other} counterpart (${alt[other]})`);
        continue;
      }
      if (alternates(readPage(alt[other]))[lang] !== page) problems.push(`${page}: its counterpart ${alt[other]} does not point back`);
      const switchHref = html.match(/<a class="lang-switch" href="([^"]+)"/)?.[1];
      if (switchHref !== alt[other]) problems.push(`${page}: the language switch goes to ${switchHref}, not ${alt[other]}`);
    }
    expect(problems.slice(0, 30)).toEqual([]);
    const es = pages.filter((p) => p.startsWith('/es/')).length;
    expect(pages.length - es).toBe(es);
  });

  it('the sitemap lists every page with its alternate', () => {
    const sitemap = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
    const locs = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    const missing = htmlPages().filter((p) => (p.startsWith('/es/') || p.startsWith('/en/')) && !locs.has(p));
    expect(missing.slice(0, 20)).toEqual([]);
    expect(sitemap).toContain('hreflang="en"');
  });
});
