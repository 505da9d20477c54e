/** The build-time charts on the real library: accessible, safe under the CSP, small, and faithful to the printed numbers. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { LANGS, type Lang } from '../../src/content/model';
import { useTranslations } from '../../src/i18n';
import { actorThemeMatrix, themesOf } from '../../src/lib/accountability';
import { BUDGET_SOURCES, CAP, MAX_SVG_BYTES, budgetChart, indicatorCharts, kindThemeChart, matrixHeatmap, readIndicator, readPrinted, readUsd, svgBytes, type Chart } from '../../src/lib/charts';
import { DARK, FLAG, GREY, INK, LIGHT, MID } from '../../src/lib/charts/palette';
import type { Library } from '../../src/lib/library';
import { library, LOAD_BUDGET_MS, ROOT } from '../support/library';

let lib: Library;
const charts: { name: string; lang: Lang; chart: Chart }[] = [];
beforeAll(() => {
  lib = library();
  for (const lang of LANGS) {
    charts.push({ name: 'matrix', lang, chart: matrixHeatmap(lib, lang)! });
    for (const e of lib.evaluations) charts.push({ name: `kinds ${e.id}`, lang, chart: kindThemeChart(lib, lang, e.id)! });
    for (const e of lib.indicatorsByEvaluation.keys()) for (const c of indicatorCharts(lib, lang, e)) if (c.chart) charts.push({ name: `indicators ${e} ${c.level}`, lang, chart: c.chart });
    for (const e of lib.budgetByEvaluation.keys()) {
      const c = budgetChart(lib, lang, e);
      if (c) charts.push({ name: `budget ${e}`, lang, chart: c });
    }
  }
}, LOAD_BUDGET_MS);

const svgOf = (c: Chart) => parseHTML(`<!doctype html><html><body>${c.svg}</body></html>`).document.querySelector('svg')!;
/** "1,046" → a regexp that finds it as a whole number in a text */
const whole = (s: string) => new RegExp(`(^|[^\\d.,])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\d]|$)`);

