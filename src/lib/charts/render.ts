/**
 * Renders an Observable Plot spec to an SVG string at build time, with linkedom as the DOM, and
 * makes it fit for the site: no inline styles (the Content-Security-Policy forbids them; the
 * equivalent rules are in src/styles/charts.css), role="img" with a <title> and a <desc> wired by
 * aria-labelledby, and short coordinates. Server-only: pages import it in their frontmatter, so
 * Plot never reaches the browser.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Plot's class on every chart; charts.css styles it. */
export const PLOT_CLASS = 'chart-plot';
/** The budget of one chart's SVG, in bytes (UTF-8). */
export const MAX_SVG_BYTES = 20 * 1024;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgText {
  /** unique on the page: the title and desc ids derive from it */
  id: string;
  title: string;
  /** states the chart's numbers, for screen readers and for anyone who cannot see the marks */
  desc: string;
}

/** Plot writes up to 15 decimals; a tenth of a pixel is plenty. Only attribute values, never text. */
function shortenNumbers(svg: string): string {
  return svg.replace(/="([^"]*)"/g, (_, v: string) => `="${v.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`);
}

export function renderSvg(spec: Plot.PlotOptions, text: SvgText): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...spec, className: PLOT_CLASS, document: document as unknown as Document }) as unknown as Element;
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error(`chart ${text.id}: expected Plot to return an <svg> (no title, caption or legend options), got <${svg.tagName}>`);
  for (const s of [...svg.querySelectorAll('style')]) s.remove();
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    el.removeAttribute('style');
    // under role="img" the children are presentational: their labels would only add bytes
    if (el !== svg) el.removeAttribute('aria-label');
  }
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  // Plot's 10 px is too small once a 600 px chart shrinks to a phone; the margins are set for 12 px
  svg.setAttribute('font-size', '12');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${text.id}-title ${text.id}-desc`);
  svg.setAttribute('id', text.id);
  const title = document.createElementNS(SVG_NS, 'title');
  title.setAttribute('id', `${text.id}-title`);
  title.textContent = text.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.setAttribute('id', `${text.id}-desc`);
  desc.textContent = text.desc;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
  return shortenNumbers(svg.outerHTML);
}

export const svgBytes = (svg: string): number => Buffer.byteLength(svg, 'utf8');
