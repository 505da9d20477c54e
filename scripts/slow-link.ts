/**
 * `npm run slow-link [-- --dist dist]`: what a reader on a phone over a slow 3G link waits for
 * (400 kbit/s down and up, 400 ms RTT, 4× CPU slowdown), in Chromium over the built site:
 * time to the main text of an item, of a chapter and of six other page types, and time from the
 * first keystroke in the search box to the first result (the box is focused as soon as it exists,
 * before the search script is ready). Each page loads with an empty cache. Prints a table and, as
 * its last line, one JSON object (docs/benchmark.md, "Slow link").
 */
import { parseArgs } from 'node:util';
import { serveDist } from './lib/static-server';
import { launchBrowser } from './lib/chromium';
import { PAGES } from './lib/reader-pages';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, repeats: { type: 'string', default: '3' } } });
const repeats = Math.max(1, Number(values.repeats));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const srv = await serveDist(values.dist!);
const browser = await launchBrowser();
async function slowPage() {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { ctx, page };
}
const results: Record<string, { ms: number; bytes: number }> = {};
for (const p of PAGES) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < repeats; i++) {
    const { ctx, page } = await slowPage();
    let transferred = 0;
    page.on('requestfinished', async (r) => {
      const s = await r.sizes();
      transferred += s.responseBodySize + s.responseHeadersSize;
    });
    const t0 = Date.now();
    await page.goto(srv.origin + p.path, { waitUntil: 'commit' });
    await page.waitForSelector(p.ready, { state: 'visible', timeout: 120_000 });
    times.push(Date.now() - t0);
    bytes = transferred;
    await ctx.close();
  }
  results[p.name] = { ms: median(times), bytes };
}
const searchTimes: number[] = [];
for (let i = 0; i < repeats; i++) {
  const { ctx, page } = await slowPage();
  await page.goto(`${srv.origin}/es/buscar/`, { waitUntil: 'commit' });
  await page.waitForSelector('#search-q', { timeout: 120_000 });
  const t0 = Date.now();
  await page.type('#search-q', 'trata');
  await page.waitForSelector('.search-result', { timeout: 120_000 });
  searchTimes.push(Date.now() - t0);
  await ctx.close();
}
results['search: first keystroke → first result'] = { ms: median(searchTimes), bytes: 0 };
await browser.close();
await srv.close();
console.log('slow 3G (400 kbit/s, 400 ms RTT, CPU ×4), 360 px, empty cache; median of', repeats);
for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(40)} ${(v.ms / 1000).toFixed(1)} s${v.bytes ? `  (${Math.round(v.bytes / 1024)} KB)` : ''}`);
console.log(JSON.stringify(results));
