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
    const { passages } = chapterStructure(parsed.tree, parsed.body, parsed.bodyLineOffset);
    const chapterSlug = f.replace(/\.mdx$/, '').replace(/^\d+[a-z]?-/, '');
    const inserts: { at: number; text: string }[] = [];
    const counters = new Map<string, number>();
    let section = chapterSlug;
    for (const p of passages) {
      if (p.kind === 'heading' && p.id) {
        section = p.id;
        continue;
      }
      if (p.id) continue;
      missing++;
      if (check) {
        console.log(`${join(dir, f)}:${p.line}: ${p.kind} without an anchor`);
        continue;
      }
      let n = counters.get(section) ?? 0;
      let id: string;
      do id = `${section}-${++n}`;
      while (used.has(id));
      counters.set(section, n);
      used.add(id);
      if (p.kind === 'paragraph') inserts.push({ at: p.start, text: `[#${id}] ` });
      else if (p.kind === 'item') {
        const first = p.node.children?.[0];
        if (first?.type !== 'paragraph') throw new Error(`${join(dir, f)}:${p.line}: a list item that does not start with text; add its marker by hand`);
        inserts.push({ at: first.position!.start.offset!, text: `[#${id}] ` });
      } else if (p.kind === 'table' || p.kind === 'quote') inserts.push({ at: p.start, text: `[#${id}]\n\n` });
      else if (p.kind === 'heading') inserts.push({ at: p.end, text: ` [#${id}]` });
    }
    if (!inserts.length || check) continue;
    let body = parsed.body;
    for (const ins of inserts.sort((a, b) => b.at - a.at)) body = body.slice(0, ins.at) + ins.text + body.slice(ins.at);
    writeFileSync(join(dir, f), raw.slice(0, raw.length - parsed.body.length) + body);
    added += inserts.length;
  }
}
console.log(check ? `${missing} passages without an anchor` : `added ${added} anchors`);
if (check && missing) process.exit(1);
