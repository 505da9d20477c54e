/**
 * The charts over the built site (dist/): every chart (svg[role=img]) is named and described by
 * its own <title> and <desc>, sits in a figure with its data table, carries no inline style, weighs
 * at most 20 KB; the pages meant to carry one do; the table prints; and no script in dist/_astro
 * contains Observable Plot (it renders at build time only).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { LANGS } from '../../src/content/model';
import { urlFor } from '../../src/lib/urls';
import type { Library } from '../../src/lib/library';
import { BUDGET_SOURCES } from '../../src/lib/charts/budget';
import { DIST, fileFor, htmlPages, readPage, requireDist } from '../support/dist';
import { library, LOAD_BUDGET_MS } from '../support/library';

const MAX_SVG_BYTES = 20 * 1024;

let lib: Library;
/** site path → raw HTML of the pages that carry at least one chart */
const withCharts = new Map<string, string>();
beforeAll(() => {
  requireDist();
  lib = library();
  for (const p of htmlPages()) {
    const html = readPage(p);
    if (/<svg\b[^>]*\srole="img"/.test(html)) withCharts.set(p, html);
  }
}, LOAD_BUDGET_MS);

/** The raw text of each chart's <svg>…</svg> (charts hold no nested <svg>). */
const rawCharts = (html: string) => [...html.matchAll(/<svg\b[^>]*\srole="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
/** The raw text of each chart figure (Chart.astro; figures are not nested). */
const rawFigures = (html: string) => [...html.matchAll(/<figure\b[^>]*class="chart"[\s\S]*?<\/figure>/g)].map((m) => m[0]);

describe('pages with charts', () => {
  it('include every evaluation page, the indicator pages with targets and the 2021 budget page, in both languages', () => {
    const expected = LANGS.flatMap((lang) => [
      ...lib.evaluations.map((e) => urlFor(lang, { type: 'evaluation', evaluation: e.id })),
      ...[...lib.indicatorsByEvaluation.keys()].map((e) => urlFor(lang, { type: 'indicators', evaluation: e })),
      ...BUDGET_SOURCES.map((s) => urlFor(lang, { type: 'budget', evaluation: s.evaluation })),
    ]);
    const missing = expected.filter((p) => !withCharts.has(p));
    expect(missing).toEqual([]);
  });

  it('name and describe every chart by its own <title> and <desc>, the desc stating numbers', () => {
    const problems: string[] = [];
    for (const [p, html] of withCharts) {
      const tree = fromHtml(html);
      const ids = selectAll('[id]', tree).map((e) => String(e.properties.id));
      for (const svg of selectAll('svg[role=img]', tree)) {
        const id = String(svg.properties.id ?? '');
        // hast keeps a space-separated attribute as a list
        const refs = svg.properties.ariaLabelledBy;
        const labelledby = Array.isArray(refs) ? refs.map(String) : String(refs ?? '').split(/\s+/);
        const title = select(':scope > title', svg);
        const desc = select(':scope > desc', svg);
        if (!id || labelledby.join(' ') !== `${id}-title ${id}-desc`) problems.push(`${p} ${id}: aria-labelledby "${labelledby.join(' ')}"`);
        if (!title || String(title.properties.id) !== `${id}-title` || !toText(title).trim()) problems.push(`${p} ${id}: no <title id="${id}-title">`);
        if (!desc || String(desc.properties.id) !== `${id}-desc` || !/\d/.test(toText(desc))) problems.push(`${p} ${id}: no <desc id="${id}-desc"> with numbers`);
        for (const ref of [id, `${id}-title`, `${id}-desc`]) if (ids.filter((x) => x === ref).length !== 1) problems.push(`${p}: id "${ref}" is not unique`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('place every chart in a figure with its data table (caption, header cells)', () => {
    const problems: string[] = [];
    for (const [p, html] of withCharts) {
      const figures = rawFigures(html);
      const charts = rawCharts(html);
      if (figures.filter((f) => /<svg\b[^>]*\srole="img"/.test(f)).length !== charts.length) problems.push(`${p}: ${charts.length} charts, not all in a chart figure`);
      for (const f of figures) {
        const tree = fromHtml(f, { fragment: true });
        const table = select('table', tree);
        const caption = table && select('caption', table);
        if (!table || !caption || !toText(caption).trim()) problems.push(`${p}: a chart figure without a captioned table`);
        else if (selectAll('thead th[scope=col]', table).length === 0 || selectAll('tbody th[scope=row]', table).length === 0) problems.push(`${p}: a chart table without column and row headers`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('carry no inline style in their charts: no <style> element, no style attribute (the CSP forbids both)', () => {
    const problems: string[] = [];
    for (const [p, html] of withCharts) {
      for (const f of rawFigures(html)) {
        const tree = fromHtml(f, { fragment: true });
        const n = selectAll('style', tree).length + selectAll('[style]', tree).length;
        if (n > 0) problems.push(`${p}: ${n} inline style(s) in a chart`);
      }
    }
    expect(problems).toEqual([]);
  });

  it(`keep each chart's SVG within ${MAX_SVG_BYTES / 1024} KB`, () => {
    const over: string[] = [];
    for (const [p, html] of withCharts) for (const svg of rawCharts(html)) if (Buffer.byteLength(svg) > MAX_SVG_BYTES) over.push(`${p}: ${(Buffer.byteLength(svg) / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it('print the data table even when its <details> is closed', () => {
    const [p, html] = [...withCharts][0];
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(fileFor(m[1]), 'utf8')).join('\n');
    expect(css, p).toMatch(/\.chart-data::details-content\s*\{[^}]*content-visibility:\s*visible/);
  });
});

describe('client scripts', () => {
  it('contain none of Observable Plot (nor its DOM shim)', () => {
    const dir = join(DIST, '_astro');
    const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
    // Plot's package name and default class survive minification
    const found = js.filter((f) => /observablehq|plot-d6a7b5|linkedom/.test(readFileSync(join(dir, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
