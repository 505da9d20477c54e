/** Published URLs never break: every URL the site has published still resolves, and moved pages send the reader on. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../src/content/model';
import { CONTENT_PATHS } from '../../src/content/paths';
import { urlFor } from '../../src/lib/urls';
import { fileFor, readPage, requireDist } from '../support/dist';
import { pageRoutes } from '../support/pages';
import { LOAD_BUDGET_MS, ROOT } from '../support/library';

beforeAll(() => {
  requireDist();
  pageRoutes();
}, LOAD_BUDGET_MS);

describe('published URLs', () => {
  it('every URL in content/published/urls.txt still resolves, to a page, a file or a page that says where it moved', () => {
    const urls = readFileSync(join(ROOT, CONTENT_PATHS.published), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(urls.length).toBeGreaterThan(2000);
    expect(urls.filter((u) => !existsSync(fileFor(u)))).toEqual([]);
  });

  it('every page that has moved points to its new page, noindex, with a canonical link, and keeps the passage by script', () => {
    const moved = pageRoutes().filter((r) => r.type === 'moved');
    expect(moved.length).toBeGreaterThan(0);
    for (const r of moved) {
      for (const lang of LANGS) {
        const html = readPage(urlFor(lang, r));
        const to = urlFor(lang, (r as Extract<typeof r, { type: 'moved' }>).to);
        expect(html, urlFor(lang, r)).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
        expect(html).toContain(`<a href="${to}" data-moved-to>`);
        expect(html).toContain('<meta name="robots" content="noindex">');
        expect(existsSync(fileFor(to)), to).toBe(true);
      }
    }
  });
});
