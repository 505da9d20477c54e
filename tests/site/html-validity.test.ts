/** Every built page is valid HTML (html-validate, .htmlvalidate.json), validated in parallel worker threads. */
import { beforeAll, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { htmlPages, readPage, requireDist } from '../support/dist';

beforeAll(requireDist);

const CONFIG = join(import.meta.dirname, '..', '..', '.htmlvalidate.json');

/** Validating ~2,000 pages: ~20 s of CPU, split over the cores; generous for a loaded machine. */
const BUDGET_MS = 600_000;

// The project's .htmlvalidate.json, resolved once per worker: html-validate resolves its config
// (element metadata included) on every call otherwise, a third of the time over 1,400 pages.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { HtmlValidate, StaticConfigLoader } = require('html-validate');
const { readFileSync } = require('node:fs');
class ResolvedOnce extends StaticConfigLoader {
  getConfigFor(handle, override) {
    if (override) return super.getConfigFor(handle, override);
    return (this.resolved ??= super.getConfigFor(handle));
  }
}
(async () => {
  const v = new HtmlValidate(new ResolvedOnce(JSON.parse(readFileSync(workerData.config, 'utf8'))));
  const out = [];
  for (const [page, file] of workerData.pages) {
    const report = await v.validateString(readFileSync(file, 'utf8'), file);
    for (const r of report.results) for (const m of r.messages) out.push(page + ':' + m.line + ':' + m.column + ' ' + m.ruleId + ': ' + m.message);
  }
  parentPort.postMessage(out);
})();
`;

describe('HTML validity', () => {
  it(
    'no page has a validation error',
    async () => {
      const { fileFor } = await import('../support/dist');
      const pages = htmlPages();
      const n = Math.max(1, Math.min(4, availableParallelism()));
      const chunks = Array.from({ length: n }, (_, i) => pages.filter((_, j) => j % n === i).map((p) => [p, fileFor(p)]));
      const results = await Promise.all(
        chunks.map(
          (chunk) =>
            new Promise<string[]>((resolve, reject) => {
              const w = new Worker(WORKER, { eval: true, workerData: { config: CONFIG, pages: chunk } });
              w.once('message', resolve);
              w.once('error', reject);
            }),
        ),
      );
      expect(pages.length).toBeGreaterThan(1000);
      expect(results.flat().slice(0, 40)).toEqual([]);
    },
    BUDGET_MS,
  );

  it('has no inline event handlers or inline scripts anywhere', () => {
    const offenders = htmlPages().filter((p) => /\son[a-z]+\s*=\s*["']/i.test(readPage(p)) || /<script(?![^>]*\bsrc=)[^>]*>/i.test(readPage(p)));
    expect(offenders).toEqual([]);
  });
});
