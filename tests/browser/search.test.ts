/**
 * Search in Chromium over the real index: filtering by institution returns exactly the items
 * items.json lists for that institution, in each language; aliases and accents find the same
 * institution; the UI's filters and URL state work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONNECT_BUDGET_MS, PAGE_BUDGET_MS, SETTLE, startSite, type Site } from '../support/site';
import { htmlPages, openData, pathOf, readPage, textOf } from '../support/dist';
import { library } from '../support/library';
import { urlFor } from '../../src/lib/urls';

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, CONNECT_BUDGET_MS);
afterAll(async () => site?.close());

const searchPath = { es: urlFor('es', { type: 'search' }), en: urlFor('en', { type: 'search' }) } as const;

/** Pagefind's JS API in the page (passed as source text so the test runner does not rewrite import()). */
async function apiSearch(page: Page, term: string | null, filters: Record<string, string[]> = {}): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const r = await pf.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(r.results.map((x) => x.data()));
    return data.map((d) => d.url);
  })()`);
}

describe.each(['es', 'en'] as const)('search (%s)', (lang) => {
  it('the two institution filters equal items.json for every institution: "addressee" (addressees) and "institution" (actors), with their counts', async () => {
    const { items, actors } = openData();
    const page = await site.open(searchPath[lang]);
    await page.waitForSelector('[data-search-root][data-ready="true"]');
    const counts = (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      return pf.filters();
    })()`)) as Record<string, Record<string, number>>;
    const mismatches: string[] = [];
    let checked = 0;
    for (const [filter, field] of [['addressee', 'addressees'], ['institution', 'actors']] as const) {
      for (const actor of actors) {
        const expected = items.filter((i) => i[field].includes(actor.id)).map((i) => pathOf(i.url[lang])).sort();
        const name = actor.name[lang];
        if ((counts[filter]?.[name] ?? 0) !== expected.length) mismatches.push(`${filter} ${actor.id}: count ${counts[filter]?.[name] ?? 0}, expected ${expected.length}`);
        if (!expected.length) continue;
        const got = (await apiSearch(page, null, { [filter]: [name] })).map((u) => new URL(u, site.origin).pathname).sort();
        checked++;
        if (JSON.stringify(got) !== JSON.stringify(expected)) mismatches.push(`${filter} ${actor.id}: got ${got.length}, expected ${expected.length}`);
      }
    }
    // no filter value that is not an institution of the registry
    const names = new Set(actors.map((a) => a.name[lang]));
    for (const f of ['addressee', 'institution']) for (const v of Object.keys(counts[f] ?? {})) if (!names.has(v)) mismatches.push(`${f}: unknown value ${v}`);
    expect(checked).toBeGreaterThan(20);
    expect(mismatches).toEqual([]);
  });

  it('filtering by priority and by timeframe returns exactly the recommendations with that note', async () => {
    const { items } = openData();
    const labels = {
      priority: { es: { 'very-high': 'Muy alta', high: 'Alta', medium: 'Media', low: 'Baja' }, en: { 'very-high': 'Very high', high: 'High', medium: 'Medium', low: 'Low' } }[lang] as Record<string, string>,
      timeframe: { es: { short: 'Corto plazo', medium: 'Mediano plazo', long: 'Largo plazo' }, en: { short: 'Short term', medium: 'Medium term', long: 'Long term' } }[lang] as Record<string, string>,
    };
    const page = await site.open(searchPath[lang]);
    await page.waitForSelector('[data-search-root][data-ready="true"]');
    let checked = 0;
    for (const [field, key] of [['priority', 'priorityLevel'], ['timeframe', 'timeframeLevel']] as const) {
      for (const level of Object.keys(labels[field])) {
        const expected = items.filter((i) => i.recommendation?.[key] === level).map((i) => pathOf(i.url[lang])).sort();
        if (!expected.length) continue;
        const got = (await apiSearch(page, null, { [field]: [labels[field][level]] })).map((u) => new URL(u, site.origin).pathname).sort();
        expect(got, `${field}=${level}`).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('the UI filter by institution shows the same count, from a shareable URL', async () => {
    const { items, actors } = openData();
    const target = actors
      .map((a) => ({ a, n: items.filter((i) => i.addressees.includes(a.id)).length }))
      .sort((x, y) => y.n - x.n)[0].a;
    const expected = items.filter((i) => i.actors.includes(target.id)).length;
    const page = await site.open(`${searchPath[lang]}?institution=${encodeURIComponent(target.name[lang])}`);
    await page.waitForSelector('[data-search-root][data-ready="true"]');
    await expect.poll(() => page.getAttribute('[data-search-root]', 'data-result-count'), SETTLE).toBe(String(expected));
    // on a phone the panel stays closed (its counts load when it opens); the filter shows as a chip
    expect(await page.locator('input[data-filter-key]').count()).toBe(0);
    expect(await page.locator('button[data-remove-filter="institution"]').count()).toBe(1);
    await page.click('.search-filters-panel > summary');
    const checkbox = page.locator(`input[data-filter-key="institution"][value="${target.name[lang]}"]`);
    await checkbox.waitFor();
    expect(await checkbox.isChecked()).toBe(true);
    // removing the filter (its chip above the results, on a phone too) clears the search
    await page.click('button[data-remove-filter="institution"]');
    await expect.poll(() => page.locator('.search-result').count(), SETTLE).toBe(0);
    expect(new URL(page.url()).search).toBe('');
  });

  it('a shared link with two filters fetches only those two filters’ files for its first results', async () => {
    const { items, actors } = openData();
    const mimp = actors.find((a) => a.id === 'mimp')!;
    const page = await site.context.newPage();
    const filterFiles = new Set<string>();
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.includes('/pagefind/filter/')) filterFiles.add(r.url());
    });
    const type = lang === 'es' ? 'Recomendación' : 'Recommendation';
    await page.goto(`${site.origin}${searchPath[lang]}?institution=${encodeURIComponent(mimp.name[lang])}&type=${encodeURIComponent(type)}`);
    await page.waitForSelector('[data-search-root][data-ready="true"]');
    const expected = items.filter((i) => i.kind === 'recommendation' && i.actors.includes('mimp')).length;
    expect(await page.getAttribute('[data-search-root]', 'data-result-count')).toBe(String(expected));
    expect(filterFiles.size).toBe(2);
    await page.close();
  });

  it('the filter panel loads on demand, counts the current query, and narrows it', async () => {
    const page = await site.open(`${searchPath[lang]}?q=${lang === 'es' ? 'trata' : 'trafficking'}`);
    await page.waitForSelector('[data-search-root][data-ready="true"]');
    const all = Number(await page.getAttribute('[data-search-root]', 'data-result-count'));
    expect(all).toBeGreaterThan(10);
    expect(await page.locator('input[data-filter-key]').count()).toBe(0);
    await page.click('.search-filters-panel > summary');
    const type = lang === 'es' ? 'Recomendación' : 'Recommendation';
    const box = page.locator(`input[data-filter-key="type"][value="${type}"]`);
    await box.waitFor();
    const label = await page.locator(`label[for="${await box.getAttribute('id')}"]`).innerText();
    const counted = Number(label.match(/\((\d+)\)$/)![1]);
    expect(counted).toBeGreaterThan(0);
    await box.check();
    await expect.poll(() => page.getAttribute('[data-search-root]', 'data-result-count'), SETTLE).toBe(String(counted));
    expect(counted).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('type')).toBe(type);
  });

  it('finds an institution by its acronym, short name or full name, with or without accents', async () => {
    const { actors } = openData();
    const mimp = actors.find((a) => a.acronym === 'MIMP')!;
    const page = await site.open(searchPath[lang]);
    await page.waitForSelector('[data-search-root][data-ready="true"]');
    const actorPage = pathOf(mimp.url[lang]);
    for (const q of ['MIMP', 'Ministerio de la Mujer', 'ministerio de la mujer y poblaciones vulnerables']) {
      const urls = (await apiSearch(page, q)).map((u) => new URL(u, site.origin).pathname);
      expect(urls.slice(0, 5), `"${q}"`).toContain(actorPage);
    }
    const withAccent = await apiSearch(page, 'Ministerio Público');
    const without = await apiSearch(page, 'ministerio publico');
    expect(without.length).toBeGreaterThan(0);
    expect(without.sort()).toEqual(withAccent.sort());
  });

  it('shows results as links with escaped excerpts when typing', async () => {
    const page = await site.open(searchPath[lang]);
    await page.waitForSelector('[data-search-root][data-ready="true"]');
    await page.fill('#search-q', lang === 'es' ? 'reintegración' : 'reintegration');
    await expect.poll(() => page.locator('.search-result').count(), SETTLE).toBeGreaterThan(0);
    const hrefs = await page.locator('.search-result > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const h of hrefs) expect(h).toMatch(new RegExp(`^/${lang}/`));
    expect(await page.locator('.search-result script, .search-result img').count()).toBe(0);
  });
});

