/**
 * `npm run lighthouse [-- --dist dist]`: Lighthouse (mobile preset: simulated slow 4G, 4× CPU
 * slowdown, 412 px screen) on the page types of scripts/lib/reader-pages.ts, with Debian's Chromium,
 * over the built site served on 127.0.0.1. Lighthouse is not a dependency of the project: the
 * script runs it with `npx --yes lighthouse@13.5.0` (it needs the npm registry the first time).
 * Prints the four scores and LCP / TBT per page, and as its last line one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveDist } from './lib/static-server';
import { PAGES } from './lib/reader-pages';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const srv = await serveDist(values.dist!);
const tmp = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const results: Record<string, { performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; tbtMs: number }> = {};
try {
  for (const p of PAGES) {
    const out = join(tmp, `${p.name}.json`);
    const r = spawnSync(
      'npx',
      ['--yes', 'lighthouse@13.5.0', `${srv.origin}${p.path}`, '--output=json', `--output-path=${out}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu', '--only-categories=performance,accessibility,best-practices,seo'],
      { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 300_000 },
    );
    if (r.status !== 0) throw new Error(`lighthouse failed on ${p.path}: ${r.stderr?.slice(-500)}`);
    const j = JSON.parse(readFileSync(out, 'utf8'));
    const score = (k: string) => Math.round((j.categories[k]?.score ?? 0) * 100);
    results[p.name] = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(j.audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(j.audits['total-blocking-time'].numericValue),
    };
    const x = results[p.name];
    console.log(`${p.name.padEnd(16)} performance ${x.performance}  accessibility ${x.accessibility}  best practices ${x.bestPractices}  SEO ${x.seo}  LCP ${x.lcpMs} ms  TBT ${x.tbtMs} ms`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
  await srv.close();
}
console.log(JSON.stringify(results));
