/**
 * Search cost in Chromium on the synthetic site's dist/, served on 127.0.0.1.
 *
 * For each query, in a fresh browser context (empty cache), the Spanish search page is opened with
 * the query and filters in the URL (/es/buscar/?q=…&institution=…), as a shared link would be.
 * Bytes are counted from Playwright's request events (request.sizes().responseBodySize, CDP's
 * encodedDataLength less headers: what went over the wire from this server, which does not
 * compress), for the page and its workers, and, for each response body, its gzip size (what a
 * host that compresses text would send; Pagefind's index and fragment files are already gzipped).
 *   - pageLoad: every response that is not under /pagefind/ (the HTML, CSS, the page's own script);
 *   - search: every response under /pagefind/ (pagefind.js, its WASM, entry, filter, index and
 *     fragment files) — the cost of running the search, from a cold cache.
 * Times come from the page's own clock (performance.now(), 0 = navigation start), recorded by a
 * MutationObserver installed before any page script runs:
 *   - fromNavMs: navigation start → first result rendered (or result count set, for 0 results);
 *   - fromQueryMs: search UI ready (Pagefind loaded and initialised, the query box inserted) →
 *     first result rendered: the search itself (filters(), search(), first page of fragments).
 * For queries without filters the benchmark also types the query into an already open search page
 * ("typed"): bytes after typing, and time from the input event to the first result minus the UI's
 * 200 ms debounce.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';

export interface QuerySpec {
  label: string;
  q?: string;
  filters?: Record<string, string[]>;
}

export interface ByteCount {
  requests: number;
  bytes: number;
  gzipBytes: number;
}

export interface QueryResult {
  label: string;
  url: string;
  resultCount: number | null;
  pageLoad: ByteCount;
  search: ByteCount;
  /** search bytes split by kind of Pagefind file */
  searchParts: Record<string, ByteCount>;
  fromNavMs: number;
  /** search bytes requested before the first result was shown / after it */
  beforeFirst: ByteCount;
  afterFirst: ByteCount;
  fromQueryMs: number;
  /** all repeats, for the record */
  runs: { fromNavMs: number; fromQueryMs: number }[];
  typed?: { bytes: number; gzipBytes: number; requests: number; ms: number; runs: number[] };
  searchKB: number;
  searchGzipKB: number;
  pageLoadKB: number;
  firstResultMs: number;
}

interface Resp {
  url: string;
  bytes: number;
  gzipBytes: number;
  /** when the request started (epoch ms) */
  start: number;
}

const INIT = `(() => {
  const marks = { uiReady: -1, firstResult: -1, ready: -1, count: -1 };
  window.__bench = marks;
  const check = () => {
    const root = document.querySelector('[data-search-root]');
    if (!root) return;
    const now = performance.now();
    if (marks.uiReady < 0 && root.querySelector('.search-form')) marks.uiReady = now;
    if (marks.firstResult < 0 && root.querySelector('.search-result')) marks.firstResult = now;
    if (marks.count < 0 && root.dataset.resultCount !== undefined) marks.count = now;
    if (marks.ready < 0 && root.dataset.ready === 'true') marks.ready = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (!path.startsWith('/pagefind/')) return 'page';
  if (path.includes('/fragment/')) return 'fragment';
  if (path.includes('/index/')) return 'index';
  if (path.includes('/filter/')) return 'filter';
  if (path.endsWith('.pagefind') || path.includes('wasm')) return 'wasm';
  if (path.endsWith('.json') || path.endsWith('.pf_meta')) return 'meta';
  return 'js';
}

/**
 * Record every finished response of a page, including those of its workers (Pagefind 1.6 fetches
 * its WASM, index, filter and fragment files from a Web Worker, which a page-level CDP session
 * does not see; Playwright's request events cover page and workers). Bytes are the response body
 * as received (request.sizes().responseBodySize, i.e. CDP's encoded length minus headers).
 */
async function recorder(page: Page): Promise<{ responses: Resp[]; settle: () => Promise<void> }> {
  const responses: Resp[] = [];
  const pending = new Set<Promise<void>>();
  page.on('requestfinished', (req: Request) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    const p = (async () => {
      let bytes = 0;
      let gzipBytes = 0;
      try {
        bytes = (await req.sizes()).responseBodySize;
      } catch {
        // sizes unavailable: measured from the body below
      }
      try {
        const res = await req.response();
        const buf = res ? await res.body() : undefined;
        if (buf) {
          if (!bytes) bytes = buf.length;
          gzipBytes = Math.min(buf.length, gzipSync(buf, { level: 9 }).length);
        }
      } catch {
        gzipBytes = bytes;
      }
      responses.push({ url, bytes, gzipBytes, start: req.timing().startTime });
    })();
    pending.add(p);
    void p.finally(() => pending.delete(p));
  });
  const settle = async () => {
    // wait until no request has finished for 300 ms
    let n = -1;
    while (n !== responses.length + pending.size) {
      n = responses.length + pending.size;
      await new Promise((r) => setTimeout(r, 300));
      await Promise.all(pending);
    }
  };
  return { responses, settle };
}

function sum(rs: Resp[]): ByteCount {
  return { requests: rs.length, bytes: rs.reduce((s, r) => s + r.bytes, 0), gzipBytes: rs.reduce((s, r) => s + r.gzipBytes, 0) };
}

function searchUrl(origin: string, path: string, spec: QuerySpec): string {
  const params = new URLSearchParams();
  if (spec.q) params.set('q', spec.q);
  for (const [k, vs] of Object.entries(spec.filters ?? {})) for (const v of vs) params.append(k, v);
  return `${origin}${path}?${params.toString()}`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/** The values of Pagefind's filters as the Spanish search page sees them. */
export async function availableFilters(browser: Browser, origin: string, path: string): Promise<Record<string, Record<string, number>>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  const filters = (await page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    return pf.filters();
  })()`)) as Record<string, Record<string, number>>;
  await context.close();
  return filters;
}

