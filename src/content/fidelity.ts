/**
 * Fidelity: is a text the report's own words? Both sides are normalised for conversion noise
 * (whitespace, soft hyphens and line-end hyphenation, typographic quotes and dashes, markdown
 * emphasis, escaped characters, footnote markers), then the text must appear in the source in at
 * most a few contiguous pieces, in order and close together: a passage split by a page break or a
 * footnote still matches, a paraphrase or a single changed word does not.
 */

const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u209f]/g;

export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/<sup>\s*\d+\s*<\/sup>/g, ' ')
    .replace(/<\/?(sup|sub)>/g, '')
    .replace(/\[\^\d+\]/g, ' ')
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/<input checked="" type="checkbox"\s*\/?>/g, '☑')
    .replace(/<input type="checkbox"\s*\/?>/g, '☐')
    .replace(/<\/?(b|i|em|strong|p|br|u|li|ul|ol|span|div)(\s[^>]*)?\/?>/gi, ' ')
    .replace(SUPERSCRIPTS, ' ')
    .replace(/\u00ad/g, '')
    .replace(/\\/g, '')
    .replace(/[*_]{1,3}/g, '')
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2018\u2019\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    // "capaci- dades" (hyphenation at a line end) → "capacidades"
    .replace(/([a-záéíóúñü])- ([a-záéíóúñü])/g, '$1$2')
    .replace(/ ([,.;:)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}

export interface MatchResult {
  found: boolean;
  pieces: number;
  /** the first part of the text that could not be located, for the error message */
  missing?: string;
}

const MIN_PIECE = 12;
const MAX_PIECES = 4;
const MAX_GAP = 4000;
/** What may separate two pieces in the source: nothing (≤ 2 chars), or a footnote/page block
 * long enough not to be a dropped word or phrase. */
const SMALL_GAP = 2;
const NOISE_GAP = 25;

/** Longest prefix of `text` found in `source` at or after `from` (and before `limit`). */
function longestPrefix(text: string, source: string, from: number, limit: number): { len: number; at: number } {
  let lo = 0;
  let hi = text.length;
  let best = { len: 0, at: -1 };
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mid === 0) {
      lo = 1;
      continue;
    }
    const at = source.indexOf(text.slice(0, mid), from);
    if (at !== -1 && at <= limit) {
      best = { len: mid, at };
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

/** Length of the common prefix of a and b starting at b[from]. */
function commonPrefix(a: string, b: string, from: number): number {
  let i = 0;
  while (i < a.length && from + i < b.length && a[i] === b[from + i]) i++;
  return i;
}

/** Match `text` starting exactly at `start` in the source, then in further pieces. */
function matchFrom(text: string, source: string, start: number): MatchResult {
  let rest = text;
  let len = commonPrefix(rest, source, start);
  let pos = start + len;
  let pieces = 1;
  rest = rest.slice(len).trimStart();
  while (rest.length) {
    const next = longestPrefix(rest, source, pos, pos + MAX_GAP);
    const whole = next.len === rest.length;
    if (next.len === 0 || (!whole && next.len < MIN_PIECE) || pieces >= MAX_PIECES) return { found: false, pieces, missing: rest.slice(0, 80) };
    const gap = next.at - pos;
    if (gap > SMALL_GAP && gap < NOISE_GAP) return { found: false, pieces, missing: rest.slice(0, 80) };
    pieces++;
    pos = next.at + next.len;
    rest = rest.slice(next.len).trimStart();
  }
  return { found: true, pieces };
}

/** `normalizedSource` must already be passed through normalizeForMatch. */
export function findInSource(text: string, normalizedSource: string): MatchResult {
  const t = normalizeForMatch(text);
  if (!t) return { found: false, pieces: 0, missing: '(empty text)' };
  if (normalizedSource.includes(t)) return { found: true, pieces: 1 };
  // Try every place the text's opening words occur (a phrase can recur in a report).
  const head = t.slice(0, MIN_PIECE);
  let best: MatchResult = { found: false, pieces: 0, missing: t.slice(0, 80) };
  for (let at = normalizedSource.indexOf(head), tries = 0; at !== -1 && tries < 1000; at = normalizedSource.indexOf(head, at + 1), tries++) {
    const r = matchFrom(t, normalizedSource, at);
    if (r.found) return r;
    if ((r.missing?.length ?? 0) < (best.missing?.length ?? Infinity) || !best.missing) best = r;
  }
  return best;
}

/**
 * Conversion noise that must not reach readers in a text shown as the report's words or as our
 * translation of them: markdown escapes (\$) and other backslashes, the replacement character,
 * soft hyphens, control characters. (A hyphen before a space may be the report's own punctuation:
 * the fidelity check, which joins line-end hyphenation, decides those.) Returns what was found.
 */
export function conversionNoise(text: string): string | undefined {
  const m =
    text.match(/\\[^\s]/) ??
    text.match(/\uFFFD/) ??
    text.match(/\u00AD/) ??
    text.match(/[\u0000-\u0009\u000B-\u001F]/);
  return m ? JSON.stringify(m[0]) : undefined;
}
