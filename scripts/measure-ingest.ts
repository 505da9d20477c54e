/**
 * npm run new:evaluation:measure [-- --keep]
 *
 * How well the scaffold (npm run new:evaluation) finds the items of the library: each published
 * evaluation's report is drafted again, from content/sources/, into a temporary copy of the
 * project, and its candidate items are compared with the published ones (content/items/).
 *
 * Matching rule: a published item is found when a candidate has the same kind, the same label
 * (compared as a key: case, punctuation, the kind's word and Roman numerals aside — "HALLAZGO I"
 * is "Hallazgo 1", "R.1" is "R1") and, in one of its versions, the same text: at least 90% of the
 * words in common, in order, with the published item's main text (longest common subsequence of
 * the words over the longer text's length, after the fidelity check's normalisation). A candidate
 * is false when no published item has its kind and label. Prints a markdown table, then the misses.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRawLibrary } from '../src/content/disk';
import { normalizeForMatch } from '../src/content/fidelity';
import { ITEM_KINDS, originalLang, type Item } from '../src/content/model';
import { writeScaffold } from '../src/ingest/scaffold';
import { fromRoman } from '../src/ingest/items';
import type { Printing } from '../src/ingest/items';

const ROOT = process.cwd();
const keep = process.argv.includes('--keep');

const words = (t: string) => normalizeForMatch(t).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Words in common, in order, over the longer text's length. */
function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x.length || !y.length) return 0;
  let prev = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const cur = new Uint16Array(y.length + 1);
    for (let j = 1; j <= y.length; j++) cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[y.length] / Math.max(x.length, y.length);
}

/** "Hallazgo 1", "HALLAZGO I", "1" → "1"; "R.1" → "r1"; "a)" → "a"; "Buena práctica emergente 2" → "2". */
function labelKey(label: string): string {
  const t = normalizeForMatch(label)
    .toLowerCase()
    .replace(/\b(hallazgo|finding|conclusi[oó]n|conclusion|recomendaci[oó]n|recommendation|lecci[oó]n aprendida|lesson learned|buena pr[aá]ctica( emergente)?|good practice|best practice)\b/g, '')
    .replace(/[^a-z0-9]/g, '');
  const roman = t.match(/^([ivxlc]+)$/);
  if (roman && (t.length > 1 || label.trim().toUpperCase() === label.trim())) return String(fromRoman(roman[1]) ?? t);
  return t;
}

const lib = readRawLibrary(ROOT);
const work = mkdtempSync(join(tmpdir(), 'measure-ingest-'));
for (const d of ['content', 'src', 'scripts', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, d), join(work, d), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));

interface Row {
  evaluation: string;
  published: number;
  found: number;
  wrongText: number;
  missed: string[];
  candidates: number;
  falseCandidates: string[];
  mainSame: number;
  /** found items whose text has exactly the published words */
  exact: number;
  byKind: Record<string, { published: number; found: number }>;
  json: string;
}
const rows: Row[] = [];
for (const { data: ev } of lib.evaluations) {
  const report = ev.documents.find((d) => d.kind === 'report')!;
  const id = `measure-${ev.id}`;
  const draft = await writeScaffold({ id, source: join(ROOT, 'content/sources', report.file), language: ev.language, root: work });
  const published = lib.items.filter((i) => i.data.evaluation === ev.id).map((i) => i.data);
  // the candidates, by kind and label key, with every printing's text
  const candidates = new Map<string, Printing[]>();
  for (const p of draft.printings) {
    const k = `${p.kind}:${labelKey(p.label)}`;
    candidates.set(k, [...(candidates.get(k) ?? []), p]);
  }
  const row: Row = { evaluation: ev.id, published: published.length, found: 0, wrongText: 0, missed: [], candidates: candidates.size, falseCandidates: [], mainSame: 0, exact: 0, byKind: {}, json: JSON.stringify(draft.summary) };
  const matchedKeys = new Set<string>();
  for (const it of published as Item[]) {
    const k = `${it.kind}:${labelKey(it.label)}`;
    const bk = (row.byKind[it.kind] ??= { published: 0, found: 0 });
    bk.published++;
    const ps = candidates.get(k);
    if (!ps) {
      row.missed.push(`${it.id} (${it.label}): no candidate`);
      continue;
    }
    matchedKeys.add(k);
    const main = it.text[originalLang(it.textStatus)];
    const sims = ps.map((p) => similarity(p.text, main));
    const best = Math.max(...sims);
    if (best >= 0.9) {
      row.found++;
      if (best === 1) row.exact++;
      bk.found++;
      const chosen = ps.find((p) => p.place === 'body' && p.lang === ev.language && p.text) ?? ps.find((p) => p.lang === ev.language && p.text) ?? ps[0];
      if (similarity(chosen.text, main) >= 0.9) row.mainSame++;
    } else {
      row.wrongText++;
      row.missed.push(`${it.id} (${it.label}): text ${Math.round(best * 100)}% (best of ${ps.length} printings: "${ps[sims.indexOf(best)].text.slice(0, 70)}…")`);
    }
  }
  for (const [k, ps] of candidates) if (!matchedKeys.has(k)) row.falseCandidates.push(`${k} "${ps[0].label}" in ${ps[0].chapter.stem}: ${ps[0].text.slice(0, 70)}…`);
  rows.push(row);
}
if (!keep) rmSync(work, { recursive: true, force: true });

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
console.log('| evaluation | published items | found (kind, label, text) | of which word for word | wrong text | not found | candidates | false candidates |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| \`${r.evaluation}\` | ${r.published} | ${r.found} (${pct(r.found, r.published)}) | ${r.exact} | ${r.wrongText} | ${r.published - r.found - r.wrongText} | ${r.candidates} | ${r.falseCandidates.length} (${pct(r.falseCandidates.length, r.candidates)}) |`);
}
const t = rows.reduce((a, r) => ({ p: a.p + r.published, f: a.f + r.found, c: a.c + r.candidates, x: a.x + r.falseCandidates.length }), { p: 0, f: 0, c: 0, x: 0 });
console.log(`| all | ${t.p} | ${t.f} (${pct(t.f, t.p)}) | | | | ${t.c} | ${t.x} (${pct(t.x, t.c)}) |`);
console.log(`\nThe scaffold's main printing (body first) is the published main text for ${rows.reduce((n, r) => n + r.mainSame, 0)} of the ${t.f} items found.`);
console.log('\nBy kind (found / published):');
for (const r of rows) console.log(`- ${r.evaluation}: ${ITEM_KINDS.filter((k) => r.byKind[k]).map((k) => `${k} ${r.byKind[k].found}/${r.byKind[k].published}`).join(', ')}; scaffold: ${r.json}`);
for (const r of rows) {
  if (r.missed.length) console.log(`\n${r.evaluation}, not found:\n${r.missed.map((m) => `  - ${m}`).join('\n')}`);
  if (r.falseCandidates.length) console.log(`\n${r.evaluation}, false candidates:\n${r.falseCandidates.map((m) => `  - ${m}`).join('\n')}`);
}
if (keep) console.log(`\nthe temporary copy: ${work}`);
