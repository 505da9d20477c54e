/**
 * Budget planned vs executed, by component and year — only where a printed table gives both.
 *
 * Source of every number: ILO 2021 mid-term evaluation, Annex 20 ("Ejecución financiera del
 * Proyecto según años, componentes y productos", from the ILO annual financial reports), columns
 * "Año 2018/2019/2020 / Programado" and "… / Ejecutado USD", "Acumulado / Programado" and
 * "Acumulado / Ejecutado USD", and the printed "%" beside them. Its rows Componente 1-3, Costos
 * operativos and PM add up to its TOTAL (content/budget/ilo-alianzas-2021.yaml, header). Not
 * charted: Annex 20's "Año 2021" (planned only) and "Saldos anteriores" (a balance); Annex 19
 * (the same cumulative figures, no years); Tablas 3-6 (planned only); and every ILO 2024 table
 * (executed only in Table 5; shares in Charts 1-3 and Tables 7-8; budget extensions in Table 3
 * and Annex 4) — none prints planned and executed side by side.
 */
import * as Plot from '@observablehq/plot';
import type { BudgetLine, Lang } from '../../content/model';
import { useTranslations } from '../../i18n';
import type { Library } from '../library';
import { urlFor } from '../urls';
import { DARK, INK, LIGHT } from './palette';
import { renderSvg } from './render';
import type { Chart } from './types';

export const BUDGET_SOURCES = [
  { evaluation: 'ilo-alianzas-2021', anchor: 'anexo-20', rows: ['componente-1', 'componente-2', 'componente-3', 'costos-operativos', 'pm'], total: 'total' },
] as const;

/** Amounts as the 2021 tables print them: USD, thousands separated by commas (the file header says so). */
export function readUsd(printed: string): number | null {
  return /^-?\d{1,3}(,\d{3})*$/.test(printed.trim()) ? Number(printed.replace(/,/g, '')) : null;
}

const PLANNED = 'Programado';
const EXECUTED = 'Ejecutado USD';

interface Bar {
  line: BudgetLine;
  period: string;
  planned: string;
  executed: string;
  pct?: string;
}

/** The periods of a row that print both a planned and an executed amount, and those that print only one. */
function periodsOf(line: BudgetLine): { bars: Bar[]; partial: { period: string; printed: string; has: string }[] } {
  const periods = [...new Set(line.columns.map((c) => /^(.*) \/ (.*)$/.exec(c.name)).filter((m) => m !== null).map((m) => m[1]))];
  const get = (period: string, what: string) => line.columns.find((c) => c.name === `${period} / ${what}`)?.value;
  const bars: Bar[] = [];
  const partial: { period: string; printed: string; has: string }[] = [];
  for (const period of periods) {
    const planned = get(period, PLANNED);
    const executed = get(period, EXECUTED);
    if (planned !== undefined && executed !== undefined) bars.push({ line, period, planned, executed, pct: get(period, '%') });
    else if (planned !== undefined || executed !== undefined) partial.push({ period, printed: (planned ?? executed)!, has: planned !== undefined ? PLANNED : EXECUTED });
  }
  // years in order, then the cumulative column
  const order = (p: string) => Number(/^Año (\d{4})$/.exec(p)?.[1] ?? Infinity);
  bars.sort((a, b) => order(a.period) - order(b.period));
  return { bars, partial };
}

