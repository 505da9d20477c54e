/**
 * Per-page-type sizes, read from dist/ (gzip level 9, as a compressing host would send them):
 *   - HTML of every item page (URLs from dist/data/items.json), every report chapter page
 *     (/es/evaluaciones/<e>/informe/<chapter>/, /en/evaluations/<e>/report/<chapter>/), and the
 *     largest pages of all;
 *   - JS and CSS a page ships: its <script src> and inline scripts (JSON-LD excluded), the static
 *     imports of those scripts, transitively, and its <link rel="stylesheet">. Dynamic imports
 *     (the search page's import of /pagefind/pagefind.js) are not counted here: they are part of
 *     the search cost measured in the browser.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix, relative } from 'node:path';
import { walk } from './fs';

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

export interface PageSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface AssetSizes {
  page: string;
  js: { files: string[]; bytes: number; gzipBytes: number; inlineBytes: number };
  css: { files: string[]; bytes: number; gzipBytes: number };
}

export interface SizeReport {
  itemPages: number;
  largestItem: PageSize;
  medianItemGzipBytes: number;
  chapterPages: number;
  largestChapter: PageSize;
  largestPages: PageSize[];
  noSearchPage: AssetSizes;
  searchPage: AssetSizes;
}

function htmlFor(dist: string, urlPath: string): string {
  return join(dist, urlPath.replace(/^\/+/, ''), urlPath.endsWith('.html') ? '' : 'index.html');
}

function pageSize(dist: string, file: string): PageSize {
  const buf = readFileSync(file);
  return { path: '/' + relative(dist, file).split('\\').join('/'), bytes: buf.length, gzipBytes: gz(buf) };
}

function jsClosure(dist: string, start: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length) {
    const url = stack.pop()!;
    if (seen.has(url)) continue;
    const file = join(dist, url.replace(/^\/+/, ''));
    if (!existsSync(file)) continue;
    seen.add(url);
    const src = readFileSync(file, 'utf8');
    // static imports only: `import x from "./a.js"`, `import "./a.js"`, `export … from "./a.js"`
    for (const m of src.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)) {
      const spec = m[1];
      if (/^https?:/.test(spec)) continue;
      stack.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec));
    }
  }
  return [...seen];
}

export function assetSizes(dist: string, urlPath: string): AssetSizes {
  const html = readFileSync(htmlFor(dist, urlPath), 'utf8');
  const scriptSrcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => new URL(m[1], `http://x${urlPath}`).pathname);
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc=/.test(m[1]) && !/application\/(ld\+)?json/.test(m[1]))
    .map((m) => m[2])
    .join('\n');
  const jsFiles = jsClosure(dist, scriptSrcs);
  const jsBufs = jsFiles.map((f) => readFileSync(join(dist, f.replace(/^\/+/, ''))));
  const cssFiles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((m) => m[0].match(/\bhref="([^"]+)"/)?.[1])
    .filter((x): x is string => !!x)
    .map((h) => new URL(h, `http://x${urlPath}`).pathname);
  const cssBufs = cssFiles.map((f) => readFileSync(join(dist, f.replace(/^\/+/, ''))));
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  return {
    page: urlPath,
    js: {
      files: jsFiles,
      bytes: jsBufs.reduce((s, b) => s + b.length, 0) + Buffer.byteLength(inline),
      gzipBytes: jsBufs.reduce((s, b) => s + gz(b), 0) + (inline ? gz(inline) : 0),
      inlineBytes: Buffer.byteLength(inline),
    },
    css: {
      files: cssFiles,
      bytes: cssBufs.reduce((s, b) => s + b.length, 0) + Buffer.byteLength(inlineCss),
      gzipBytes: cssBufs.reduce((s, b) => s + gz(b), 0) + (inlineCss ? gz(inlineCss) : 0),
    },
  };
}

export function sizeReport(dist: string, searchPath: string): SizeReport {
  const itemsJson = join(dist, 'data', 'items.json');
  const items: { url: Record<string, string> }[] = existsSync(itemsJson) ? JSON.parse(readFileSync(itemsJson, 'utf8')) : [];
  // item URLs are site-relative without SITE_URL
  const itemFiles = items.flatMap((i) => Object.values(i.url).map((u) => htmlFor(dist, new URL(u, 'http://site.invalid').pathname))).filter((f) => existsSync(f));
  const itemSizes = itemFiles.map((f) => pageSize(dist, f)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const htmlFiles = walk(dist).filter((f) => f.endsWith('.html'));
  const chapterFiles = htmlFiles.filter((f) => /\/(es\/evaluaciones\/[^/]+\/informe|en\/evaluations\/[^/]+\/report)\/[^/]+\/index\.html$/.test(f));
  const chapterSizes = chapterFiles.map((f) => pageSize(dist, f)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  // Largest pages overall: gzip only the 40 largest by raw size (gzip of every page is slow at scale).
  const byRaw = htmlFiles.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size).slice(0, 40);
  const largestPages = byRaw.map(({ f }) => pageSize(dist, f)).sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5);
  const empty: PageSize = { path: '(none)', bytes: 0, gzipBytes: 0 };
  const noSearchPath = itemSizes[0]?.path.replace(/index\.html$/, '') ?? '/es/';
  return {
    itemPages: itemSizes.length,
    largestItem: itemSizes[0] ?? empty,
    medianItemGzipBytes: itemSizes.length ? itemSizes[Math.floor(itemSizes.length / 2)].gzipBytes : 0,
    chapterPages: chapterSizes.length,
    largestChapter: chapterSizes[0] ?? empty,
    largestPages,
    noSearchPage: assetSizes(dist, noSearchPath),
    searchPage: assetSizes(dist, searchPath),
  };
}
