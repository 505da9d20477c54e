/**
 * A report's text as lines, each with the page it is printed on, from a PDF (src/ingest/pdf.ts) or
 * a text file (pages separated by form feeds, if any). Running headers and footers and page-number
 * lines are taken out (the printed page number is kept for every page); what stays is the text of
 * record written to content/sources/.
 */
import type { PdfPage } from './pdf';

export interface SourceLine {
  /** inline markdown: **bold** and *italic* runs (PDF), or the text file's own markup */
  text: string;
  /** the page it is printed on (1-based position in the file); null: the text has no pages */
  page: number | null;
  /** a new block starts here (a paragraph gap in the PDF, a blank line before it in a text file) */
  breakBefore: boolean;
  /** from the PDF's type sizes and weights: a heading, and its level (1 = largest) */
  heading?: number;
  /** looks like a table row (wide gaps between runs in the PDF) */
  tableLike?: boolean;
}

export interface PageInfo {
  number: number;
  /** the page number printed on it ("12", "iii"); null when none was found */
  printed: string | null;
  /** printed number deduced from its neighbours' */
  inferred?: boolean;
}

export interface Extracted {
  lines: SourceLine[];
  pages: PageInfo[] | null;
  /** the text of record (content/sources/<file>): the PDF's text without page furniture, pages separated by form feeds */
  sourceText: string;
  /** what was taken out or repaired, for the report */
  removed: { running: string[]; pageNumbers: number };
  review: string[];
}

/** A page-number line: "12", "- 12 -", "Página 12", "Page 12 of 80", "iii". */
const PAGE_NUMBER = /^[\s\-–—|]*(?:p[áa]g(?:ina)?\.?|page|p\.)?\s*([0-9]{1,4}|[ivxlcdm]{1,7})\s*(?:(?:de|of|\/)\s*[0-9]{1,4})?[\s\-–—|]*$/i;

/** The labels evaluation reports number their items with (src/ingest/items.ts reads them). */
const ITEM_LABEL = /^(hallazgo|finding|conclusi[oó]n|conclusion|recomendaci[oó]n|recommendation|lecci[oó]n aprendida|lesson learned|buena pr[aá]ctica|good practice|best practice)\s+(\d+|[ivxl]+)\b|^(F|C|R|LA|BP)\s?\.?\s?\d{1,3}\b/i;

const normalizeRunning = (s: string) => s.toLowerCase().replace(/[0-9]+/g, '#').replace(/\s+/g, ' ').trim();

interface RawPage {
  number: number;
  lines: { text: string; plain: string; breakBefore: boolean; heading?: number; tableLike?: boolean }[];
}

/** Running headers/footers (the same line, numbers aside, at the top or bottom of many pages) and page numbers. */
function stripFurniture(pages: RawPage[], review: string[]): { pages: RawPage[]; info: PageInfo[]; running: string[]; pageNumbers: number } {
  const ZONE = 2;
  const zone = (p: RawPage) => [...p.lines.slice(0, ZONE), ...p.lines.slice(-ZONE)];
  const counts = new Map<string, number>();
  for (const p of pages) for (const key of new Set(zone(p).map((l) => normalizeRunning(l.plain)))) if (key && !PAGE_NUMBER.test(key.replace(/#/g, '1'))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const threshold = Math.max(2, Math.ceil(0.3 * pages.length));
  const running = new Set(pages.length >= 3 ? [...counts].filter(([, n]) => n >= threshold).map(([k]) => k) : []);
  let pageNumbers = 0;
  const info: PageInfo[] = [];
  const out = pages.map((p) => {
    let printed: string | null = null;
    const keep = p.lines.filter((l, i) => {
      const inZone = i < ZONE || i >= p.lines.length - ZONE;
      if (!inZone) return true;
      if (running.has(normalizeRunning(l.plain))) return false;
      const m = l.plain.match(PAGE_NUMBER);
      if (m && printed === null && pages.length > 1) {
        printed = m[1];
        pageNumbers++;
        return false;
      }
      return true;
    });
    info.push({ number: p.number, printed });
    // the first line after a removed header starts a block
    if (keep[0]) keep[0] = { ...keep[0], breakBefore: true };
    return { number: p.number, lines: keep };
  });
  // a page without a printed number between two numbered ones: deduce it
  for (let i = 0; i < info.length; i++) {
    if (info[i].printed !== null) continue;
    const prev = info[i - 1]?.printed;
    const next = info[i + 1]?.printed;
    if (prev && /^\d+$/.test(prev) && (!next || (/^\d+$/.test(next) && Number(next) === Number(prev) + 2))) info[i] = { ...info[i], printed: String(Number(prev) + 1), inferred: true };
  }
  const missing = info.filter((p) => p.printed === null).map((p) => p.number);
  if (pages.length > 1 && missing.length) review.push(`no printed page number found on ${missing.length} of ${pages.length} pages (${ranges(missing)}): their passages are anchored by PDF page (pdf-N); check them against the PDF`);
  const inferred = info.filter((p) => p.inferred).map((p) => p.number);
  if (inferred.length) review.push(`printed page number deduced from the neighbouring pages on PDF pages ${ranges(inferred)}`);
  return { pages: out, info, running: [...running], pageNumbers };
}

export function ranges(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; i++) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j] + 1) j++;
    out.push(i === j ? String(ns[i]) : `${ns[i]}–${ns[j]}`);
    i = j;
  }
  return out.join(', ');
}

