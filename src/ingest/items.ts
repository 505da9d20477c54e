/**
 * Candidate items from the numbering conventions of evaluation reports: explicit labels
 * ("Hallazgo 3", "F12", "Conclusión 2", "Recomendación 1", "R1" / "R.1", "LA1", "Lección
 * aprendida 1", "Buena práctica emergente 2", "BP1") wherever they open a block, and the plain
 * numbering ("1.", "I.", "a)") of lists under a heading that names the kind ("Lecciones
 * aprendidas", "Recommendations"…). Each printing is located (chapter, block, place); the same
 * kind and key in the executive summary, the body and the annexes are one item with several
 * versions. Recommendation notes and Recipient rows that follow a recommendation are read too.
 */
import type { ItemKind, Lang } from '../content/model';
import type { Block } from './blocks';
import type { Chapter } from './chapters';
import { EXEC_SUMMARY, headingKey } from './chapters';
import { plainOf } from './mdx';

export type Place = 'executive-summary' | 'body' | 'annex' | 'template';

export interface RecommendationNote {
  criterion?: string;
  responsibility?: string;
  priority?: string;
  resources?: string;
  timeframe?: string;
}

export interface Printing {
  kind: ItemKind;
  key: string;
  /** as printed: "Hallazgo 1", "F12", "R.1", "1", "a)" */
  label: string;
  title?: string;
  text: string;
  challenge?: string;
  place: Place;
  lang: Lang;
  chapter: Chapter;
  /** the block the label opens (the version's anchor goes there) */
  block: Block;
  /** a printing set as a row of a table: its row (the anchor goes in its first cell) */
  row?: number;
  /** the heading path, for `source.section` */
  section: string;
  /** the paragraph's own number, when the report numbers paragraphs */
  paragraph?: number;
  note?: RecommendationNote;
  /** the heading, note or row that names the addressees, as printed */
  addresseeHeading?: string;
  /** how it was found: a label, or a list's numbering under a heading */
  by: 'label' | 'numbering';
}

interface Convention {
  kind: ItemKind;
  re: RegExp;
  /** key prefix for code-like labels (F12 → f12) */
  prefix: string;
}

// the label, then its number; what follows is the statement (or a title)
const CONVENTIONS: Convention[] = [
  { kind: 'finding', re: /^((?:HALLAZGO|Hallazgo|FINDING|Finding)\s+(\d{1,3}|[IVXL]{1,6}))\b\s*[:.\-–]?\s*/u, prefix: '' },
  { kind: 'finding', re: /^(F\s?(\d{1,3}))\s*[.:]\s+/u, prefix: 'f' },
  { kind: 'conclusion', re: /^((?:CONCLUSIÓN|Conclusión|CONCLUSION|Conclusion)\s+(\d{1,3}))\b\s*[:.\-–]?\s*/u, prefix: '' },
  { kind: 'conclusion', re: /^(C\s?(\d{1,3}))\s*[.:]\s+(?=\p{Lu})/u, prefix: 'c' },
  { kind: 'recommendation', re: /^((?:RECOMENDACIÓN|Recomendación|RECOMMENDATION|Recommendation)\s+(\d{1,3}))\b\s*[:.\-–]?\s*/u, prefix: '' },
  { kind: 'recommendation', re: /^(R\s?\.?\s?(\d{1,2}))\s*[.:]?\s+(?=\p{Lu})/u, prefix: 'r' },
  { kind: 'lesson', re: /^((?:LECCIÓN APRENDIDA|Lección aprendida|LESSON LEARNED|Lesson learned)(?:\s+(\d{1,2}))?)\b\s*[:.\-–]?\s*/u, prefix: '' },
  { kind: 'lesson', re: /^(LA\s?\.?\s?(\d{1,2}))\s*[.:]?\s+(?=\p{Lu})/u, prefix: 'la' },
  { kind: 'practice', re: /^((?:BUENA PRÁCTICA(?: EMERGENTE)?|Buena práctica(?: emergente)?|GOOD PRACTICE|Good practice|BEST PRACTICE|Best practice|Emerging good practice|Emerging best practice)(?:\s+(\d{1,2}))?)\b\s*[:.\-–]?\s*/u, prefix: '' },
  { kind: 'practice', re: /^(BP\s?\.?\s?(\d{1,2}))\s*[.:]?\s+(?=\p{Lu})/u, prefix: 'bp' },
];

