/** Reading works without JavaScript: items, reports, institutions; search says how to browse instead. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECT_BUDGET_MS, PAGE_BUDGET_MS, startSite, type Site } from '../support/site';
import { samplePages } from '../support/pages';
import { LOAD_BUDGET_MS } from '../support/library';

let site: Site;
beforeAll(async () => {
  site = await startSite({ javaScriptEnabled: false });
}, LOAD_BUDGET_MS + CONNECT_BUDGET_MS);
afterAll(async () => site?.close());

describe('with JavaScript off', () => {
  it('item, chapter and institution pages show their content and links', async () => {
    const pages = samplePages('es');
    for (const p of [pages.item, pages.chapter, pages['side-by-side'], pages.actor, pages['recommendations-by-actor']]) {
      const page = await site.open(p);
      expect((await page.locator('main h1').innerText()).length, p).toBeGreaterThan(3);
      expect(await page.locator('main a').count(), p).toBeGreaterThan(3);
      await page.close();
    }
  });

  it('the search page offers browsing links', async () => {
    const page = await site.open(samplePages('en').search);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript');
    await page.close();
  });

  it('the root page offers both languages as plain links', async () => {
    const page = await site.open('/');
    expect(await page.locator('a[data-lang="es"]').count()).toBe(1);
    expect(await page.locator('a[data-lang="en"]').count()).toBe(1);
    await page.close();
  });
});