/** Lines of a PDF: paragraph gaps, headings by type size and weight, table-like rows. */
export function fromPdf(pdf: PdfPage[]): Extracted {
  const review: string[] = [];
  // the body type: the size most text is set in
  const weight = new Map<number, number>();
  for (const p of pdf) for (const l of p.lines) weight.set(Math.round(l.size * 2) / 2, (weight.get(Math.round(l.size * 2) / 2) ?? 0) + l.plain.length);
  const body = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const headingSizes = [...new Set(pdf.flatMap((p) => p.lines.filter((l) => l.size >= body * 1.15 && l.plain.length <= 150).map((l) => Math.round(l.size * 2) / 2)))].sort((a, b) => b - a);
  // the line spacing of the body text, over the whole document (a page may have few lines)
  const gaps: number[] = [];
  for (const p of pdf) for (let i = 1; i < p.lines.length; i++) if (Math.abs(p.lines[i].size - body) < 0.5 && Math.abs(p.lines[i - 1].size - body) < 0.5) gaps.push(p.lines[i].y - p.lines[i - 1].y);
  gaps.sort((a, b) => a - b);
  const typical = Math.min(gaps[Math.floor(gaps.length / 2)] ?? body * 1.2, body * 1.6);
  const raw: RawPage[] = pdf.map((p) => {
    const left = Math.min(...p.lines.filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.x), Infinity);
    let prevHeading = false;
    return {
      number: p.number,
      lines: p.lines.map((l, i) => {
        const prev = p.lines[i - 1];
        const big = l.size >= body * 1.15;
        const headingLike = (big || (l.bold && l.plain.length <= 120)) && l.plain.length <= 150 && !/[.,;]$/.test(l.plain) && !/^\p{Ll}/u.test(l.plain);
        const heading = headingLike ? (big ? headingSizes.indexOf(Math.round(l.size * 2) / 2) + 1 : headingSizes.length + 1) : undefined;
        const gap = prev ? l.y - prev.y : Infinity;
        const breakBefore =
          !prev ||
          gap > typical * 1.45 ||
          Math.abs(l.size - prev.size) > 0.15 * body ||
          heading !== undefined ||
          prevHeading ||
          (Number.isFinite(left) && l.x > left + 1.5 * body && prev.x <= left + 0.5 * body) ||
          (l.columns >= 3) !== (prev.columns >= 3) ||
          // an item's label opens a paragraph ("Hallazgo 3:", "F12.", "R.1")
          (/[.:;!?]["”»)*]*$/.test(prev.plain) && ITEM_LABEL.test(l.plain));
        prevHeading = heading !== undefined;
        return { text: l.text, plain: l.plain, breakBefore, heading, tableLike: l.columns >= 3 };
      }),
    };
  });
  const stripped = stripFurniture(raw, review);
  const tables = stripped.pages.filter((p) => p.lines.filter((l) => l.tableLike).length >= 2).map((p) => p.number);
  if (tables.length) review.push(`what looks like a table on PDF pages ${ranges(tables)} is kept as text lines, marked <EditorNote kind="unrepaired-table" />: rebuild it as a GFM table`);
  const lines: SourceLine[] = stripped.pages.flatMap((p) => p.lines.map((l) => ({ text: l.text, page: p.number, breakBefore: l.breakBefore, heading: l.heading, tableLike: l.tableLike })));
  const sourceText = stripped.pages.map((p) => p.lines.map((l, i) => (l.breakBefore && i > 0 ? `\n${l.plain}` : l.plain)).join('\n')).join('\n\f\n') + '\n';
  return { lines, pages: stripped.info, sourceText, removed: { running: stripped.running, pageNumbers: stripped.pageNumbers }, review };
}

/** Lines of a text file, kept as they are (it is already the text of record); form feeds separate pages. */
export function fromText(text: string): Extracted {
  const review: string[] = [];
  const hasPages = text.includes('\f');
  const rawPages: RawPage[] = text.split('\f').map((chunk, i) => {
    let blank = true;
    const lines: RawPage['lines'] = [];
    for (const line of chunk.replace(/\r\n?/g, '\n').split('\n')) {
      if (!line.trim()) {
        blank = true;
        continue;
      }
      lines.push({ text: line.replace(/\s+$/, ''), plain: line.trim(), breakBefore: blank });
      blank = false;
    }
    return { number: i + 1, lines };
  });
  if (!hasPages) {
    return { lines: rawPages[0].lines.map((l) => ({ text: l.text, page: null, breakBefore: l.breakBefore })), pages: null, sourceText: text, removed: { running: [], pageNumbers: 0 }, review };
  }
  // furniture is left in a text file of record (it is the file's text) but kept out of the chapters
  const stripped = stripFurniture(rawPages, review);
  const lines = stripped.pages.flatMap((p) => p.lines.map((l) => ({ text: l.text, page: p.number, breakBefore: l.breakBefore })));
  return { lines, pages: stripped.info, sourceText: text, removed: { running: stripped.running, pageNumbers: stripped.pageNumbers }, review };
}