describe('every chart', () => {
  it('exists for each evaluation, level with targets, and budget table that prints planned and executed amounts', () => {
    const names = charts.filter((c) => c.lang === 'es').map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['matrix', 'kinds usaid-chs-2020', 'kinds ilo-alianzas-2021', 'kinds ilo-alianzas-2024', 'indicators ilo-alianzas-2021 output', 'indicators ilo-alianzas-2021 outcome', 'indicators ilo-alianzas-2024 outcome', 'budget ilo-alianzas-2021']),
    );
    // the 2024 report prints no output targets and no planned-vs-executed table
    expect(names).not.toContain('indicators ilo-alianzas-2024 output');
    expect(names).not.toContain('budget ilo-alianzas-2024');
  });

  it('is an <svg role="img"> named by its <title> and described by its <desc>', () => {
    for (const { name, lang, chart } of charts) {
      const svg = svgOf(chart);
      const at = `${name} (${lang})`;
      expect(svg.getAttribute('role'), at).toBe('img');
      expect(svg.getAttribute('aria-labelledby'), at).toBe(`${chart.id}-title ${chart.id}-desc`);
      const [first, second] = [...svg.children];
      expect(first.tagName.toLowerCase(), at).toBe('title');
      expect(first.getAttribute('id'), at).toBe(`${chart.id}-title`);
      expect(first.textContent, at).toBe(chart.title);
      expect(second.tagName.toLowerCase(), at).toBe('desc');
      expect(second.getAttribute('id'), at).toBe(`${chart.id}-desc`);
      expect(second.textContent, at).toBe(chart.desc);
      expect(chart.desc.length, at).toBeGreaterThan(100);
    }
  });

  it('has no <style> element and no style attribute (the CSP allows neither), nor any script or link', () => {
    for (const { name, lang, chart } of charts) {
      expect(chart.svg, `${name} (${lang})`).not.toMatch(/<style|\sstyle=|<script|\son\w+=|<a\s|href=/i);
    }
  });

  it(`weighs at most ${MAX_SVG_BYTES / 1024} KB`, () => {
    for (const { name, lang, chart } of charts) expect(svgBytes(chart.svg), `${name} (${lang})`).toBeLessThanOrEqual(MAX_SVG_BYTES);
  });

  it('uses only the colour-blind-safe palette: blues, one dark orange, greys — no red or green', () => {
    const allowed = new Set([DARK, FLAG, GREY, INK, LIGHT, MID, 'white', 'none', 'currentColor', 'inherit'].map((c) => c.toLowerCase()));
    for (const { name, lang, chart } of charts) {
      for (const [, colour] of chart.svg.matchAll(/\s(?:fill|stroke)="([^"]+)"/g)) {
        const rgb = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(colour);
        if (rgb) {
          // the count scale runs from LIGHT to MID: blue dominates every step
          const [r, g, b] = rgb.slice(1).map(Number);
          expect(b >= g && g >= r, `${name} (${lang}): ${colour}`).toBe(true);
        } else expect(allowed.has(colour.toLowerCase()), `${name} (${lang}): ${colour}`).toBe(true);
      }
    }
  });

  it('comes with a data table: caption, column headers, one header cell per row, as many cells as columns', () => {
    for (const { name, lang, chart } of charts) {
      const at = `${name} (${lang})`;
      expect(chart.table.caption.length, at).toBeGreaterThan(0);
      expect(chart.table.rows.length, at).toBeGreaterThan(0);
      for (const r of chart.table.rows) expect(r.cells.length + 1, at).toBe(chart.table.columns.length);
    }
  });

  it('has ids unique across the charts a page can carry', () => {
    for (const lang of LANGS) {
      const ids = charts.filter((c) => c.lang === lang && c.name.startsWith('indicators ilo-alianzas-2021')).map((c) => c.chart.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('institution × theme heatmap', () => {
  it('draws a row per addressed institution and a column per theme, each cell the count of actorThemeMatrix, stated in the desc', () => {
    const m = actorThemeMatrix(lib);
    for (const lang of LANGS) {
      const chart = matrixHeatmap(lib, lang)!;
      expect(chart.table.rows.map((r) => (typeof r.head === 'object' ? r.head.text : r.head))).toEqual(m.actors.map((a) => a.name[lang]));
      for (const [ai, a] of m.actors.entries()) {
        const counts = m.themes.map((t) => m.cells.find((c) => c.actor === a.id && c.theme === t.id)!.recommendations.length);
        expect(chart.table.rows[ai].cells.slice(0, m.themes.length)).toEqual(counts);
        expect(chart.desc).toContain(`${a.name[lang]}: ${m.themes.map((t, i) => `${t.name[lang]} ${counts[i]}`).join(', ')}`);
      }
      // every non-empty cell shows its number; empty ones are gaps (dashed, no number)
      const svg = svgOf(chart);
      const filled = m.cells.filter((c) => c.recommendations.length > 0).length;
      expect(svg.querySelectorAll('rect').length).toBe(m.cells.length);
      expect(svg.querySelectorAll('[stroke-dasharray] rect').length).toBe(m.cells.length - filled);
    }
  });

  it('draws one institution\u2019s row alone, and links table cells when asked', () => {
    const id = 'mimp';
    const chart = matrixHeatmap(lib, 'es', { actors: [id], id: 'chart-mimp', href: (a, t) => `/x/${a}/${t}/` })!;
    expect(chart.table.rows).toHaveLength(1);
    expect(chart.svg).toContain('id="chart-mimp-title"');
    const linked = chart.table.rows[0].cells.filter((c) => typeof c === 'object');
    expect(linked.length).toBe(chart.cells.filter((c) => c.recommendations.length > 0).length);
    // an institution nothing is addressed to has no row
    const unaddressed = lib.actors.find((a) => !lib.recommendationsByAddressee.has(a.id))!;
    expect(matrixHeatmap(lib, 'es', { actors: [unaddressed.id] })).toBeNull();
  });
});

describe('items by kind and theme', () => {
  it('counts each item once per theme of its components, as the desc says', () => {
    for (const e of lib.evaluations) {
      const chart = kindThemeChart(lib, 'en', e.id)!;
      const items = lib.itemsByEvaluation.get(e.id)!;
      for (const r of chart.table.rows) {
        const theme = lib.themes.find((t) => t.name.en === (typeof r.head === 'object' ? r.head.text : r.head));
        if (!theme) continue; // the "No theme" row, if any
        const kinds = chart.table.columns.slice(1).map((c) => c.label);
        r.cells.forEach((n, i) => {
          if (!theme) return;
          const kind = (['finding', 'conclusion', 'lesson', 'practice', 'recommendation'] as const).find((k) => useTranslations('en')(`kind.${k}.many`) === kinds[i])!;
          expect(n, `${e.id} ${theme.id} ${kind}`).toBe(items.filter((it) => it.kind === kind && themesOf(lib, it).includes(theme.id)).length);
          expect(chart.desc).toContain(`${kinds[i]} ${n}`);
        });
      }
      expect(chart.desc).toContain(String(items.length));
    }
  });
});

describe('logframe indicators', () => {
  it('reads a printed value only when its form leaves no doubt', () => {
    expect(readPrinted('45%')).toEqual({ ok: true, n: 45, unit: '%', asterisk: false });
    expect(readPrinted('24,8%')).toMatchObject({ ok: true, n: 24.8 });
    expect(readPrinted('87.1%')).toMatchObject({ ok: true, n: 87.1 });
    expect(readPrinted('268*')).toEqual({ ok: true, n: 268, unit: 'count', asterisk: true });
    expect(readPrinted('1,234,567')).toMatchObject({ ok: true, n: 1234567 });
    for (const s of ['1,046', '1.257']) expect(readPrinted(s)).toEqual({ ok: false, reason: 'ambiguous' });
    for (const s of ['¿?', 'NA', 'N/A', '-', 'No se actualizó', 'Not measured', 'materiales para tres cursos']) expect(readPrinted(s)).toEqual({ ok: false, reason: 'not-number' });
  });

  it('plots each numeric value as its share of the printed target, states it in the desc, and lists every other value with its reason', () => {
    const t = useTranslations('en');
    for (const [e, inds] of lib.indicatorsByEvaluation) {
      for (const c of indicatorCharts(lib, 'en', e)) {
        if (!c.chart) continue;
        const rows = new Map(c.chart.table.rows.map((r) => [(r.head as { text: string }).text, r]));
        for (const ind of inds.filter((i) => i.level === c.level)) {
          const r = readIndicator(ind, t);
          const row = rows.get(ind.code)!;
          expect(row, `${e} ${ind.code}`).toBeDefined();
          const remarks = String(row.cells[3]);
          for (const p of [r.baseline, ...r.values]) {
            if (!p) continue;
            const target = readPrinted(r.target!);
            const read = readPrinted(p.printed);
            if (p.pct !== undefined) {
              // never "corrected": the share is the printed value over the printed target
              expect(read.ok && target.ok && Math.abs(p.pct - (read.n / target.n) * 100) < 1e-9, `${e} ${ind.code} ${p.printed}`).toBe(true);
              expect(c.chart.desc, `${e} ${ind.code}`).toContain(`${Math.round(p.pct)}%`);
            } else {
              expect(p.refused, `${e} ${ind.code} ${p.printed}`).toBeTruthy();
              expect(remarks, `${e} ${ind.code}`).toContain(p.refused!);
            }
            expect((row.cells[0] as { text: string }).text + (row.cells[2] as { text: string }).text, `${e} ${ind.code}`).toContain(p.printed);
          }
          if (ind.notes.length) expect(remarks).toContain(t('chart.indicators.flagged'));
        }
      }
    }
  });

  it('refuses what cannot be compared: the ambiguous "1,046", a count baseline against a % target, "¿?"', () => {
    const t = useTranslations('en');
    const find = (e: string, level: string, code: string) => readIndicator(lib.indicatorsByEvaluation.get(e)!.find((i) => i.level === level && i.code === code)!, t);
    const ambiguous = find('ilo-alianzas-2021', 'output', '2.1.2.1').values[0];
    expect([ambiguous.printed, ambiguous.pct, ambiguous.refused]).toEqual(['1,046', undefined, t('chart.indicators.ambiguous', { value: '1,046' })]);
    const baseline = find('ilo-alianzas-2024', 'outcome', '3.3.1.2').baseline!;
    expect([baseline.printed, baseline.pct, baseline.refused]).toEqual(['9', undefined, t('chart.indicators.unit', { value: '9' })]);
    const unknown = find('ilo-alianzas-2021', 'outcome', '2.1.2.2').values[0];
    expect([unknown.printed, unknown.pct, unknown.refused]).toEqual(['¿?', undefined, t('chart.indicators.notNumber', { value: '¿?' })]);
    // a flagged value is drawn, and marked
    const flagged = find('ilo-alianzas-2021', 'output', '1.2.1.1');
    expect(flagged.flagged).toBe(true);
    expect(flagged.values[0].pct).toBeCloseTo((268 / 350) * 100);
  });

  it(`draws values beyond ${CAP}% at the edge with their real number`, () => {
    const chart = indicatorCharts(lib, 'en', 'ilo-alianzas-2021').find((c) => c.level === 'outcome')!.chart!;
    // 2.2.1.4: 1350% against a 40% target
    expect(chart.svg).toContain('3375% →');
    expect(chart.desc).toContain('3375%');
  });
});

describe('budget planned vs executed', () => {
  it('reads only what the table prints, from Annex 20 of the 2021 report', () => {
    expect(readUsd('5,689,135')).toBe(5689135);
    expect(readUsd('-4')).toBe(-4);
    expect(readUsd('-')).toBeNull();
    expect(readUsd('$35.234,31')).toBeNull();
    const src = BUDGET_SOURCES[0];
    const lines = lib.budgetByEvaluation.get(src.evaluation)!.filter((l) => l.anchor === src.anchor);
    const chart = budgetChart(lib, 'en', src.evaluation)!;
    expect(chart.desc).toContain(lines[0].table);
    for (const row of src.rows) {
      const line = lines.find((l) => l.id === `${src.evaluation}-budget-${src.anchor}-${row}`)!;
      expect(line, row).toBeDefined();
      for (const c of line.columns.filter((x) => / \/ (Programado|Ejecutado USD)$/.test(x.name) && !x.name.startsWith('Año 2021'))) {
        expect(chart.desc, `${row} ${c.name}`).toMatch(whole(c.value));
      }
    }
    // 2021 prints only the planned amount: listed, not drawn
    expect(chart.notes.join(' ')).toMatch(/2021: the table prints only the planned amount/);
  });

  it('charts rows that add up to the printed TOTAL, period by period', () => {
    const src = BUDGET_SOURCES[0];
    const lines = lib.budgetByEvaluation.get(src.evaluation)!;
    const get = (row: string) => lines.find((l) => l.id === `${src.evaluation}-budget-${src.anchor}-${row}`)!;
    const total = get(src.total);
    for (const col of total.columns.filter((c) => / \/ (Programado|Ejecutado USD)$/.test(c.name))) {
      const sum = src.rows.reduce((s, r) => s + readUsd(get(r).columns.find((c) => c.name === col.name)!.value)!, 0);
      // the annex rounds to the dollar
      expect(Math.abs(sum - readUsd(col.value)!), col.name).toBeLessThanOrEqual(2);
    }
  });
});

describe('Plot stays on the server', () => {
  it('is imported by no client script', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(join(ROOT, 'src', 'scripts'));
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/observablehq|lib\/charts|linkedom/);
    // and no component puts the charts module in a client <script>
    const chart = readFileSync(join(ROOT, 'src', 'components', 'Chart.astro'), 'utf8');
    expect(chart).not.toMatch(/<script/);
  });
});
