/** What a chart hands to src/components/Chart.astro: the SVG, the words around it and its data table. */
import type { Lang } from '../../content/model';

/** A table cell: text, a number, or text with a link and/or a language other than the page's. */
export type Cell = string | number | { text: string; href?: string; lang?: Lang };

export interface ChartTable {
  caption: string;
  /** the first column is the rows' header */
  columns: { label: string; num?: boolean }[];
  rows: { head: Cell; cells: Cell[] }[];
}

/** The marks a legend can show; Chart.astro draws each swatch as a small SVG, so it prints. */
export type LegendSymbol = 'fill-light' | 'fill-dark' | 'gap' | 'baseline' | 'value' | 'flagged' | 'target' | 'beyond';

export interface Chart {
  /** unique on the page */
  id: string;
  title: string;
  desc: string;
  svg: string;
  table: ChartTable;
  legend: { symbol: LegendSymbol; label: string }[];
  /** what the chart leaves out and why, shown under it */
  notes: string[];
}
