/**
 * Every page type in both languages, in Chromium: no WCAG 2.2 AA violation (axe); the language
 * switch keeps the passage; no request leaves the site's origin; the Content-Security-Policy is
 * never violated. (That every page has its counterpart and hreflang is checked over the whole
 * build in tests/site/languages.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { LANGS } from '../../src/content/model';
import { urlFor } from '../../src/lib/urls';
import { CONNECT_BUDGET_MS, PAGE_BUDGET_MS, startSite, type Site } from '../support/site';
import { pageRoutes, samplePages } from '../support/pages';
import { library, LOAD_BUDGET_MS } from '../support/library';

let site: Site;
beforeAll(async () => {
  pageRoutes();
  site = await startSite();
}, LOAD_BUDGET_MS + CONNECT_BUDGET_MS);
afterAll(async () => site?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.each(LANGS)('page types (%s)', (lang) => {
  it.concurrent.each(Object.entries(samplePages(lang)))(
    '%s has no axe violation (WCAG 2.2 AA)',
    async (type, path) => {
      const page = await site.open(path);
      if (type === 'search') {
        await page.waitForSelector('[data-search-root][data-ready="true"]');
        await page.fill('#search-q', 'trata');
        await page.waitForSelector('.search-result');
      }
      // only violations are reported in full (passes and incomplete checks keep one node each):
      // the same rules run, in a fraction of the time on long pages. options() replaces the
      // options object, so it comes before withTags() (which adds runOnly to it). Legacy mode
      // runs axe in the page itself instead of gathering frame results in a new blank page
      // (0.5–1.3 s a page here): the site has no frames (its CSP has frame-src 'none', src/lib/security.ts).
      const result = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).withTags(WCAG).analyze();
      const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      await page.close();
      expect(violations).toEqual([]);
    },
    PAGE_BUDGET_MS,
  );
});

describe('the language switch', () => {
  it(
    'lands on the same page in the other language and keeps the passage',
    async () => {
      const chapter = library().reports.get('ilo-alianzas-2021')!.anchors.get('p-1')!.chapter;
      const route = { type: 'chapter', evaluation: 'ilo-alianzas-2021', chapter: chapter.slug } as const;
      const page = await site.open(urlFor('es', route, 'p-1'));
      await page.click('[data-lang-switch]');
      await page.waitForLoadState('load');
      const url = new URL(page.url());
      expect(url.pathname).toBe(urlFor('en', route));
      expect(url.hash).toBe('#p-1');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.close();
    },
    PAGE_BUDGET_MS,
  );
});

describe('a translated passage', () => {
  it(
    'shows its original in place when its status mark is clicked, and hides it again',
    async () => {
      const chapter = library().reports.get('ilo-alianzas-2021')!.anchors.get('p-1')!.chapter;
      const page = await site.open(urlFor('en', { type: 'chapter', evaluation: 'ilo-alianzas-2021', chapter: chapter.slug }, 'p-1'));
      const mark = page.locator('#p-1 a.pmark');
      await mark.click();
      const original = page.locator('#p-1 + .original-inline');
      await original.waitFor();
      expect(await original.getAttribute('lang')).toBe('es');
      expect(await original.innerText()).toMatch(/^1\. /);
      expect(await mark.getAttribute('aria-expanded')).toBe('true');
      expect(new URL(page.url()).pathname).toBe(urlFor('en', { type: 'chapter', evaluation: 'ilo-alianzas-2021', chapter: chapter.slug }));
      await mark.click();
      expect(await page.locator('#p-1 + .original-inline').count()).toBe(0);
      await page.close();
    },
    PAGE_BUDGET_MS,
  );
});

describe('the root page', () => {
  it(
    'sends the reader to a language',
    async () => {
      const page = await site.context.newPage();
      await page.goto(`${site.origin}/`);
      await page.waitForURL(/\/(es|en)\/$/);
      expect(['es', 'en']).toContain(await page.getAttribute('html', 'lang'));
      await page.close();
    },
    PAGE_BUDGET_MS,
  );
});

describe('privacy and security', () => {
  it('no request left the site’s origin and no CSP violation occurred on any page visited', () => {
    expect(site.requests.length).toBeGreaterThan(50);
    const foreign = site.requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(site.cspViolations).toEqual([]);
  });
});
