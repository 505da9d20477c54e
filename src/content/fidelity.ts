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
    .replace(/\[\^\d+\]/g, ' ')
    .replace(/<\/?(b|i|em|strong|p|br|u)\s*\/?>/gi, ' ')
    .replace(SUPERSCRIPTS, ' ')
    .replace(/\u00ad/g, '')
    .replace(/\\([\\`*_{}\[\]()#+\-.!$|<>~])/g, '$1')
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

const MIN_PIECE = 25;
const MAX_PIECES = 5;
const MAX_GAP = 4000;

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

/** `normalizedSource` must already be passed through normalizeForMatch. */
export function findInSource(text: string, normalizedSource: string): MatchResult {
  let rest = normalizeForMatch(text);
  if (!rest) return { found: false, pieces: 0, missing: '(empty text)' };
  if (normalizedSource.includes(rest)) return { found: true, pieces: 1 };
  let pos = 0;
  let pieces = 0;
  while (rest.length) {
    const limit = pieces === 0 ? normalizedSource.length : pos + MAX_GAP;
    const { len, at } = longestPrefix(rest, normalizedSource, pos, limit);
    const whole = len === rest.length;
    if (len === 0 || (!whole && len < MIN_PIECE) || pieces >= MAX_PIECES) {
      return { found: false, pieces, missing: rest.slice(0, 80) };
    }
    pieces++;
    pos = at + len;
    rest = rest.slice(len).trimStart();
  }
  return { found: true, pieces };
}
