/**
 * Logframe indicators, one chart per level: a row per indicator, its baseline and reported
 * values as a percentage of its target (target = 100%). Only numbers the report prints in the
 * table that gives the target, and only where baseline or value and target are in the same unit
 * (a bare 0 is 0 in any unit). Everything else — "¿?", "NA", "No se actualizó", a value whose
 * separator is ambiguous, a count against a percentage target — is written on the chart as
 * printed when a row has nothing to draw, and listed in the table with the reason: never
 * converted, corrected or guessed. Indicators the editors flag are drawn with another mark.
 */
import * as Plot from '@observablehq/plot';
import { INDICATOR_LEVELS, type Indicator, type Lang } from '../../content/model';
import { useTranslations, type Translate } from '../../i18n';
import type { Library } from '../library';
import { readPrinted, type Reading } from './numbers';
import { DARK, FLAG, GREY, INK } from './palette';
import { renderSvg } from './render';
import type { Chart } from './types';

/** Values beyond this % of target are drawn at the edge, with their number. */
export const CAP = 300;

type Level = (typeof INDICATOR_LEVELS)[number];

interface Point {
  /** date or measurement as printed ("2020-06", "Mid term", "I medición") */
  label: string;
  printed: string;
  pct?: number;
  /** why it is not drawn */
  refused?: string;
  asterisk?: boolean;
}

export interface IndicatorReading {
  indicator: Indicator;
  /** the table that prints the target ("Anexo 16"): baseline and values come from it only */
  source?: string;
  target?: string;
  targetRefused?: string;
  baseline?: Point;
  values: Point[];
  flagged: boolean;
}

const pctOf = (r: Reading & { ok: true }, target: Reading & { ok: true }) => (r.n / target.n) * 100;
const comparable = (r: Reading & { ok: true }, target: Reading & { ok: true }) => r.unit === target.unit || r.n === 0;

/** What of an indicator can be drawn against its target, and what cannot, and why. */
export function readIndicator(ind: Indicator, t: Translate): IndicatorReading {
  const flagged = ind.notes.length > 0;
  const withTarget = ind.values.find((v) => v.target !== undefined);
  if (!withTarget) return { indicator: ind, values: [], flagged, targetRefused: t('chart.indicators.noTarget') };
  const source = withTarget.source;
  const scope = ind.values.filter((v) => v.source === source);
  const target = readPrinted(withTarget.target!);
  const refuse = (label: string, printed: string, why: string): Point => ({ label, printed, refused: why });
  const point = (label: string, printed: string): Point => {
    const r = readPrinted(printed);
    if (!r.ok) return refuse(label, printed, r.reason === 'ambiguous' ? t('chart.indicators.ambiguous', { value: printed }) : t('chart.indicators.notNumber', { value: printed }));
    if (!target.ok || target.n === 0) return refuse(label, printed, t('chart.indicators.noTarget'));
    if (!comparable(r, target)) return refuse(label, printed, t('chart.indicators.unit', { value: printed }));
    return { label, printed, pct: pctOf(r, target), asterisk: r.asterisk };
  };
  const b = scope.find((v) => v.baseline !== undefined);
  const values = scope.filter((v) => v.value !== undefined).map((v) => point(v.date ?? v.source, v.value!));
  return {
    indicator: ind,
    source,
    target: withTarget.target,
    targetRefused: target.ok && target.n !== 0 ? undefined : t('chart.indicators.targetNotNumber', { value: withTarget.target! }),
    baseline: b ? point(b.date ?? b.source, b.baseline!) : undefined,
    values,
    flagged: flagged || values.some((v) => v.asterisk),
  };
}

const fmt = (p: number) => `${Math.round(p)}%`;

