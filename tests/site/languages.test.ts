/** Every page of the registry is built in both languages, says so with hreflang, and is in the sitemap with its alternates. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { LANGS } from '../../src/content/model';
import { urlFor } from '../../src/lib/urls';
import { DIST, fileFor, pathOf, readPage, requireDist } from '../support/dist';
import { indexablePageRoutes as pageRoutes } from '../support/pages';
import { LOAD_BUDGET_MS } from '../support/library';

beforeAll(() => {
  requireDist();
  pageRoutes();
}, LOAD_BUDGET_MS);

const alternates = (html: string) => Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], pathOf(m[2])]));

describe('language counterparts', () => {
  it('every page exists in both languages, with <html lang>, hreflang for both, and a language switch to its counterpart', () => {
    const problems: string[] = [];
    for (const route of pageRoutes()) {
      for (const lang of LANGS) {
        const other = lang === 'es' ? 'en' : 'es';
        const page = urlFor(lang, route);
        if (!existsSync(fileFor(page))) {
          problems.push(`${page}: not built`);
          continue;
        }
        const html = readPage(page);
        if (!html.includes(`<html lang="${lang}"`)) problems.push(`${page}: <html lang> is not ${lang}`);
        const alt = alternates(html);
        if (alt[lang] !== page) problems.push(`${page}: hreflang=${lang} points to ${alt[lang]}`);
        if (alt[other] !== urlFor(other, route)) problems.push(`${page}: hreflang=${other} points to ${alt[other]}`);
        const switchHref = html.match(/<a class="lang-switch" href="([^"]+)"/)?.[1];
        if (switchHref !== urlFor(other, route)) problems.push(`${page}: the language switch goes to ${switchHref}`);
      }
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('lists every page in both languages, each with its es, en and x-default alternates, and no locale tag like es-PE', () => {
    const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>([\s\S]*?)<\/url>/g)].map((m) => ({ loc: pathOf(m[1]), alternates: Object.fromEntries([...m[2].matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], pathOf(a[2])])) }));
    const byLoc = new Map(entries.map((e) => [e.loc, e]));
    const problems: string[] = [];
    for (const route of pageRoutes()) {
      for (const lang of LANGS) {
        const e = byLoc.get(urlFor(lang, route));
        if (!e) problems.push(`${urlFor(lang, route)}: missing`);
        else if (e.alternates.es !== urlFor('es', route) || e.alternates.en !== urlFor('en', route) || !e.alternates['x-default']) problems.push(`${e.loc}: alternates ${JSON.stringify(e.alternates)}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(entries.length).toBe(pageRoutes().length * LANGS.length);
    expect(sitemap).not.toMatch(/hreflang="[a-z]{2}-[A-Z]{2}"/);
  });
});
