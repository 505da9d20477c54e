/** A grid of counts (rows × columns), the number written in each cell; 0 is drawn as an empty, dashed cell. */
import * as Plot from '@observablehq/plot';
import { GREY, INK, LIGHT, MID } from './palette';
import { renderSvg, type SvgText } from './render';

export interface GridInput extends SvgText {
  rows: string[];
  cols: string[];
  /** count of row r, column c: counts[r][c] */
  counts: number[][];
  /** column width in px (labels wrap to fit) */
  colWidth?: number;
  /** the count that gets the darkest fill (default the largest here), so one row drawn alone keeps its colours */
  max?: number;
}

/** Fill for a count of 1..max (0 is a gap, drawn unfilled): light to mid blue, so black numbers stay readable. */
function countFill(max: number): (n: number) => string {
  const scale = Plot.scale({ color: { type: 'linear', domain: [0, Math.max(1, max)], range: [LIGHT, MID], interpolate: 'hcl' } });
  return (n) => String(scale.apply(n));
}

const CELL_H = 26;
const CHAR_PX = 7; // a 12 px system-ui glyph, on average, with room to spare

export function countGridSvg(g: GridInput): string {
  const cells = g.rows.flatMap((row, r) => g.cols.map((col, c) => ({ row, col, n: g.counts[r][c] })));
  const fill = countFill(g.max ?? Math.max(0, ...cells.map((d) => d.n)));
  const marginLeft = Math.min(240, 16 + Math.max(...g.rows.map((r) => r.length)) * CHAR_PX);
  const colW = g.colWidth ?? 100;
  const marginTop = 64; // four lines of column label
  return renderSvg(
    {
      width: Math.round(marginLeft + g.cols.length * colW + 16),
      height: marginTop + g.rows.length * CELL_H + 4,
      marginLeft,
      marginTop,
      marginRight: 16,
      marginBottom: 4,
      x: { domain: g.cols, axis: null, padding: 0 },
      y: { domain: g.rows, axis: null, padding: 0 },
      marks: [
        Plot.axisX({ anchor: 'top', tickSize: 0, label: null, lineWidth: (colW / 12) * 0.85, fill: INK }),
        Plot.axisY({ tickSize: 0, label: null, fill: INK }),
        Plot.cell(cells.filter((d) => d.n === 0), { x: 'col', y: 'row', fill: 'none', stroke: GREY, strokeDasharray: '3,3', inset: 2 }),
        Plot.cell(cells.filter((d) => d.n > 0), { x: 'col', y: 'row', fill: (d: { n: number }) => fill(d.n), stroke: INK, strokeOpacity: 0.35, inset: 1 }),
        Plot.text(cells.filter((d) => d.n > 0), { x: 'col', y: 'row', text: (d: { n: number }) => String(d.n), fill: INK, fontWeight: 600 }),
      ],
    },
    g,
  );
}
