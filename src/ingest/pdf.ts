/**
 * Text out of a PDF with pdfjs-dist (its legacy build, for Node): per page, lines in reading order
 * with their position, size and weight, so that the scaffold can tell headings, paragraphs and the
 * page furniture (running headers, footers, page numbers) apart, and keep the page of every line.
 * Single-column layout is assumed; what looks like a table is reported, not rebuilt.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface PdfLine {
  /** the line's text; bold and italic runs as **…** and *…* */
  text: string;
  /** the text without emphasis marks (what the PDF prints) */
  plain: string;
  x: number;
  /** baseline, from the top of the page */
  y: number;
  size: number;
  /** every run of the line is bold */
  bold: boolean;
  /** wide gaps between runs: a table row, most likely */
  columns: number;
}

export interface PdfPage {
  /** 1-based position in the file */
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

/** Reads every page of a PDF. Throws with the reason if pdfjs cannot open it. */
export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');
  const doc = await pdfjs.getDocument({ data, standardFontDataUrl: fonts, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      // font names (bold, italic) are known once the page's operators are loaded
      await page.getOperatorList();
      const style = (fontName: string) => {
        let name = '';
        try {
          name = String((page.commonObjs.get(fontName) as { name?: string } | undefined)?.name ?? '');
        } catch {
          name = '';
        }
        return { bold: /bold|black|heavy|semibold|demi/i.test(name), italic: /italic|oblique/i.test(name) };
      };
      pages.push({ number: n, width: view.width, height: view.height, lines: toLines(content.items as TextItem[], view.height, style) });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

function toLines(items: TextItem[], height: number, style: (font: string) => { bold: boolean; italic: boolean }): PdfLine[] {
  const runs = items
    .filter((i) => i.str.trim() !== '')
    .map((i) => ({ ...i, x: i.transform[4], y: height - i.transform[5], size: Math.hypot(i.transform[2], i.transform[3]) || i.height, ...style(i.fontName) }));
  // reading order: top to bottom, then left to right; a line is the runs that share a baseline
  runs.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: (typeof runs)[] = [];
  for (const r of runs) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - r.y) < Math.max(2, 0.4 * Math.min(g[0].size, r.size))) g.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    // runs of the same weight become one emphasised span: "**Hallazgo 1:** El proyecto…"
    const spans: { mark: string; text: string; space: boolean }[] = [];
    let columns = 1;
    let end = g[0].x;
    for (const r of g) {
      const gap = r.x - end;
      if (gap > 2.5 * r.size) columns++;
      const space = spans.length > 0 && gap > 0.2 * r.size;
      const mark = r.bold ? '**' : r.italic ? '*' : '';
      const last = spans[spans.length - 1];
      if (last && last.mark === mark) last.text += (space ? ' ' : '') + r.str;
      else spans.push({ mark, text: r.str, space });
      end = r.x + r.width;
    }
    const join = (withMarks: boolean) =>
      spans.map((sp) => {
        const t = sp.text.replace(/\s+/g, ' ');
        const core = t.trim();
        const inner = withMarks && sp.mark && core ? `${sp.mark}${core}${sp.mark}` : withMarks ? core : t;
        return (sp.space || (withMarks && /^\s/.test(t)) ? ' ' : '') + inner + (withMarks && /\s$/.test(t) ? ' ' : '');
      }).join('').replace(/\s+/g, ' ').trim();
    return { text: join(true), plain: join(false), x: g[0].x, y: g[0].y, size: Math.max(...g.map((r) => r.size)), bold: g.every((r) => r.bold), columns };
  });
}
