/**
 * Blocks → chapters: the report's own table of contents says which headings open a chapter (its
 * top-level entries, and every annex); without one, the highest heading level does. Each chapter
 * gets its part (front, summary, body, annex), its language, a file name and a title.
 */
import { franc } from 'franc-min';
import { slugify, foldKey } from '../lib/slugify';
import type { Lang } from '../content/model';
import { cleanHeading, type Block } from './blocks';
import type { SourceLine } from './extract';

export interface Chapter {
  title: string;
  /** the chapter's blocks, its heading first (the cover has none) */
  blocks: Block[];
  /** index of the first block in the whole list */
  start: number;
  part: 'front' | 'summary' | 'body' | 'annex';
  summary: boolean;
  lang: Lang;
  stem: string;
  slug: string;
}

export interface TocEntry {
  title: string;
  level: number;
}

const TOC_TITLE = /^(contenidos?|índice|indice|índice general|tabla de contenidos?|table of contents|contents|sumario)$/i;
export const EXEC_SUMMARY = /\b(resumen ejecutivo|executive summary|sumario ejecutivo)\b/i;
const ANNEX = /^(anexos?|annex(es)?|appendi(x|ces)|apéndices?)\b/i;
const FRONT = /^(siglas|acrónimos|acronyms|abreviaturas|abreviaciones|abbreviations|agradecimientos|acknowledg|lista de (tablas|gráficos|figuras|siglas)|list of (tables|figures|acronyms)|listado de|contenido|índice|table of contents|portada|cover|resumen$|abstract$|presentaci[oó]n)/i;

/** A heading's words, for comparing it with a contents entry: no numbering, marks, accents or case. */
export function headingKey(s: string): string {
  return foldKey(cleanHeading(s))
    .replace(/<\/?i>/g, '')
    .replace(/^(\d+(\.\d+)*\.?|[ivx]+\.)\s+/, '')
    .replace(/[.…·_\s]+(\d+|[ivxlc]+)\s*$/i, '')
    .replace(/[^a-z0-9ñ]+/g, ' ')
    .trim();
}

