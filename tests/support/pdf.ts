/**
 * A small PDF writer for the tests: pages of text lines in Helvetica (regular or bold) at given
 * positions, WinAnsi-encoded (accents and typographic quotes), so that the PDF path of the
 * scaffold can be tested on a known layout: running header, page numbers, hyphenation, headings.
 */
export interface PdfTextLine {
  text: string;
  /** from the top of a 612 × 792 page */
  y: number;
  x?: number;
  size?: number;
  bold?: boolean;
}

const WIN_ANSI: Record<string, number> = { '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '•': 0x95, '…': 0x85 };

function literal(t: string): string {
  let out = '(';
  for (const c of t) {
    const n = c.codePointAt(0)!;
    if (c === '(' || c === ')' || c === '\\') out += `\\${c}`;
    else if (n < 128) out += c;
    else out += `\\${(WIN_ANSI[c] ?? (n < 256 ? n : 63)).toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

export function makePdf(pages: PdfTextLine[][]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const pagesId = 3 + pages.length * 2;
  const kids: number[] = [];
  for (const lines of pages) {
    const content = lines.map((l) => `BT /${l.bold ? 'F2' : 'F1'} ${l.size ?? 11} Tf ${l.x ?? 72} ${792 - l.y} Td ${literal(l.text)} Tj ET`).join('\n');
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Contents ${objects.length} 0 R /Resources << /Font << /F1 1 0 R /F2 2 0 R >> >> >>`);
    kids.push(objects.length);
  }
  add(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  add(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lines of body text set 14 points apart from `y`. */
export function paragraph(lines: string[], y: number, size = 11): PdfTextLine[] {
  return lines.map((text, i) => ({ text, y: y + i * 14, size }));
}
