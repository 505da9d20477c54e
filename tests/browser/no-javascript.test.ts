/** Reading works without JavaScript: items, reports, institutions; search says how to browse instead. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from '../support/site';
import { samplePages } from '../support/samples';

let site: Site;
beforeAll(async () => {
  site = await startSite({ javaScriptEnabled: false });
});
afterAll(async () => site?.close());

describe('with JavaScript off', () => {
  it('item, chapter and institution pages show their content and links', async () => {
    const pages = samplePages('es');
    for (const p of [pages.finding, pages.recommendation, pages.chapter, pages.actor, pages.recommendationsByActor]) {
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
    expect(await page.locator('a[href="/es/"]').count()).toBe(1);
    expect(await page.locator('a[href="/en/"]').count()).toBe(1);
    await page.close();
  });
});