export function budgetChart(lib: Library, lang: Lang, evaluation: string, id = 'chart-budget'): Chart | null {
  const src = BUDGET_SOURCES.find((s) => s.evaluation === evaluation);
  if (!src) return null;
  const t = useTranslations(lang);
  const lines = (lib.budgetByEvaluation.get(evaluation) ?? []).filter((l) => l.anchor === src.anchor);
  const line = (row: string) => lines.find((l) => l.id === `${evaluation}-budget-${src.anchor}-${row}`);
  const parts = src.rows.map(line).filter((l): l is BudgetLine => l !== undefined);
  const total = line(src.total);
  if (parts.length === 0) return null;
  const periodName = (p: string) => {
    const year = /^Año (\d{4})$/.exec(p);
    return year ? t('chart.budget.year', { year: year[1] }) : p === 'Acumulado' ? t('chart.budget.cumulative') : p;
  };

  const read = parts.map(periodsOf);
  const bars = read.flatMap((r) => r.bars);
  const refused = bars.filter((b) => readUsd(b.planned) === null || readUsd(b.executed) === null);
  const data = bars
    .filter((b) => !refused.includes(b))
    .map((b) => ({ row: b.line.row, period: periodName(b.period), planned: readUsd(b.planned)!, executed: readUsd(b.executed)!, pct: b.pct }));
  const partial = read.flatMap((r, i) => r.partial.map((p) => ({ ...p, row: parts[i].row })));
  const caption = lines[0].table;
  const title = t('chart.budget.title');
  const desc = t('chart.budget.desc', {
    source: caption,
    values: bars.map((b) => `${b.line.row}, ${periodName(b.period)}: ${t('chart.budget.planned').toLowerCase()} ${b.planned}, ${t('chart.budget.executed').toLowerCase()} ${b.executed}${b.pct ? ` (${b.pct}%)` : ''}`).join('; '),
    total: total ? periodsOf(total).bars.map((b) => `${periodName(b.period)} ${b.planned} / ${b.executed}`).join(', ') : '—',
  });

  const rows = parts.map((l) => l.row);
  const compact = new Intl.NumberFormat(lang === 'es' ? 'es-PE' : 'en', { notation: 'compact' });
  const periods = [...new Set(data.map((d) => d.period))];
  const bandH = 15;
  const facetGap = 26;
  const svg = renderSvg(
    {
      width: 600,
      height: 44 + rows.length * (periods.length * bandH + facetGap),
      marginLeft: 118,
      marginRight: 44,
      marginTop: 44,
      marginBottom: 4,
      x: { axis: null, nice: true },
      y: { domain: periods, axis: null, padding: 0.1 },
      fy: { domain: rows, axis: null, padding: facetGap / (periods.length * bandH + facetGap) },
      marks: [
        Plot.axisX({ anchor: 'top', ticks: 5, tickFormat: (d: number) => compact.format(d), label: null, fill: INK }),
        Plot.gridX({ ticks: 5, stroke: INK, strokeOpacity: 0.15 }),
        Plot.axisY({ tickSize: 0, label: null, fill: INK }),
        // the facet's name, above its bars
        Plot.text(rows, { fy: (d: string) => d, text: (d: string) => d, frameAnchor: 'top-left', dx: -114, dy: -13, textAnchor: 'start', fontWeight: 600, fill: INK }),
        Plot.barX(data, { fy: 'row', y: 'period', x: 'planned', fill: LIGHT, stroke: DARK, strokeWidth: 1 }),
        Plot.barX(data, { fy: 'row', y: 'period', x: 'executed', fill: DARK, insetTop: 3.5, insetBottom: 3.5 }),
        Plot.text(data, { fy: 'row', y: 'period', x: (d: { planned: number; executed: number }) => Math.max(d.planned, d.executed), text: (d: { pct?: string }) => (d.pct ? `${d.pct}%` : ''), dx: 4, textAnchor: 'start', fill: INK }),
      ],
    },
    { id, title, desc },
  );

  const printedIn = lib.evaluation.get(evaluation)!.language;
  const head = (l: BudgetLine) => ({ text: l.row, lang: printedIn, ...(l.component ? { href: urlFor(lang, { type: 'component', component: l.component }) } : {}) });
  const tableBars = [...bars, ...(total ? periodsOf(total).bars : [])];
  return {
    id,
    title,
    desc,
    svg,
    table: {
      caption: t('chart.budget.caption', { source: caption }),
      columns: [{ label: t('budget.row') }, { label: t('chart.budget.period') }, { label: t('chart.budget.planned'), num: true }, { label: t('chart.budget.executed'), num: true }, { label: t('chart.budget.pct'), num: true }],
      rows: tableBars.map((b) => ({ head: head(b.line), cells: [periodName(b.period), b.planned, b.executed, b.pct ?? ''] })),
    },
    legend: [
      { symbol: 'fill-light', label: t('chart.budget.planned') },
      { symbol: 'fill-dark', label: t('chart.budget.executed') },
    ],
    notes: [
      ...(total ? [t('chart.budget.noteTotal', { total: total.row })] : []),
      ...[...new Set(partial.map((p) => p.period))].map((period) =>
        t('chart.budget.notePartial', { period: periodName(period), what: t(partial.find((p) => p.period === period)!.has === PLANNED ? 'chart.budget.planned' : 'chart.budget.executed').toLowerCase(), values: partial.filter((p) => p.period === period).map((p) => `${p.row} ${p.printed}`).join(', ') }),
      ),
      ...refused.map((b) => t('chart.budget.noteUnread', { row: b.line.row, period: periodName(b.period), planned: b.planned, executed: b.executed })),
    ],
  };
}
