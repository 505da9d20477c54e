/**
 * The benchmark's incremental-rebuild step and the per-language index sizes.
 * Incremental: with the site built once under INCREMENTAL_BUILD=1 (the cache primed), one evaluation
 * is edited (an item's translation and a paragraph of a translated chapter), then the site is
 * rebuilt incrementally and re-indexed; a full build of the same edited content goes to another
 * folder, and the two outputs must be byte-identical.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { walk } from './fs';

/** Bytes of a Pagefind index per language (file names start with the language: `es_…`, `en_…`). */
export function indexBytesByLanguage(pagefindDir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of walk(pagefindDir)) {
    const name = f.slice(f.lastIndexOf('/') + 1);
    const m = name.match(/^([a-z]{2}(?:-[a-z0-9]+)?)_[0-9a-f]+\.pf_/i);
    if (!m) continue;
    out[m[1]] = (out[m[1]] ?? 0) + readFileSync(f).length;
  }
  return out;
}

/** The edit: returns what was changed, for the report. Throws when the evaluation has nothing to edit. */
export function editEvaluation(site: string, evaluation: string): string[] {
  const changed: string[] = [];
  // an item's English text where it is a translation made for the site (the verbatim checks do not apply)
  const items = join(site, 'content', 'items', `${evaluation}.yaml`);
  const doc = parseDocument(readFileSync(items, 'utf8'));
  const list = doc.contents as YAMLSeq<YAMLMap>;
  const entry = list.items.find((e) => e.getIn(['textStatus', 'en']) === 'unofficial-translation');
  if (!entry) throw new Error(`bench: no item with an unofficial English text in ${items}`);
  entry.setIn(['text', 'en'], `${String(entry.getIn(['text', 'en']))} (edited)`);
  writeFileSync(items, doc.toString());
  changed.push(`${relative(site, items)} (${String(entry.get('id'))})`);
  // a paragraph of a translated chapter
  const dir = join(site, 'content', 'translations', evaluation);
  const chapter = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()[3];
  const file = join(dir, chapter);
  const text = readFileSync(file, 'utf8');
  const p = text.match(/\n\[#[a-z0-9-]+\] [^\n]{40,}/);
  if (!p) throw new Error(`bench: no anchored paragraph found in ${file}`);
  writeFileSync(file, text.replace(p[0], `${p[0]} (edited)`));
  changed.push(relative(site, file));
  return changed;
}

/** Files that differ between two output folders (missing on either side included). */
export function diffTrees(a: string, b: string): { files: number; differing: string[] } {
  const digest = (root: string) => new Map(walk(root).map((f) => [relative(root, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
  const da = digest(a);
  const db = digest(b);
  const differing = [...new Set([...da.keys(), ...db.keys()])].filter((k) => da.get(k) !== db.get(k)).sort();
  return { files: da.size, differing };
}
