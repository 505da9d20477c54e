/** Every page of the registry is built in both languages, says so with hreflang, and is in the sitemap with its alternates. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { LANGS } from '../../src/content/model';
import { urlFor } from '../../src/lib/urls';
import { DIST, fileFor, pathOf, readPage, requireDist } from '../support/dist';
import { indexablePageRoutes as pageRoutes } from '../support/pages';
import { LOAD_BUDGET_MS } from '../support/library';
import { parseHTML } from 'linkedom';
import { dictionaries } from '../../src/i18n';

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

describe('interface language', () => {
  /**
   * Fragments of the other language's UI strings (placeholders split out) that are long enough to
   * be unambiguous and that the page's own dictionary does not share.
   */
  function foreignFragments(lang: 'es' | 'en'): string[] {
    const mine = dictionaries[lang] as Record<string, unknown>;
    const theirs = dictionaries[lang === 'es' ? 'en' : 'es'] as Record<string, unknown>;
    const flat = (v: unknown) => (typeof v === 'string' ? [v] : Object.values(v as Record<string, string>));
    const own = new Set(Object.values(mine).flatMap(flat));
    return [
      ...new Set(
        Object.entries(theirs)
          .filter(([k]) => !k.startsWith('lang.name.'))
          .flatMap(([, v]) => flat(v))
          .filter((s) => !own.has(s))
          .flatMap((s) => s.split(/\{[^}]+\}/))
          .map((s) => s.trim())
          .filter((s) => s.length >= 14 && /\s/.test(s)),
      ),
    ];
  }

  it('no UI string of the other language on any page, outside passages marked with their lang', () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      const fragments = foreignFragments(lang);
      expect(fragments.length).toBeGreaterThan(100);
      for (const route of pageRoutes()) {
        const path = urlFor(lang, route);
        const { document } = parseHTML(readPage(path));
        // what is marked as another language is that language's, rightly
        for (const el of [...document.querySelectorAll(`[lang]:not([lang="${lang}"]), script, style, code, template`)]) el.remove();
        // words quoted from the reports inside the editors' notes («…», “…”) are the reports' own
        const text = (document.body?.textContent ?? '').replace(/\s+/g, ' ').replace(/«[^»]*»|“[^”]*”/g, ' ');
        for (const f of fragments) if (text.includes(f)) problems.push(`${path}: «${f}»`);
      }
    }
    expect(problems.slice(0, 40)).toEqual([]);
  });
});

describe('the home page', () => {
  it('says, for each evaluation, the language of its report and that it reads in full in the other, whose words where', async () => {
    const { library } = await import('../support/library');
    const lib = library();
    for (const lang of LANGS) {
      const { document } = parseHTML(readPage(urlFor(lang, { type: 'home' })));
      const t = dictionaries[lang];
      const cards = [...document.querySelectorAll('.card')];
      expect(cards.length).toBe(lib.evaluations.length);
      for (const ev of lib.evaluations) {
        const card = cards.find((c) => c.querySelector('h3 a')?.getAttribute('href') === urlFor(lang, { type: 'evaluation', evaluation: ev.id }))!;
        const text = card.textContent!.replace(/\s+/g, ' ');
        const name = t[`lang.name.${ev.language}` as keyof typeof t] as string;
        expect(text, ev.id).toContain(name);
        // the share that reads in the other language, as a percentage
        expect(text, ev.id).toMatch(/\d+\s?%/);
      }
      // the USAID report translates its own executive summary; the ILO 2021 report translates nothing
      const says = (id: string) => cards.find((c) => c.querySelector('h3 a')?.getAttribute('href') === urlFor(lang, { type: 'evaluation', evaluation: id }))!.textContent!.replace(/\s+/g, ' ');
      const official = (t['home.reportLanguageOfficial'] as string).split(/\{[a-z]+\}/).pop()!.slice(-30);
      expect(says('usaid-chs-2020')).toContain(official);
      expect(says('ilo-alianzas-2021')).not.toContain(official);
      // institutions by name in the reader's language, not bare acronyms
      const chips = [...document.querySelectorAll('ul.tags a')].map((a) => a.textContent!.replace(/\s*\(\d+\)\s*$/, '').trim());
      expect(chips).toContain(lib.actor.get('mimp')!.name[lang]);
      expect(chips).not.toContain('MIMP');
    }
  }, LOAD_BUDGET_MS);
});