const KIND_WORDS: [ItemKind, RegExp][] = [
  ['finding', /\b(hallazgos?|findings?)\b/],
  ['conclusion', /\b(conclusiones|conclusion|conclusions)\b/],
  ['lesson', /\b(lecciones aprendidas|leccion aprendida|lessons? learned)\b/],
  ['practice', /\b(buenas? practicas?|good practices?|best practices?)\b/],
  ['recommendation', /\b(recomendaciones|recomendacion|recommendations?)\b/],
];

/** The kind a heading names ("Lecciones aprendidas"), 'mixed' when it names several, else undefined. */
export function kindOfHeading(text: string): ItemKind | 'mixed' | undefined {
  const k = headingKey(text);
  const kinds = KIND_WORDS.filter(([, re]) => re.test(k)).map(([kind]) => kind);
  return kinds.length > 1 ? 'mixed' : kinds[0];
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
export function fromRoman(s: string): number | undefined {
  if (!/^[IVXLC]+$/i.test(s)) return undefined;
  let n = 0;
  const u = s.toUpperCase();
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN[u[i]];
    const next = ROMAN[u[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** Block text without emphasis or tags, for matching labels. */
const bare = (s: string) => plainOf(s);

function placeOf(chapter: Chapter, reportLang: Lang): Place | undefined {
  if (chapter.part === 'front') return undefined;
  if (chapter.part === 'summary') return 'executive-summary';
  if (chapter.part === 'annex') {
    if (/lecci|lesson|buenas? pr[aá]ctica|good practice|best practice|template|plantilla/i.test(chapter.title)) return 'template';
    return 'annex';
  }
  // an executive summary printed as an annex in the other language (an official translation)
  if (EXEC_SUMMARY.test(chapter.title) && chapter.lang !== reportLang) return 'annex';
  return 'body';
}

const NOTE_FIELDS: [keyof RecommendationNote, RegExp][] = [
  ['criterion', /^(criterio(?: de evaluaci[oó]n)?(?: relacionado)?|criterion|related evaluation criteri(?:on|a))$/i],
  ['responsibility', /^(responsabilidad|responsable|recipients?|destinatario|addressed to)$/i],
  ['priority', /^(prioridad|priority(?: level)?)$/i],
  ['resources', /^(implicaci[oó]n de recursos|recursos|resource implications?|resources)$/i],
  ['timeframe', /^(tiempo|plazo|timeframe|time ?frame|implementation period|periodo de implementaci[oó]n)$/i],
];

/** "Nota: Criterio … (Diseño), Responsabilidad (OIT, Proyecto), Prioridad (Alta), …" */
function noteFromParagraph(text: string): { note: RecommendationNote; heading?: string } | undefined {
  const t = bare(text);
  if (!/^(nota|note)\s*:/i.test(t)) return undefined;
  const note: RecommendationNote = {};
  let heading: string | undefined;
  const re = /([\p{L} ]+?)\s*\(/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    // the value runs to the matching parenthesis
    let depth = 1;
    let j = re.lastIndex;
    for (; j < t.length && depth; j++) depth += t[j] === '(' ? 1 : t[j] === ')' ? -1 : 0;
    const name = m[1].replace(/^(nota|note)\s*:\s*/i, '').replace(/^[,\s]+|\s+$/g, '');
    const value = t.slice(re.lastIndex, j - 1).trim();
    re.lastIndex = j;
    const field = NOTE_FIELDS.find(([, r]) => r.test(name))?.[0];
    if (field && value) {
      note[field] = value;
      if (field === 'responsibility') heading = `${name} (${value})`;
    }
  }
  return Object.keys(note).length ? { note, heading } : undefined;
}

/** Rows "Recipient | ILO, MIMP", "Priority level | High" … */
function noteFromTable(rows: string[][]): { note: RecommendationNote; heading?: string } | undefined {
  const note: RecommendationNote = {};
  let heading: string | undefined;
  for (const r of rows) {
    if (r.length < 2) continue;
    const name = bare(r[0]).replace(/:$/, '');
    const field = NOTE_FIELDS.find(([, re]) => re.test(name))?.[0];
    const value = bare(r.slice(1).join(' '));
    if (field && value) {
      note[field] = value;
      if (field === 'responsibility') heading = `${name}: ${value}`;
    }
  }
  return Object.keys(note).length ? { note, heading } : undefined;
}

// a conclusion's challenge (the USAID report's "Es un desafío…" after each conclusion)
const CHALLENGE = /\b(es un desaf[ií]o|is a challenge)\b/i;
const isStatement = (s: string) => s.length > 100 || /[.!?]["”»)]*$/.test(s);

/** "a) Las publicaciones conjuntas." over a long paragraph: the printing's title, the paragraph its text. */
function shortTitle(rest: string, next: Block | undefined, b: Block): boolean {
  if (b.kind !== 'item' || !next || next.kind !== 'paragraph' || rest.length >= 120) return false;
  if (isStatement(rest) && rest.length >= 80) return false;
  const t = bare(next.text);
  return t.length > Math.max(150, 2 * rest.length) && !explicitLabel(t) && !numbering(next);
}

interface Found {
  kind: ItemKind;
  key: string;
  label: string;
  rest: string;
  by: 'label' | 'numbering';
}

function explicitLabel(text: string): Found | undefined {
  const t = bare(text).replace(/^\d{1,3}\.\s+/, '');
  for (const c of CONVENTIONS) {
    const m = t.match(c.re);
    if (!m) continue;
    const num = m[2];
    const n = num === undefined ? undefined : /^\d+$/.test(num) ? Number(num) : fromRoman(num);
    return { kind: c.kind, key: n === undefined ? '' : `${c.prefix}${n}`, label: m[1].replace(/\s+/g, ' ').trim(), rest: t.slice(m[0].length).trim(), by: 'label' };
  }
  return undefined;
}

/** "1.", "I.", "a)" opening a list item or paragraph under a heading that names the kind. */
function numbering(b: Block): { key: string; label: string; rest: string } | undefined {
  const marker = b.kind === 'item' ? b.marker ?? '' : '';
  const inner = bare(b.text).match(/^([a-z]\)|\d{1,2}[.)]|[IVX]{1,4}\.)\s+(.*)$/);
  const m = /^(\d{1,2}[.)]|[a-z][.)]|[IVX]{1,4}[.)])$/i.test(marker) ? [marker, bare(b.text)] : inner && (b.kind === 'paragraph' || marker === '-' || marker === '•') ? [inner[1], inner[2]] : undefined;
  if (!m) return undefined;
  const [mk, rest] = m;
  const core = mk.replace(/[.)]$/, '');
  if (/^\d+$/.test(core)) return { key: String(Number(core)), label: core, rest };
  if (/^[a-z]$/.test(core)) return { key: core, label: `${core})`, rest };
  const r = fromRoman(core);
  return r ? { key: String(r), label: core, rest } : undefined;
}