/** The report's table of contents: its entries and their levels (1 = chapter). */
export function readToc(lines: SourceLine[]): { entries: TocEntry[]; from: number; to: number } | undefined {
  const at = lines.findIndex((l) => TOC_TITLE.test(cleanHeading(l.text.replace(/^#+\s*/, '')).replace(/:$/, '')));
  if (at < 0) return undefined;
  const entries: TocEntry[] = [];
  let misses = 0;
  let last = at;
  for (let i = at + 1; i < lines.length && misses < 3; i++) {
    const raw = lines[i].text;
    if (/^#{1,6}\s/.test(raw) && entries.length) break;
    const indent = raw.match(/^\s*/)![0].length;
    let t = raw.trim();
    const italic = /^(<i>|\*(?!\*))/.test(t);
    t = t.replace(/<\/?i>/g, '').replace(/^\*+|\*+$/g, '').replace(/^[-•]\s+/, '').trim();
    const m = t.match(/^(.*?\p{L}.*?)(?:\s*\.{2,}|\s*…+)?[\s\t]+(\d{1,3}|[ivxlc]{1,6})\s*$/iu) ?? t.match(/^(.*?\p{L}.*?)\s*\.{3,}\s*$/u);
    if (!m || m[1].length > 160) {
      misses++;
      continue;
    }
    misses = 0;
    last = i;
    const title = m[1].replace(/[.\s…]+$/, '').trim();
    const numbering = title.match(/^(\d+(?:\.\d+)*)\.?\s/);
    const level = numbering ? numbering[1].split('.').length : italic || indent > 0 ? 2 : 1;
    entries.push({ title, level });
  }
  return entries.length >= 3 ? { entries, from: at, to: last + 1 } : undefined;
}

const PART_TITLES: [RegExp, { es: string; en: string }][] = [
  [/^(resumen ejecutivo|executive summary)$/, { es: 'Resumen ejecutivo', en: 'Executive summary' }],
  [/^(hallazgos|findings|main findings|principales hallazgos)$/, { es: 'Hallazgos', en: 'Findings' }],
  [/^(conclusiones|conclusions)$/, { es: 'Conclusiones', en: 'Conclusions' }],
  [/^(recomendaciones|recommendations)$/, { es: 'Recomendaciones', en: 'Recommendations' }],
  [/^(lecciones aprendidas|lessons learned)$/, { es: 'Lecciones aprendidas', en: 'Lessons learned' }],
  [/^(buenas practicas|good practices|best practices|emerging best practices|buenas practicas emergentes)$/, { es: 'Buenas prácticas', en: 'Good practices' }],
  [/^(lecciones aprendidas y buenas practicas|lessons learned and (good|best) practices)$/, { es: 'Lecciones aprendidas y buenas prácticas', en: 'Lessons learned and good practices' }],
  [/^(introduccion|introduction)$/, { es: 'Introducción', en: 'Introduction' }],
  [/^(metodologia|methodology|evaluation methodology)$/, { es: 'Metodología', en: 'Methodology' }],
  [/^(antecedentes|background|antecedentes del proyecto|project background)$/, { es: 'Antecedentes', en: 'Background' }],
  [/^(contexto|context)$/, { es: 'Contexto', en: 'Context' }],
  [/^(siglas y acronimos|acronimos|siglas|acronyms|list of acronyms)$/, { es: 'Siglas y acrónimos', en: 'Acronyms' }],
  [/^(agradecimientos|acknowledgements|acknowledgments)$/, { es: 'Agradecimientos', en: 'Acknowledgements' }],
  [/^(bibliografia|referencias bibliograficas|referencias|bibliography|references)$/, { es: 'Bibliografía', en: 'Bibliography' }],
  [/^(anexos|annexes)$/, { es: 'Anexos', en: 'Annexes' }],
  [/^(portada|cover)$/, { es: 'Portada', en: 'Cover' }],
];

/** A chapter's title in both languages: the printed heading, and a known rendering or a placeholder. */
export function chapterTitle(printed: string, lang: Lang): { es: string; en: string } {
  const key = headingKey(printed);
  const known = PART_TITLES.find(([re]) => re.test(key))?.[1];
  const other = lang === 'es' ? 'en' : 'es';
  const t = { es: '', en: '' };
  t[lang] = printed;
  t[other] = known ? known[other] : `TODO: ${printed}`;
  return t;
}

function detectLang(blocks: Block[], fallback: Lang): Lang {
  const text = blocks.map((b) => b.text || (b.rows ?? []).flat().join(' ')).join(' ').slice(0, 4000);
  if (text.length < 200) return fallback;
  const l = franc(text, { only: ['spa', 'eng'] });
  return l === 'spa' ? 'es' : l === 'eng' ? 'en' : fallback;
}

/** Splits the blocks into chapters and sets the heading levels (1 = a chapter's own heading). */
export function splitChapters(blocks: Block[], lines: SourceLine[], lang: Lang, review: string[]): Chapter[] {
  const toc = readToc(lines);
  const starts: number[] = [];
  if (toc) {
    // chapters: the contents' top entries, and every annex even when listed under "Anexos"
    const top: TocEntry[] = [];
    let inAnnexes = false;
    for (const e of toc.entries) {
      if (e.level === 1) inAnnexes = ANNEX.test(headingKey(e.title));
      if (e.level === 1 || (inAnnexes && e.level === 2 && ANNEX.test(headingKey(e.title)))) top.push(e);
    }
    // the contents' own lines are not headings to match
    const tocText = new Set(lines.slice(toc.from, toc.to).map((l) => l.text.trim()));
    const heads = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'heading' && !tocText.has(b.text) && headingKey(b.text).length >= 3);
    const matches = (e: TocEntry, b: Block) => {
      const k = headingKey(b.text);
      const t = headingKey(e.title);
      return k === t || (k.startsWith(t) && t.length >= 6) || (t.startsWith(k) && k.length >= 8);
    };
    // the longest alignment of entries with headings, in order; of equal ones, the later heading
    // (an executive summary repeats the chapters' headings before the chapters do)
    const E = top.length;
    const H = heads.length;
    const f = Array.from({ length: E + 1 }, () => new Int32Array(H + 1));
    for (let i = E - 1; i >= 0; i--) {
      for (let j = H - 1; j >= 0; j--) f[i][j] = Math.max(f[i + 1][j], f[i][j + 1], matches(top[i], heads[j].b) ? 1 + f[i + 1][j + 1] : 0);
    }
    let matched = 0;
    for (let i = 0, j = 0; i < E; i++) {
      let pick = -1;
      for (let h = H - 1; h >= j; h--) if (matches(top[i], heads[h].b) && 1 + f[i + 1][h + 1] === f[i][j]) { pick = h; break; }
      if (pick < 0) continue;
      starts.push(heads[pick].i);
      matched++;
      j = pick + 1;
    }
    const ptr = matched;
    if (starts.length < 2) review.push('the table of contents did not match the headings: chapters were split at the highest heading level instead; check the split');
    else if (ptr < top.length) review.push(`${top.length - ptr} of ${top.length} table-of-contents entries have no heading in the text: check where those chapters begin`);
  } else review.push('no table of contents found: chapters were split at the headings that name the usual chapters of an evaluation report; check the split');
  if (starts.length < 2) {
    // the usual chapters of an evaluation report, each at its last heading (an executive summary
    // repeats them before); the executive summary at its first
    const known = new Map<string, number>();
    blocks.forEach((b, i) => {
      if (b.kind !== 'heading') return;
      const k = headingKey(b.text);
      const name = EXEC_SUMMARY.test(k) ? 'summary' : PART_TITLES.find(([re]) => re.test(k))?.[1].en ?? (/^(anexo|annex|appendix)\s+\w+/.test(k) ? k : undefined);
      if (name && !(name === 'summary' && known.has(name))) known.set(name, i);
    });
    starts.length = 0;
    if (known.size >= 2) starts.push(...known.values());
  }
  if (starts.length < 2) {
    const levels = blocks.filter((b) => b.kind === 'heading').map((b) => b.level!);
    const top = Math.min(...levels);
    blocks.forEach((b, i) => {
      if (b.kind === 'heading' && b.level === top) starts.push(i);
    });
  }
  // ranges: [first block, heading block (-1: the cover), end]; a chapter that is only its heading
  // (e.g. "Anexos" before "Anexo 1") goes in front of the next one
  const ranges: { from: number; head: number; to: number }[] = [];
  const sorted = [...new Set(starts)].sort((a, b) => a - b);
  if (sorted[0] !== 0) ranges.push({ from: 0, head: -1, to: sorted[0] ?? blocks.length });
  sorted.forEach((s, n) => ranges.push({ from: s, head: s, to: sorted[n + 1] ?? blocks.length }));
  for (let n = ranges.length - 2; n >= 0; n--) {
    if (ranges[n].head >= 0 && ranges[n].to - ranges[n].from === 1) {
      ranges[n + 1].from = ranges[n].from;
      ranges.splice(n, 1);
    }
  }
  const chapters: Chapter[] = [];
  const usedStems = new Set<string>();
  const summaries = new Set<Lang>();
  for (const { from, head: headAt, to } of ranges) {
    const list = blocks.slice(from, to);
    const head = headAt >= 0 ? blocks[headAt] : undefined;
    // a chapter's heading is level 1; the ones under it keep their distance from it
    const headings = list.filter((b) => b.kind === 'heading');
    const base = head?.level ?? Math.min(...headings.map((b) => b.level!), 2) - 1;
    for (const b of headings) b.level = b === head || blocks.indexOf(b) < headAt ? 1 : Math.max(2, b.level! - base + 1);
    const printed = head ? cleanHeading(head.text) : lang === 'es' ? 'Portada' : 'Cover';
    const key = headingKey(printed);
    const chapterLang = detectLang(list, lang);
    let part: Chapter['part'] = 'body';
    if (!head || FRONT.test(key)) part = 'front';
    else if (ANNEX.test(key)) part = 'annex';
    else if (EXEC_SUMMARY.test(key)) part = 'summary';
    const summary = EXEC_SUMMARY.test(key) && !summaries.has(chapterLang);
    if (summary) summaries.add(chapterLang);
    const words = slugify(key.replace(/^(anexo|annex)\s+(\w+)\b.*$/, '$1 $2')).split('-').slice(0, 5).join('-') || (lang === 'es' ? 'portada' : 'cover');
    let slug = words.slice(0, 40).replace(/-$/, '');
    for (let k = 2; usedStems.has(slug); k++) slug = `${words.slice(0, 36).replace(/-$/, '')}-${k}`;
    usedStems.add(slug);
    const stem = `${String(chapters.length + 1).padStart(2, '0')}-${slug}`;
    chapters.push({ title: printed, blocks: list, start: from, part, summary, lang: chapterLang, stem, slug });
    if (chapterLang !== lang) review.push(`chapter ${stem} reads as ${chapterLang}, the report as ${lang}: if it translates another part of the report (an official translation), set textStatus: official-translation in its front matter`);
  }
  return chapters;
}

/**
 * Numbered paragraphs (the ILO reports number theirs 1…212 across chapters): the longest run of
 * blocks printed "N." whose numbers go up one by one. Returns block index → number.
 */
export function numberedParagraphs(blocks: Block[]): Map<number, number> {
  const value = (b: Block) => {
    if (b.kind === 'item' && /^\d+\.$/.test(b.marker ?? '')) return Number(b.marker!.slice(0, -1));
    return undefined;
  };
  const best = new Map<number, { len: number; prev: number }>();
  const lastAt = new Map<number, number>();
  let top: { i: number; len: number } = { i: -1, len: 0 };
  blocks.forEach((b, i) => {
    const n = value(b);
    if (n === undefined) return;
    const p = lastAt.get(n - 1);
    const len = p === undefined ? 1 : best.get(p)!.len + 1;
    best.set(i, { len, prev: p ?? -1 });
    lastAt.set(n, i);
    if (len > top.len) top = { i, len };
  });
  const out = new Map<number, number>();
  // a report numbers its paragraphs when the run is long and crosses headings
  if (top.len < 30) return out;
  for (let i = top.i; i >= 0; i = best.get(i)!.prev) out.set(i, value(blocks[i])!);
  return out;
}
