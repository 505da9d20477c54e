/**
 * The benchmark's curve for docs/benchmark.md: time, memory and search bytes against pages, from
 * the JSON lines `npm run bench` prints (one file per run, its last JSON line is read).
 *
 *   npm run bench:curve -- docs/benchmark/runs/*.json
 *
 * Writes docs/benchmark/curve-{time,memory,search}.svg with Observable Plot (the site's own
 * renderer, src/lib/charts/render.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as Plot from '@observablehq/plot';
import { renderSvg } from '../src/lib/charts/render';

interface Run {
  evaluations: number;
  pages: number;
  buildSeconds?: number;
  indexSeconds?: number;
  buildPeakRssMB?: number;
  indexPeakRssMB?: number;
  baselineBuildSeconds?: number;
  maxSearchKB?: number;
  search?: { label: string; searchKB: number }[];
  incremental?: { rebuildSeconds: number; reindexSeconds: number };
}

function lastJson(file: string): Run {
  const lines = readFileSync(file, 'utf8').trim().split('\n').reverse();
  const line = lines.find((l) => l.startsWith('{'));
  if (!line) throw new Error(`${file}: no JSON line (expected the benchmark's output)`);
  return JSON.parse(line) as Run;
}

const files = process.argv.slice(2);
if (!files.length) throw new Error('usage: npm run bench:curve -- <bench output>…');
const runs = files.map(lastJson).filter((r) => r.pages).sort((a, b) => a.pages - b.pages);
const out = resolve(import.meta.dirname, '..', 'docs', 'benchmark');
mkdirSync(out, { recursive: true });

const series = (name: string, get: (r: Run) => number | undefined) => runs.flatMap((r) => (get(r) === undefined ? [] : [{ pages: r.pages, value: get(r)!, series: name }]));
const chart = (id: string, title: string, y: string, data: { pages: number; value: number; series: string }[]) => {
  const svg = renderSvg(
    {
      width: 640,
      height: 300,
      marginLeft: 60,
      marginRight: 150,
      x: { label: 'pages (HTML files)', grid: true },
      y: { label: y, grid: true, zero: true },
      marks: [
        Plot.line(data, { x: 'pages', y: 'value', z: 'series', stroke: 'series' }),
        Plot.dot(data, { x: 'pages', y: 'value', stroke: 'series', fill: 'series' }),
        Plot.text(data, Plot.selectLast({ x: 'pages', y: 'value', z: 'series', text: 'series', textAnchor: 'start', dx: 6 })),
      ],
    },
    { id, title, desc: data.map((d) => `${d.series} at ${d.pages} pages: ${d.value}`).join('; ') },
  );
  writeFileSync(join(out, `${id}.svg`), `${svg}\n`);
};

chart('curve-time', 'Build and index time against pages', 'seconds', [
  ...series('astro build', (r) => r.buildSeconds),
  ...series('pagefind', (r) => r.indexSeconds),
  ...series('baseline (collection)', (r) => r.baselineBuildSeconds),
  ...series('incremental rebuild + index', (r) => (r.incremental ? r.incremental.rebuildSeconds + r.incremental.reindexSeconds : undefined)),
]);
chart('curve-memory', 'Peak memory against pages', 'MiB', [...series('astro build', (r) => r.buildPeakRssMB), ...series('pagefind', (r) => r.indexPeakRssMB)]);
chart('curve-search', 'First search transferred against pages', 'KB', [
  ...series('no filter (max)', (r) => (r.search ? Math.max(...r.search.filter((q) => !q.label.includes('+') && !q.label.includes('no query')).map((q) => q.searchKB)) : undefined)),
  ...series('with two filters', (r) => r.search?.find((q) => q.label.endsWith('+ type'))?.searchKB),
]);
console.log(`wrote ${['curve-time', 'curve-memory', 'curve-search'].map((n) => join('docs/benchmark', `${n}.svg`)).join(', ')} from ${runs.length} runs`);
