/** The page registry and the URL function: every page in both languages, distinct URLs, every URL prefix a page. */
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/content/model';
import { allRoutes, PAGES, type PageRoute } from '../../src/lib/routes';
import { urlFor, fileUrl } from '../../src/lib/urls';
import type { Library } from '../../src/lib/library';
import { library, LOAD_BUDGET_MS } from '../support/library';

let lib: Library;
let routes: PageRoute[];
beforeAll(() => {
  lib = library();
  routes = allRoutes(lib);
}, LOAD_BUDGET_MS);

describe('the route table', () => {
  it('lists pages of every registered type', () => {
    const types = new Set(routes.map((r) => r.type));
    expect([...types].sort()).toEqual(Object.keys(PAGES).sort());
  });

  it('gives every page a distinct, slash-terminated URL under its language prefix', () => {
    for (const lang of LANGS) {
      const urls = routes.map((r) => urlFor(lang, r));
      const dupes = urls.filter((u, i) => urls.indexOf(u) !== i);
      expect(dupes).toEqual([]);
      for (const u of urls) expect(u).toMatch(new RegExp(`^/${lang}/([a-z0-9-]+/)*$`));
    }
  });

  it('makes every prefix of a page URL a page too (no trimmed URL is a 404)', () => {
    for (const lang of LANGS) {
      const urls = new Set(routes.map((r) => urlFor(lang, r)));
      const missing: string[] = [];
      for (const u of urls) {
        const parts = u.split('/').filter(Boolean);
        for (let n = 1; n < parts.length; n++) {
          const prefix = `/${parts.slice(0, n).join('/')}/`;
          if (!urls.has(prefix)) missing.push(`${prefix} (prefix of ${u})`);
        }
      }
      expect([...new Set(missing)].slice(0, 20)).toEqual([]);
    }
  });

  it('translates the path words, and keeps ids and fragments', () => {
    const item = lib.items[0];
    const route = { type: 'item', evaluation: item.evaluation, kind: item.kind, key: item.key } as const;
    expect(urlFor('es', route)).not.toBe(urlFor('en', route));
    expect(urlFor('en', route)).toContain(`/${item.evaluation}/`);
    expect(urlFor('es', { type: 'chapter', evaluation: item.evaluation, chapter: 'x' }, 'p-4')).toMatch(/\/x\/#p-4$/);
  });

  it('gives files their own URLs outside the language prefixes', () => {
    expect(fileUrl({ type: 'data-file', name: 'items.json' })).toBe('/data/items.json');
    expect(fileUrl({ type: 'cite-export', lang: 'es', id: 'x', format: 'ris' })).toBe('/cite/es/x.ris');
  });
});
