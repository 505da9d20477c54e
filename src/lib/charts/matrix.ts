/**
 * The institution × theme matrix as a heatmap: rows the institutions some recommendation is
 * addressed to, columns the shared themes, in each cell the number of recommendations addressed
 * to it in that theme (src/lib/accountability.ts computes the matrix; this only draws it).
 */
import type { Lang } from '../../content/model';
import { useTranslations } from '../../i18n';
import { actorThemeMatrix, type MatrixCell } from '../accountability';
import type { Library } from '../library';
import { urlFor } from '../urls';
import { countGridSvg } from './grid';
import type { Cell, Chart } from './types';

export interface MatrixOptions {
  /** only these institutions' rows (e.g. one institution's page), in this order; default all */
  actors?: string[];
  /** default "chart-matrix"; must be unique on the page */
  id?: string;
  /** a link for a cell of the data table (the SVG has no links: inside role="img" they would be unreachable) */
  href?: (actor: string, theme: string) => string | undefined;
}

/** Short row label: the acronym, else the name cut to fit (the table and the desc give full names). */
function shortName(acronym: string | null | undefined, name: string): string {
  if (acronym) return acronym;
  return name.length > 30 ? `${name.slice(0, 28).trimEnd()}…` : name;
}

/** null when none of the institutions asked for has a recommendation addressed to it (no row to draw). */
export function matrixHeatmap(lib: Library, lang: Lang, options: MatrixOptions = {}): (Chart & { cells: MatrixCell[] }) | null {
  const t = useTranslations(lang);
  const m = actorThemeMatrix(lib);
  const actors = options.actors ? options.actors.map((id) => m.actors.find((a) => a.id === id)).filter((a) => a !== undefined) : m.actors;
  if (actors.length === 0) return null;
  const cells = m.cells.filter((c) => actors.some((a) => a.id === c.actor));
  const count = (actor: string, theme: string) => cells.find((c) => c.actor === actor && c.theme === theme)!.recommendations.length;
  const themeNames = m.themes.map((th) => th.name[lang]);
  const id = options.id ?? 'chart-matrix';
  const title = t('chart.matrix.title');
  const rowsText = actors.map((a) => `${a.name[lang]}: ${m.themes.map((th) => `${th.name[lang]} ${count(a.id, th.id)}`).join(', ')}`).join('. ');
  const desc = t('chart.matrix.desc', { cells: `${rowsText}.` });
  const svg = countGridSvg({
    id,
    title,
    desc,
    rows: actors.map((a) => shortName(a.acronym, a.name[lang])),
    cols: themeNames,
    counts: actors.map((a) => m.themes.map((th) => count(a.id, th.id))),
    max: Math.max(...m.cells.map((c) => c.recommendations.length)),
  });
  const cell = (actor: string, theme: string): Cell => {
    const n = count(actor, theme);
    const href = n > 0 ? options.href?.(actor, theme) : undefined;
    return href ? { text: String(n), href } : n;
  };
  return {
    id,
    title,
    desc,
    svg,
    cells,
    table: {
      caption: t('chart.matrix.caption'),
      columns: [{ label: t('chart.institution') }, ...themeNames.map((label) => ({ label, num: true })), { label: t('chart.matrix.total'), num: true }],
      rows: actors.map((a) => ({
        head: { text: a.name[lang], href: urlFor(lang, { type: 'actor', actor: a.id }) },
        cells: [...m.themes.map((th) => cell(a.id, th.id)), lib.recommendationsByAddressee.get(a.id)?.length ?? 0],
      })),
    },
    legend: [
      { symbol: 'fill-dark', label: t('chart.legend.count') },
      { symbol: 'gap', label: t('chart.matrix.gap') },
    ],
    notes: [t('chart.multiTheme')],
  };
}