describe('search in the reader’s language', () => {
  it('finds, by a Spanish word that only its Spanish translation has, a chapter the 2024 report wrote in English', async () => {
    const lib = library();
    const report = lib.reports.get('ilo-alianzas-2024')!;
    // the text of every page the Spanish index holds (its data-pagefind-body), lower-cased; a
    // word's substring anywhere in another page's body counts as that page having it (stricter)
    const bodyOf = (html: string) => html.split('data-pagefind-body')[1]?.split('</article>')[0] ?? '';
    const bodies = new Map(
      htmlPages()
        .filter((p) => p.startsWith(urlFor('es', { type: 'home' })) && readPage(p).includes('data-pagefind-body'))
        .map((p) => [p, bodyOf(readPage(p)).toLowerCase()]),
    );
    const englishChapters = report.chapters.filter((c) => c.meta.lang === 'en' && c.meta.textStatus !== 'official-translation');
    let found: { word: string; path: string } | undefined;
    for (const c of englishChapters) {
      const path = urlFor('es', { type: 'chapter', evaluation: report.evaluation, chapter: c.slug });
      if (!bodies.has(path)) continue;
      // a Spanish word (accented, so no English word shares its stem) only this page has
      const words = new Set(textOf(bodies.get(path)!).match(/\p{L}{9,}/gu) ?? []);
      const word = [...words].find((w) => /[áéíóúñ]/.test(w) && [...bodies].every(([p, b]) => p === path || !b.includes(w)));
      if (word) {
        found = { word, path };
        break;
      }
    }
    expect(found, 'a Spanish word unique to a translated chapter').toBeDefined();
    const page = await site.open(searchPath.es);
    await page.waitForSelector('[data-search-root][data-ready="true"]');
    const urls = (await apiSearch(page, found!.word)).map((u) => new URL(u, site.origin).pathname);
    expect(urls).toContain(found!.path);
    await page.close();
  }, PAGE_BUDGET_MS);
});
