/**
 * npm run report:anchors — gives every passage of every report chapter an anchor marker
 * (src/report/anchors.ts): "<section>-<n>", where <section> is the id of the heading above it.
 * Existing anchors are never changed (they are published); new ones are written into the
 * MDX, so they stay stable from then on. `--check` only lists what is missing.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMdxFile } from '../src/report/parse';
import { chapterStructure } from '../src/report/passages';
import { markersIn } from '../src/report/anchors';
import { addMissingAnchors } from '../src/report/anchoring';
import { CONTENT_PATHS } from '../src/content/paths';

const check = process.argv.includes('--check');
const base = join(process.argv.find((a) => a.startsWith('--root='))?.slice(7) ?? '.', CONTENT_PATHS.reports);
let added = 0;
let missing = 0;
for (const evaluation of readdirSync(base).sort()) {
  const dir = join(base, evaluation);
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const raws = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const used = new Set<string>();
  for (const raw of raws.values()) for (const m of markersIn(raw)) used.add(m);
  for (const f of files) {
    const raw = raws.get(f)!;
    const parsed = parseMdxFile(join(dir, f), raw);
    const chapterSlug = f.replace(/\.mdx$/, '').replace(/^\d+[a-z]?-/, '');
    if (check) {
      for (const p of chapterStructure(parsed.tree, parsed.body, parsed.bodyLineOffset).passages) {
        if (p.id) continue;
        missing++;
        console.log(`${join(dir, f)}:${p.line}: ${p.kind} without an anchor`);
      }
      continue;
    }
    const { body, added: n, unanchorable } = addMissingAnchors(parsed, chapterSlug, used);
    for (const line of unanchorable) throw new Error(`${join(dir, f)}:${line}: a list item that does not start with text; add its marker by hand`);
    if (!n) continue;
    writeFileSync(join(dir, f), raw.slice(0, raw.length - parsed.body.length) + body);
    added += n;
  }
}
console.log(check ? `${missing} passages without an anchor` : `added ${added} anchors`);
if (check && missing) process.exit(1);
