/**
 * Lines → blocks (headings, paragraphs, list items, table rows), with the conversion damage
 * repaired where it can be told from the text: words hyphenated across lines are joined, lines
 * wrapped mid-sentence are rejoined, and a paragraph cut by a page break is rejoined with its
 * continuation. Every block keeps the page it starts on and where a new page begins inside it.
 */
import type { SourceLine } from './extract';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'table';

export interface Block {
  kind: BlockKind;
  /** headings: 1 (a chapter) and deeper */
  level?: number;
  /** list items: the marker as printed ("-", "1.", "a)") */
  marker?: string;
  /** inline markdown as in the source (emphasis kept) */
  text: string;
  /** table rows: cells */
  rows?: string[][];
  page: number | null;
  /** a new page begins at this offset of `text` */
  breaks: { at: number; page: number }[];
  /** looked like a table in the PDF but could not be rebuilt */
  unrepairedTable?: boolean;
}

export interface Repairs {
  hyphenation: number;
  wrappedLines: number;
  pageBreakJoins: number;
}

const TERMINAL = /[.!?:;…]["'”’»)*_\]]*$/u;
const LIST = /^(\s*)([-•▪◦·*+]|\d{1,3}[.)]|[a-z][.)]|[ivxlc]{1,5}[.)])\s+(.*)$/i;
const HEADING_MD = /^(#{1,6})\s+(.*)$/;

/** Upper case, short, not a sentence: a heading in a text file without markup. */
export function isCapsHeading(s: string): boolean {
  const t = s.replace(/<[^>]+>|\*+|[►▶]/g, '').trim();
  const letters = t.match(/\p{L}/gu) ?? [];
  if (letters.length < 3 || t.length > 150 || /\t/.test(s) || /[.,;]$/.test(t) || /^\s*[-•▪◦·+]\s/.test(s)) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.85 && !/^[A-ZÁÉÍÓÚÑ]{2,}\s*\t/.test(s);
}

/** A whole line in bold, short and not a sentence: a heading. */
const boldHeading = (s: string) => /^\*\*[^*]{2,118}\*\*:?$/.test(s.trim()) && !/\.\*\*$/.test(s.trim());

export function cleanHeading(s: string): string {
  return s
    .replace(/<\/?(i|b|em|strong|u)>/gi, '')
    .replace(/[►▶]/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\*+|\*+$/g, '')
    .trim();
}

const startsLower = (s: string) => /^[\s*_"“«(]*\p{Ll}/u.test(s);

/**
 * `geometry`: the lines come from a PDF, whose paragraph gaps say where blocks break; a text file's
 * lines are rejoined only where one stops mid-sentence. `contents`: the table of contents' entries
 * (as `keyOf` gives them), whose lines are headings.
 */
export function buildBlocks(lines: SourceLine[], geometry: boolean, contents: Set<string> = new Set(), keyOf: (s: string) => string = (s) => s): { blocks: Block[]; repairs: Repairs } {
  const counts: Repairs = { hyphenation: 0, wrappedLines: 0, pageBreakJoins: 0 };
  const whole = lines.map((l) => l.text).join('\n');
  const blocks: Block[] = [];
  const append = (b: Block, text: string, page: number | null) => {
    // a word hyphenated at the end of a line: joined, unless the text hyphenates it elsewhere too
    const m = b.text.match(/(\p{L}+)-$/u);
    const n = text.match(/^(\p{Ll}+)/u);
    if (m && n) {
      // kept when the text hyphenates the word elsewhere too ("socio-económico")
      if (!whole.includes(`${m[1]}-${n[1]}`)) b.text = b.text.slice(0, -1);
      counts.hyphenation++;
    } else b.text += ' ';
    if (page !== null && b.page !== null && page !== (b.breaks[b.breaks.length - 1]?.page ?? b.page)) b.breaks.push({ at: b.text.length, page });
    b.text += text;
  };
  for (const line of lines) {
    const raw = line.text;
    const text = raw.trim();
    const last = blocks[blocks.length - 1];
    const md = text.match(HEADING_MD);
    const list = raw.match(LIST);
    const table = /\t/.test(raw) && !md;
    // a short line the table of contents lists is a heading, whatever its case ("Conclusions")
    const listed = line.breakBefore && text.length <= 120 && !/[.;,]$/.test(text) && !/\t/.test(raw) && contents.has(keyOf(text));
    if (md || isCapsHeading(text) || boldHeading(text) || line.heading !== undefined || listed) {
      // caps headings are level 2 until the contents say which are chapters (src/ingest/chapters.ts)
      const level = md ? md[1].length : line.heading ?? (isCapsHeading(text) ? 2 : 3);
      const t = cleanHeading(md ? md[2] : text);
      if (t) {
        blocks.push({ kind: 'heading', level, text: t, page: line.page, breaks: [] });
        continue;
      }
    }
    if (table) {
      const cells = raw.split('\t').map((c) => c.trim());
      if (last?.kind === 'table' && !line.breakBefore) last.rows!.push(cells);
      else blocks.push({ kind: 'table', text: '', rows: [cells], page: line.page, breaks: [] });
      continue;
    }
    // a PDF line that only wraps a paragraph may start with "a." or "1.": a list item starts a block
    const startsItem = !geometry || line.breakBefore || !last || TERMINAL.test(last.text);
    if (list && startsItem && !/^\*\*/.test(raw.trim()) && !(list[2] === '*' && /\*$/.test(text))) {
      blocks.push({ kind: 'item', marker: list[2], text: list[3].trim(), page: line.page, breaks: [] });
      continue;
    }
    const continues = last && (last.kind === 'paragraph' || last.kind === 'item') && !line.breakBefore;
    if (continues && last && (geometry || !TERMINAL.test(last.text) || startsLower(text))) {
      append(last, text, line.page);
      counts.wrappedLines++;
      continue;
    }
    blocks.push({ kind: 'paragraph', text, page: line.page, breaks: [], unrepairedTable: line.tableLike });
  }
  // a paragraph cut by a page break (or by a blank line in the text file) goes on in lower case
  const out: Block[] = [];
  // (a footnote printed at the foot of the page may stand between the two parts)
  const footnote = (b: Block) => b.kind === 'paragraph' && /^(<sup>\s*\d+\s*<\/sup>|\[\^\d+\]:)/.test(b.text);
  for (const b of blocks) {
    let k = out.length - 1;
    while (k > 0 && out.length - k <= 2 && footnote(out[k])) k--;
    const prev = out[k];
    if (prev && (prev.kind === 'paragraph' || prev.kind === 'item') && !footnote(prev) && b.kind === 'paragraph' && !TERMINAL.test(prev.text) && startsLower(b.text)) {
      // a word hyphenated across the break is joined, the page marker before it ("la [#pag-13] capacidad")
      const hy = prev.text.match(/(?<=^|\s)(\p{L}+)-$/u);
      const next = b.text.match(/^\p{Ll}+/u)?.[0];
      let at = prev.text.length + 1;
      let shift = 0;
      if (hy && next && !whole.includes(`${hy[1]}-${next}`)) {
        at = prev.text.length - hy[0].length;
        prev.text = `${prev.text.slice(0, at)}${hy[1]}${b.text}`;
        shift = hy[1].length;
        counts.hyphenation++;
      } else prev.text += ` ${b.text}`;
      if (b.page !== null && b.page !== (prev.breaks[prev.breaks.length - 1]?.page ?? prev.page)) prev.breaks.push({ at, page: b.page });
      for (const br of b.breaks) prev.breaks.push({ at: at + shift + br.at, page: br.page });
      counts.pageBreakJoins++;
      continue;
    }
    out.push(b);
  }
  return { blocks: out, repairs: counts };
}
