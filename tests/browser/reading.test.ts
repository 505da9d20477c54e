/**
 * Reading as the readers do (issue 13), in Chromium: a 360 px phone (no page wider than the
 * screen, on every page type and the longest pages), search by keyboard only (focus kept at each
 * step), a query typed before the search script is ready, and an item printed for a memo (its
 * citation and permalink first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { LANGS } from '../../src/content/model';
import { itemRoute, urlFor } from '../../src/lib/urls';
import { CONNECT_BUDGET_MS, PAGE_BUDGET_MS, SETTLE, startSite, type Site } from '../support/site';
import { pageRoutes, samplePages } from '../support/pages';
import { library, LOAD_BUDGET_MS } from '../support/library';
import { fileFor } from '../support/dist';

let phone: Site;
beforeAll(async () => {
  pageRoutes();
  phone = await startSite({ viewport: { width: 360, height: 740 } });
}, LOAD_BUDGET_MS + CONNECT_BUDGET_MS);
afterAll(async () => phone?.close());

/** every page type, plus the five biggest pages of the build (long chapters, wide tables) */
function phonePages(lang: (typeof LANGS)[number]): string[] {
  const bySize = pageRoutes()
    .map((r) => urlFor(lang, r))
    .map((p) => ({ p, size: statSync(fileFor(p)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 5)
    .map((x) => x.p);
  return [...new Set([...Object.values(samplePages(lang)), ...bySize])];
}

describe.each(LANGS)('on a 360 px phone (%s)', (lang) => {
  it.concurrent.each(phonePages(lang))(
    '%s is no wider than the screen',
    async (path) => {
      const page = await phone.open(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && e.getClientRects().length > 0)
          // what sits in a region that scrolls on its own (tables, the menu) is reachable; what is clipped is lost
          .filter((e) => {
            for (let p = e.parentElement; p; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX;
              if (o === 'auto' || o === 'scroll') return false;
            }
            return !e.closest('.sr-only');
          })
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 30)}" right=${Math.round(e.getBoundingClientRect().right)}`),
      );
      await page.close();
      expect({ width, wide }).toEqual({ width: 360, wide: [] });
    },
    PAGE_BUDGET_MS,
  );
});

describe('search by keyboard only', () => {
  it(
    'types, filters, removes the filter — focus stays where the reader is at each step',
    async () => {
      const page = await phone.open(urlFor('es', { type: 'search' }));
      await page.waitForSelector('[data-search-root][data-ready="true"]');
      await page.focus('#search-q');
      await page.keyboard.type('trata');
      await page.waitForSelector('.search-result');
      // open the filter panel from the keyboard
      await page.focus('.search-filters-panel > summary');
      await page.keyboard.press('Enter');
      await page.waitForSelector('input[data-filter-key="type"]');
      // Tab from the summary reaches a checkbox of the first group without passing hidden values
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => (document.activeElement as HTMLInputElement).dataset.filterKey ?? document.activeElement?.tagName);
      expect(first).toBe('type');
      const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
      await page.keyboard.press('Space');
      await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('type')), SETTLE).toBe(value);
      // the panel was updated in place: focus is still on that checkbox
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(value);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
      // the active filter sits before the panel, and removing it keeps focus in the search
      const chipBeforePanel = await page.evaluate(() => {
        const chip = document.querySelector('button[data-remove-filter="type"]')!;
        const panel = document.querySelector('.search-filters-panel')!;
        return Boolean(chip.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(chipBeforePanel).toBe(true);
      await page.focus('button[data-remove-filter="type"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('type')), SETTLE).toBe(null);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), SETTLE).toBe('search-q');
      // no value without results is in the tab order
      const hiddenFocusable = await page.evaluate(() => [...document.querySelectorAll<HTMLLIElement>('.filter-values li')].filter((li) => li.hidden && li.offsetParent !== null).length);
      expect(hiddenFocusable).toBe(0);
      await page.close();
    },
    PAGE_BUDGET_MS,
  );

  it(
    'keeps what was typed before the search script was ready, and searches it',
    async () => {
      const page = await phone.context.newPage();
      // a slow link: the search index's script arrives only once the reader has typed (held
      // until then, not for a fixed time that a loaded machine could outlast)
      let release!: () => void;
      const typed = new Promise<void>((r) => (release = r));
      await page.route('**/pagefind/pagefind.js', async (route) => {
        await typed;
        await route.continue();
      });
      await page.goto(`${phone.origin}${urlFor('es', { type: 'search' })}`, { waitUntil: 'domcontentloaded' });
      await page.focus('#search-q');
      await page.keyboard.type('reintegración');
      expect(await page.getAttribute('[data-search-root]', 'data-ready')).toBe(null);
      release();
      await page.waitForSelector('[data-search-root][data-ready="true"]');
      await page.waitForSelector('.search-result');
      expect(await page.inputValue('#search-q')).toBe('reintegración');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      expect(new URL(page.url()).searchParams.get('q')).toBe('reintegración');
      // each result names its evaluation and kind
      const where = await page.textContent('.search-result .item-eval');
      expect(where).toMatch(/·/);
      // the language switch keeps the query
      expect(await page.getAttribute('a[data-lang-switch]', 'href')).toContain('?q=reintegraci');
      await page.close();
    },
    PAGE_BUDGET_MS,
  );
});

describe('an item printed for a memo', () => {
  it.each(LANGS)(
    '(%s) puts the citation and permalink before the item text, prints no link URL and no button',
    async (lang) => {
      const item = library().item.get('ilo-alianzas-2021-recommendation-1')!;
      const page = await phone.open(urlFor(lang, itemRoute(item)));
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(() => {
        const top = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top;
        const hasAfterUrl = [...document.querySelectorAll('a')].some((a) => getComputedStyle(a, '::after').content.includes('/'));
        const buttons = [...document.querySelectorAll('button')].filter((b) => getComputedStyle(b).display !== 'none').length;
        return { cite: top('.cite-block'), text: top('.item-text'), hasAfterUrl, buttons };
      });
      await page.close();
      expect(layout.cite).toBeLessThan(layout.text);
      expect(layout.hasAfterUrl).toBe(false);
      expect(layout.buttons).toBe(0);
    },
    PAGE_BUDGET_MS,
  );
});
