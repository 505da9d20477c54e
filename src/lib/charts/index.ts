/** Build-time charts (Observable Plot → inline SVG). Server-only: import from .astro frontmatter, never from a client script. */
export type { Cell, Chart, ChartTable, LegendSymbol } from './types';
export { MAX_SVG_BYTES, svgBytes } from './render';
export { matrixHeatmap, type MatrixOptions } from './matrix';
export { kindThemeChart } from './kinds';
export { indicatorCharts, readIndicator, CAP, type LevelChart } from './indicators';
export { budgetChart, readUsd, BUDGET_SOURCES } from './budget';
export { readPrinted } from './numbers';