/** The key that comes after `key` in a list: "3" → "4", "c" → "d". */
const nextKey = (key: string | undefined) => (key === undefined ? undefined : /^\d+$/.test(key) ? String(Number(key) + 1) : /^[a-y]$/.test(key) ? String.fromCharCode(key.charCodeAt(0) + 1) : undefined);

/** Every candidate printing of every chapter, in reading order. */
export function findPrintings(chapters: Chapter[], reportLang: Lang, numbered: Map<Block, number>, review: string[]): Printing[] {
  const out: Printing[] = [];
  for (const ch of chapters) {
    const place = placeOf(ch, reportLang);
    if (!place) continue;
    // plain numbering counts in the body and in executive summaries (an annex that translates one too)
    const numberingCounts = place === 'body' || place === 'executive-summary' || EXEC_SUMMARY.test(ch.title);
    const blocks = ch.blocks;
    const rowLabels = (b: Block) => (b.rows ?? []).map((r) => explicitLabel((r[0] ?? '').split(/<\/p>\s*<p>|<br\s*\/?>/i)[0] ?? ''));
    const explicitKinds = new Set(blocks.flatMap((b) => (b.kind === 'table' ? rowLabels(b) : [explicitLabel(b.text)])).map((f) => f?.kind).filter(Boolean));
    const stack: Block[] = [];
    const sectionOf = () => [ch.title, ...stack.slice(1).map((h) => h.text)].filter((x, i, a) => a.indexOf(x) === i).slice(0, 3).join(' › ');
    // the kind the headings above name; a heading that names none, at the same level as the one
    // that did ("HALLAZGOS", then "DISEÑO", "RESULTADOS"), inherits it while the numbering goes on
    let context: { kind: ItemKind; level: number; inherited: boolean } | undefined;
    const lastKey = new Map<ItemKind, string>();
    const seen = new Set<string>();
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.kind === 'heading') {
        while (stack.length && stack[stack.length - 1].level! >= b.level!) stack.pop();
        stack.push(b);
        const k = kindOfHeading(b.text);
        if (k === 'mixed') context = undefined;
        else if (k) context = { kind: k, level: b.level!, inherited: false };
        else if (context && b.level! < context.level) context = undefined;
        else if (context && b.level! === context.level) context = { ...context, inherited: true };
      }
      const candidates: { found: Found; cells?: string[]; row?: number }[] = [];
      if (b.kind === 'table') {
        // printings set as table rows: "<p>Conclusión 1</p> <p>statement</p> <p>challenge</p>"
        (b.rows ?? []).forEach((r, row) => {
          const segs = (r[0] ?? '').split(/<\/p>\s*<p>|<br\s*\/?>/i).map((x) => bare(x)).filter(Boolean);
          const f = explicitLabel(segs[0] ?? '');
          if (f && segs.length > 1 && !f.rest) candidates.push({ found: f, cells: segs.slice(1), row });
        });
      } else {
        const f = explicitLabel(b.text);
        // a list of labels only ("Hallazgos asociados: • Hallazgo 18") refers to items, it does not print them
        if (f && !(b.kind === 'item' && !f.rest)) candidates.push({ found: f });
        else if (!f && b.kind !== 'heading' && numberingCounts && context && !explicitKinds.has(context.kind) && !numbered.has(b)) {
          const n = numbering(b);
          const fresh = !lastKey.has(context.kind) && (n?.key === '1' || n?.key === 'a');
          const continues = n && (fresh || n.key === nextKey(lastKey.get(context.kind)) || (!context.inherited && (n.key === '1' || n.key === 'a')));
          if (n && continues && !/\?\s*$/.test(n.rest) && n.rest.length >= 15) candidates.push({ found: { kind: context.kind, ...n, by: 'numbering' } });
        }
      }
      for (const { found, cells, row } of candidates) {
      // lessons and practices labelled without a number: numbered in order
      if (!found.key) {
        const prev = lastKey.get(found.kind);
        found.key = String(prev && /^\d+$/.test(prev) ? Number(prev) + 1 : 1);
      }
      const id = `${found.kind}:${found.key}`;
      if (seen.has(id)) {
        review.push(`${ch.stem}: ${found.kind} "${found.label}" printed a second time in this chapter (${bare(b.text || (b.rows?.[row ?? 0] ?? []).join(' ')).slice(0, 60)}…): not taken; check whether it is the same item`);
        continue;
      }
      seen.add(id);
      lastKey.set(found.kind, found.key);
      const cellSegments = cells;
      const p: Printing = { kind: found.kind, key: found.key, label: found.label, text: '', place, lang: ch.lang, chapter: ch, block: b, row, section: sectionOf(), by: found.by };
      if (numbered.has(b)) p.paragraph = numbered.get(b);
      // where the statement is: after the label, or (a heading or a short title) in what follows
      let rest = found.rest.replace(/^[:.\-–]\s*/, '');
      const titled = rest.match(/^[-–]\s*(.{3,120}?):\s+(.+)$/) ?? (found.by === 'label' ? rest.match(/^[-–]\s+(.{3,120}?):\s+(.+)$/) : null);
      if (titled) {
        p.title = titled[1].trim();
        rest = titled[2].trim();
      }
      const stops = (n: Block) => n.kind === 'heading' || n.kind === 'table' || !!explicitLabel(n.text) || numbered.has(n) || !!noteFromParagraph(n.text);
      // all: every paragraph and list up to the next heading; else one paragraph (and the list it introduces)
      const following = (all: boolean) => {
        const parts: string[] = [];
        for (let j = i + 1; j < blocks.length && !stops(blocks[j]); j++) {
          const n = blocks[j];
          // a short line without a full stop is a heading the text does not mark ("Hallazgos asociados")
          if (all && n.kind === 'paragraph' && (CHALLENGE.test(bare(n.text)) || (bare(n.text).length < 60 && !/[.:;!?]["”»)]*$/.test(bare(n.text))))) break;
          if (all) parts.push(bare(n.text));
          else if (!parts.length) {
            if (n.kind !== 'paragraph') break;
            parts.push(bare(n.text));
            if (!/:\s*$/.test(parts[0])) break;
          } else if (n.kind === 'item') parts.push(bare(n.text));
          else break;
        }
        return parts;
      };
      if (cellSegments) {
        p.text = cellSegments.filter((x) => !CHALLENGE.test(x)).join(' ');
        const ch2 = cellSegments.find((x) => CHALLENGE.test(x));
        if (ch2) p.challenge = ch2;
      } else if (b.kind === 'heading') {
        // "HALLAZGO 3: La producción … ." states it; "R1. Focusing the design…" is a title
        if (/[.!?]["”»)]*$/.test(rest) && rest.length > 60) p.text = rest;
        else {
          if (rest) p.title = rest;
          p.text = following(true).join('\n\n');
        }
      } else if (!rest || (b.kind === 'paragraph' && rest.length < 160 && !/[.!?]["”»)]*$/.test(rest) && blocks[i + 1]?.kind === 'paragraph') || shortTitle(rest, blocks[i + 1], b)) {
        if (rest) p.title = rest;
        // a label and its title ("R1. Revisar la teoría de cambio") head what follows, up to the next label
        p.text = following(found.by === 'label').join('\n\n');
      } else {
        p.text = rest;
        // a statement that introduces a list ("…se propone lo siguiente:") goes on in it
        if (/:\s*$/.test(rest)) {
          for (let j = i + 1; j < blocks.length && blocks[j].kind === 'item' && !explicitLabel(blocks[j].text) && !numbered.has(blocks[j]); j++) p.text += `\n${bare(blocks[j].text)}`;
        }
      }
      if (!p.text && p.title) {
        p.text = p.title;
        p.title = undefined;
      }
      if (p.kind === 'conclusion' && !p.challenge) {
        const next = blocks[i + 1];
        if (next?.kind === 'paragraph' && CHALLENGE.test(bare(next.text))) p.challenge = bare(next.text);
      }
      // a numbered statement goes on in the paragraphs before the next number ("2. …" ¶ "This capacity…" "3. …")
      if (found.by === 'numbering' && p.text && !p.title) {
        const more: string[] = [];
        let j = i + 1;
        for (; j < blocks.length; j++) {
          const n = blocks[j];
          if (n.kind !== 'paragraph' || stops(n) || numbering(n) || CHALLENGE.test(bare(n.text))) break;
          more.push(bare(n.text));
        }
        const next = nextKey(found.key);
        const goesOn = blocks.slice(j).some((n) => n.kind !== 'heading' && numbering(n)?.key === next);
        if (more.length && goesOn) p.text += `\n\n${more.join('\n\n')}`;
      }
      if (p.kind === 'recommendation') {
        for (let j = i + 1; j < Math.min(blocks.length, i + 15); j++) {
          const n = blocks[j];
          if (n.kind === 'heading' || (n.kind !== 'table' && explicitLabel(n.text)) || (found.by === 'numbering' && n.kind === b.kind && numbering(n))) break;
          const note = n.kind === 'table' ? noteFromTable(n.rows ?? []) : n.kind === 'paragraph' ? noteFromParagraph(n.text) : undefined;
          if (note) {
            p.note = note.note;
            p.addresseeHeading = note.heading;
            break;
          }
        }
        if (!p.addresseeHeading) {
          const h = [...stack].reverse().find((x) => /^(para|for)\s+\S/i.test(headingKey(x.text)));
          if (h) p.addresseeHeading = bare(h.text);
        }
      }
      if (!p.text) review.push(`${ch.stem}: ${p.kind} "${p.label}" has no text after its label: written with an empty text; find its statement`);
      out.push(p);
      }
    }
  }
  return out;
}
