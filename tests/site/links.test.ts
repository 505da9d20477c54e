/** Every internal link and fragment of the built site resolves (as the Astro docs check theirs). */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { DIST, fileFor, htmlPages, idsOf, linksOf, readPage, requireDist } from '../support/dist';
import { rootUrl, urlFor } from '../../src/lib/urls';

beforeAll(requireDist);

describe('internal links', () => {
  it('resolve to a page or file, and their fragments to an element id', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(200);
    const broken: string[] = [];
    const idCache = new Map<string, Set<string>>();
    const ids = (p: string) => {
      if (!idCache.has(p)) idCache.set(p, idsOf(readPage(p)));
      return idCache.get(p)!;
    };
    let checked = 0;
    for (const page of pages) {
      for (const link of linksOf(readPage(page))) {
        if (/^(https?:|mailto:|tel:|data:)/.test(link) || link === '') continue;
        const url = new URL(link, `http://site${page}`);
        const target = url.pathname;
        checked++;
        if (!existsSync(fileFor(target))) {
          broken.push(`${page} → ${link} (no file ${target})`);
          continue;
        }
        if (url.hash && target.endsWith('/')) {
          const frag = decodeURIComponent(url.hash.slice(1));
          if (!ids(target).has(frag)) broken.push(`${page} → ${link} (no id "${frag}")`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(broken.slice(0, 50)).toEqual([]);
  });

  it('include no duplicate ids on a page', () => {
    const dupes: string[] = [];
    for (const page of htmlPages()) {
      const all = [...readPage(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      const seen = new Set<string>();
      for (const id of all) {
        if (seen.has(id)) dupes.push(`${page}#${id}`);
        seen.add(id);
      }
    }
    expect(dupes.slice(0, 50)).toEqual([]);
  });

  it('has a root page linking to both languages', () => {
    const root = readPage(rootUrl());
    expect(root).toContain(`href="${urlFor('es', { type: 'home' })}"`);
    expect(root).toContain(`href="${urlFor('en', { type: 'home' })}"`);
    expect(existsSync(`${DIST}/404.html`)).toBe(true);
  });
});