function levelChart(lib: Library, lang: Lang, evaluation: string, level: Level, readings: IndicatorReading[]): Chart {
  const t = useTranslations(lang);
  const levelName = t(`indicators.level.${level}`);
  const id = `chart-indicators-${level}`;
  // rows keyed by id: two indicators of a level may print the same code
  const keys = readings.map((r) => r.indicator.id);
  const codeOf = new Map(readings.map((r) => [r.indicator.id, r.indicator.code]));
  const sources = [...new Set(readings.map((r) => r.source).filter((s): s is string => !!s))];
  const drawn = (r: IndicatorReading) => [r.baseline, ...r.values].filter((p): p is Point & { pct: number } => p?.pct !== undefined);
  const clip = (p: number) => Math.min(p, CAP);

  const baselines = readings.flatMap((r) => (r.baseline?.pct !== undefined ? [{ key: r.indicator.id, x: clip(r.baseline.pct), pct: r.baseline.pct }] : []));
  const values = readings.flatMap((r) => {
    const list = r.values.filter((v) => v.pct !== undefined);
    return list.map((v, i) => ({ key: r.indicator.id, x: clip(v.pct!), pct: v.pct!, flagged: r.flagged, latest: i === list.length - 1 }));
  });
  // one rule per row, from its lowest to its highest point
  const spans = readings.flatMap((r) => {
    const xs = drawn(r).map((p) => clip(p.pct));
    return xs.length > 1 ? [{ key: r.indicator.id, x1: Math.min(...xs), x2: Math.max(...xs) }] : [];
  });
  // what lies beyond the edge, one label per row
  const beyond = readings.flatMap((r) => {
    const over = [...new Set(drawn(r).filter((p) => p.pct > CAP).map((p) => fmt(p.pct)))];
    return over.length ? [{ key: r.indicator.id, text: `${over.join(' · ')} →` }] : [];
  });
  // a row with no value to draw shows what the report printed instead
  const valueless = readings.filter((r) => r.values.every((v) => v.pct === undefined));
  const unread = valueless.map((r) => {
    const printed = [...new Set([r.baseline, ...r.values].filter((p) => p && p.refused).map((p) => p!.printed))];
    return { key: r.indicator.id, text: printed.length ? printed.join(' · ').slice(0, 60) : `(${r.targetRefused ?? t('chart.indicators.noValue')})` };
  });

  const rowText = (r: IndicatorReading) => {
    const parts = [
      ...(r.baseline?.pct !== undefined ? [`${t('indicators.baseline')} ${fmt(r.baseline.pct)}`] : []),
      ...r.values.filter((v) => v.pct !== undefined).map((v) => (r.values.length > 1 ? `${v.label} ${fmt(v.pct!)}` : fmt(v.pct!))),
    ];
    return parts.length ? `${r.indicator.code}${r.flagged ? ` (${t('chart.indicators.flaggedShort')})` : ''}: ${parts.join(', ')}` : '';
  };
  const drawnRows = readings.filter((r) => drawn(r).length > 0);
  const title = t('chart.indicators.title', { level: levelName });
  const desc = t('chart.indicators.desc', {
    n: readings.length,
    source: sources.join(', '),
    cap: CAP,
    drawn: drawnRows.length,
    values: drawnRows.map(rowText).join('; '),
  });

  const rowH = 17;
  const marginTop = 30;
  const marginBottom = 8;
  const height = marginTop + marginBottom + keys.length * rowH;
  const svg = renderSvg(
    {
      width: 620,
      height,
      marginLeft: 62,
      marginRight: 110,
      marginTop,
      marginBottom,
      x: { domain: [0, CAP], axis: null },
      y: { domain: keys, axis: null, padding: 0 },
      marks: [
        Plot.gridX({ ticks: [50, 150, 200, 250, 300], stroke: GREY, strokeOpacity: 0.35 }),
        Plot.axisX({ anchor: 'top', ticks: [0, 50, 100, 150, 200, 250, 300], tickFormat: (d: number) => `${d}%`, label: null, fill: INK }),
        Plot.axisY({ tickSize: 0, label: null, fill: INK, tickFormat: (id: string) => codeOf.get(id) }),
        Plot.ruleX([0], { stroke: GREY }),
        Plot.ruleX([100], { stroke: INK, strokeDasharray: '4,3' }),
        Plot.ruleY(spans, { y: 'key', x1: 'x1', x2: 'x2', stroke: GREY, strokeWidth: 1.5 }),
        Plot.dot(baselines, { x: 'x', y: 'key', symbol: 'square', r: 5, stroke: INK, fill: 'white' }),
        ...[false, true].flatMap((flagged) =>
          [false, true].map((latest) => {
            const colour = flagged ? FLAG : DARK;
            return Plot.dot(
              values.filter((v) => v.flagged === flagged && v.latest === latest),
              { x: 'x', y: 'key', symbol: flagged ? 'triangle' : 'circle', r: flagged ? 5 : 3.5, stroke: colour, strokeWidth: 1.5, fill: latest ? colour : 'white' },
            );
          }),
        ),
        Plot.text(beyond, { x: CAP, y: 'key', text: 'text', textAnchor: 'start', dx: 8, fill: INK }),
        Plot.text(unread, { x: 0, y: 'key', text: 'text', textAnchor: 'start', dx: 9, fill: INK, fontStyle: 'italic' }),
      ],
    },
    { id, title, desc },
  );

  const original: Lang = lib.evaluation.get(evaluation)!.language;
  const valueCell = (p: Point) => `${p.label}: ${p.printed}${p.pct !== undefined ? ` (${fmt(p.pct)})` : ''}`;
  return {
    id,
    title,
    desc,
    svg,
    table: {
      caption: t('chart.indicators.caption', { level: levelName }),
      columns: [{ label: t('chart.indicators.indicator') }, { label: t('indicators.baseline') }, { label: t('indicators.target') }, { label: t('chart.indicators.reported') }, { label: t('chart.indicators.remarks') }],
      rows: readings.map((r) => ({
        head: { text: r.indicator.code, href: `#${r.indicator.id}` },
        cells: [
          { text: r.baseline ? `${r.baseline.printed}${r.baseline.pct !== undefined ? ` (${fmt(r.baseline.pct)})` : ''}` : '', lang: original },
          { text: r.target ?? '', lang: original },
          { text: r.values.map(valueCell).join(' · '), lang: original },
          [...new Set([
            ...(r.flagged ? [t('chart.indicators.flagged')] : []),
            ...(r.targetRefused ? [r.targetRefused] : []),
            ...[r.baseline, ...r.values].filter((p) => p?.refused).map((p) => p!.refused!),
            ...[r.baseline, ...r.values].filter((p) => p?.pct !== undefined && p.pct > CAP).map((p) => t('chart.indicators.beyondCell', { value: fmt(p!.pct!) })),
          ])].join('; '),
        ],
      })),
    },
    legend: [
      { symbol: 'target', label: t('chart.indicators.legendTarget') },
      { symbol: 'baseline', label: t('indicators.baseline') },
      { symbol: 'value', label: t('chart.indicators.legendValue') },
      { symbol: 'flagged', label: t('chart.indicators.legendFlagged') },
    ],
    notes: [
      t('chart.indicators.noteScope', { source: sources.join(', ') }),
      ...(beyond.length ? [t('chart.indicators.noteBeyond', { cap: CAP })] : []),
      ...(valueless.length ? [t('chart.indicators.noteUndrawn', { n: valueless.length })] : []),
    ],
  };
}

export interface LevelChart {
  level: Level;
  chart: Chart | null;
  /** why there is no chart */
  none?: string;
}

/** One chart per level of an evaluation's logframe (levels without any numeric target get a sentence instead). */
export function indicatorCharts(lib: Library, lang: Lang, evaluation: string): LevelChart[] {
  const t = useTranslations(lang);
  const all = lib.indicatorsByEvaluation.get(evaluation) ?? [];
  return INDICATOR_LEVELS.flatMap((level): LevelChart[] => {
    const list = all.filter((i) => i.level === level);
    if (list.length === 0) return [];
    const readings = list.map((i) => readIndicator(i, t));
    if (readings.every((r) => r.source === undefined)) return [{ level, chart: null, none: t('chart.indicators.noTargets') }];
    return [{ level, chart: levelChart(lib, lang, evaluation, level, readings) }];
  });
}
