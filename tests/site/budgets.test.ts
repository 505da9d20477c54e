/**
 * Size budgets per page type, over the real build (sizes, not timings): item pages <= 20 KB of
 * gzipped HTML; pages without search ship <= 5 KB of gzipped JS; CSS <= 20 KB gzipped. Plus the
 * security headers file agrees with the pages' CSP.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DIST, fileFor, htmlPages, readPage, requireDist } from '../support/dist';
import { urlFor } from '../../src/lib/urls';
import { LANGS } from '../../src/content/model';
import { pageRoutes } from '../support/pages';
import { LOAD_BUDGET_MS } from '../support/library';

beforeAll(() => {
  requireDist();
  pageRoutes();
}, LOAD_BUDGET_MS);

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const KB = 1024;
const pagesOf = (type: string) => pageRoutes().filter((r) => r.type === type).flatMap((r) => LANGS.map((l) => urlFor(l, r)));
const assets = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]).filter((u) => u.startsWith('/'));

describe('size budgets', () => {
  it('every item page is at most 20 KB of gzipped HTML', () => {
    const items = pagesOf('item');
    expect(items.length).toBe(2 * JSON.parse(readFileSync(`${DIST}/data/items.json`, 'utf8')).length);
    const over = items.map((p) => [p, gz(readFileSync(fileFor(p)))] as const).filter(([, n]) => n > 20 * KB);
    expect(over).toEqual([]);
  });

  it('pages without search ship at most 5 KB of gzipped JavaScript; every page at most 20 KB of gzipped CSS', () => {
    const problems: string[] = [];
    const search = new Set(pagesOf('search'));
    for (const p of htmlPages()) {
      const html = readPage(p);
      const js = assets(html, /<script[^>]+src="([^"]+)"/g).reduce((n, u) => n + gz(readFileSync(fileFor(u))), 0);
      const css = assets(html, /<link rel="stylesheet" href="([^"]+)"/g).reduce((n, u) => n + gz(readFileSync(fileFor(u))), 0);
      if (!search.has(p) && js > 5 * KB) problems.push(`${p}: ${js} bytes of JS`);
      if (css > 20 * KB) problems.push(`${p}: ${css} bytes of CSS`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe('security headers file', () => {
  it('carries the same Content-Security-Policy as the pages', () => {
    const headers = readFileSync(`${DIST}/_headers`, 'utf8');
    const meta = readPage(urlFor('es', { type: 'home' })).match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)![1].replace(/&#39;/g, "'");
    expect(headers).toContain(`Content-Security-Policy: ${meta}`);
    expect(meta).not.toMatch(/https?:|\*/);
  });
});
