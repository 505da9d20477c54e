/**
 * Reading a value as the report prints it ("45%", "24,8%", "268*", "¿?", "1,046") without
 * guessing: a string is a number only when its form leaves no doubt. One separator followed by
 * three digits ("1,046", "1.257") is a thousands separator in one convention and a decimal point
 * in the other — the reports use both — so it is refused, not read.
 */
export type Reading =
  | { ok: true; n: number; unit: '%' | 'count'; asterisk: boolean }
  | { ok: false; reason: 'not-number' | 'ambiguous' };

export function readPrinted(printed: string): Reading {
  let s = printed.trim();
  const asterisk = /\*+$/.test(s);
  s = s.replace(/\*+$/, '');
  const unit = /\s?%$/.test(s) ? '%' : 'count';
  s = s.replace(/\s?%$/, '');
  const ok = (n: number): Reading => ({ ok: true, n, unit, asterisk });
  if (/^-?\d+$/.test(s)) return ok(Number(s));
  // one separator and one or two digits: a decimal, whichever the convention
  if (/^-?\d+[.,]\d{1,2}$/.test(s)) return ok(Number(s.replace(',', '.')));
  // both separators ("1,234.5", "1.234,5"): the last is the decimal one
  const mixed = /^(-?\d{1,3}([.,])\d{3}(?:\2\d{3})*)([.,])(\d+)$/.exec(s);
  if (mixed && mixed[2] !== mixed[3]) return ok(Number(`${mixed[1].split(mixed[2]).join('')}.${mixed[4]}`));
  // the same separator twice or more ("1,234,567"): thousands
  const groups = /^-?\d{1,3}([.,])\d{3}(\1\d{3})+$/.exec(s);
  if (groups) return ok(Number(s.split(groups[1]).join('')));
  if (/^-?\d{1,3}[.,]\d{3}$/.test(s)) return { ok: false, reason: 'ambiguous' };
  return { ok: false, reason: 'not-number' };
}
