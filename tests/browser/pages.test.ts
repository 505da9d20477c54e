/**
 * Every page type in both languages, in Chromium: no WCAG 2.2 AA violation (axe), the language
 * switch lands on the same page in the other language, no request leaves the site's origin and
 * the Content-Security-Policy is never violated; reading works with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { startSite, type Site } from '../support/site';
import { samplePages } from '../support/samples';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.each(['es', 'en'] as const)('page types (%s)', (lang) => {
  const pages = Object.entries(samplePages(lang));

  it.each(pages)('%s has no axe violation (WCAG 2.2 AA)', async (_type, path) => {
    const page = await site.open(path);
    if (path.includes('/buscar/') || path.includes('/search/')) {
      await page.waitForSelector('[data-search-root][data-ready="true"]');
      await page.fill('#search-q', 'trata');
      await page.waitForSelector('.search-result');
    }
    const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each(pages)('%s: the language switch lands on the same page in the other language', async (_type, path) => {
    const other = lang === 'es' ? 'en' : 'es';
    const page = await site.open(path);
    const expected = await page.getAttribute(`link[rel="alternate"][hreflang="${other}"]`, 'href');
    await page.click('[data-lang-switch]');
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(new URL(expected!).pathname);
    expect(await page.getAttribute('html', 'lang')).toBe(other);
    // and back again
    await page.click('[data-lang-switch]');
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(path);
    await page.close();
  });
});

describe('the language switch on a report passage', () => {
  it('keeps the passage (fragment) when switching language', async () => {
    const page = await site.open('/es/evaluaciones/usaid-chs-2020/informe/hallazgos/#hallazgo-5');
    await page.click('[data-lang-switch]');
    await page.waitForLoadState('load');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/evaluations/usaid-chs-2020/report/hallazgos/');
    expect(url.hash).toBe('#hallazgo-5');
    await page.close();
  });
});

describe('the root page', () => {
  it('sends the reader to a language and passes axe', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/`);
    await page.waitForURL(/\/(es|en)\/$/);
    expect(['es', 'en']).toContain(await page.getAttribute('html', 'lang'));
    await page.close();
  });
});

describe('privacy and security', () => {
  it('no request left the site’s origin and no CSP violation occurred on any page visited', () => {
    expect(site.requests.length).toBeGreaterThan(50);
    const foreign = site.requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(site.cspViolations).toEqual([]);
  });
});