async function waitResults(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const m = (window as unknown as { __bench: { firstResult: number; count: number; ready: number } }).__bench;
      const root = document.querySelector<HTMLElement>('[data-search-root]');
      return !!root && root.dataset.ready === 'true' && (m.firstResult >= 0 || root.dataset.resultCount === '0');
    },
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
}

export async function measureQuery(browser: Browser, origin: string, path: string, spec: QuerySpec, repeats: number): Promise<QueryResult> {
  const url = searchUrl(origin, path, spec);
  const runs: { fromNavMs: number; fromQueryMs: number }[] = [];
  let first: { responses: Resp[]; count: number | null; firstResultAt: number } | undefined;
  for (let r = 0; r < repeats; r++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(INIT);
    const rec = await recorder(page);
    await page.goto(url, { waitUntil: 'load' });
    await waitResults(page, 60_000);
    await rec.settle();
    const marks = (await page.evaluate('window.__bench')) as { uiReady: number; firstResult: number; count: number; ready: number };
    const shown = marks.firstResult >= 0 ? marks.firstResult : marks.count;
    runs.push({ fromNavMs: shown, fromQueryMs: shown - marks.uiReady });
    if (!first) {
      const countAttr = await page.getAttribute('[data-search-root]', 'data-result-count');
      const timeOrigin = (await page.evaluate('performance.timeOrigin')) as number;
      first = { responses: [...rec.responses], count: countAttr === null ? null : Number(countAttr), firstResultAt: timeOrigin + shown };
    }
    await context.close();
  }
  const responses = first!.responses;
  const pageResps = responses.filter((x) => kindOf(x.url) === 'page');
  const searchResps = responses.filter((x) => kindOf(x.url) !== 'page');
  const searchParts: Record<string, ByteCount> = {};
  for (const k of ['js', 'wasm', 'meta', 'filter', 'index', 'fragment']) {
    const part = searchResps.filter((x) => kindOf(x.url) === k);
    if (part.length) searchParts[k] = sum(part);
  }
  const search = sum(searchResps);
  // what the first results needed, and what came after them (the filter panel's counts)
  const beforeFirst = sum(searchResps.filter((x) => x.start <= first!.firstResultAt));
  const afterFirst = sum(searchResps.filter((x) => x.start > first!.firstResultAt));
  const pageLoad = sum(pageResps);
  const result: QueryResult = {
    label: spec.label,
    url: url.slice(origin.length),
    resultCount: first!.count,
    pageLoad,
    search,
    beforeFirst,
    afterFirst,
    searchParts,
    fromNavMs: median(runs.map((x) => x.fromNavMs)),
    fromQueryMs: median(runs.map((x) => x.fromQueryMs)),
    runs,
    searchKB: search.bytes / 1024,
    searchGzipKB: search.gzipBytes / 1024,
    pageLoadKB: pageLoad.bytes / 1024,
    firstResultMs: 0,
  };
  result.firstResultMs = result.fromQueryMs;
  if (spec.q && !spec.filters) result.typed = await measureTyped(browser, origin, path, spec.q, repeats);
  return result;
}

/** Type the query into an open, idle search page: bytes fetched after typing, and time to first result. */
async function measureTyped(browser: Browser, origin: string, path: string, q: string, repeats: number): Promise<QueryResult['typed']> {
  const times: number[] = [];
  let bytes: ByteCount | undefined;
  for (let r = 0; r < repeats; r++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(INIT);
    const rec = await recorder(page);
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.waitForSelector('[data-search-root][data-ready="true"] .search-form');
    await rec.settle();
    const before = rec.responses.length;
    const elapsed = (await page.evaluate(
      `new Promise((resolve) => {
        const root = document.querySelector('[data-search-root]');
        const input = root.querySelector('input[type="search"]');
        const t0 = performance.now();
        new MutationObserver((_, obs) => {
          if (root.querySelector('.search-result') || root.dataset.resultCount === '0') { obs.disconnect(); resolve(performance.now() - t0); }
        }).observe(root, { subtree: true, childList: true, attributes: true });
        input.value = ${JSON.stringify(q)};
        input.dispatchEvent(new Event('input', { bubbles: true }));
      })`,
    )) as number;
    await rec.settle();
    times.push(Math.max(0, elapsed - 200));
    if (!bytes) bytes = sum(rec.responses.slice(before));
    await context.close();
  }
  return { ...bytes!, ms: median(times), runs: times };
}
