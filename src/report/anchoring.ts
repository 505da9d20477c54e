/**
 * Gives every unanchored passage of a chapter a marker "<section>-<n>", where <section> is the id
 * of the heading above it (the chapter's slug before the first heading), in the syntax of
 * src/report/anchors.ts. Existing markers are never changed: they are published. Used by
 * `npm run report:anchors` and by the scaffold of a new evaluation (src/ingest/).
 */
import { chapterStructure } from './passages';
import type { ParsedFile } from './parse';

/** The chapter body with a marker on every passage that had none; `used` (every anchor of the evaluation) is updated. */
export function addMissingAnchors(parsed: ParsedFile, chapterSlug: string, used: Set<string>): { body: string; added: number; unanchorable: number[] } {
  const { passages } = chapterStructure(parsed.tree, parsed.body, parsed.bodyLineOffset);
  const inserts: { at: number; text: string }[] = [];
  const counters = new Map<string, number>();
  const unanchorable: number[] = [];
  let section = chapterSlug;
  for (const p of passages) {
    if (p.kind === 'heading' && p.id) {
      section = p.id;
      continue;
    }
    if (p.id) continue;
    let n = counters.get(section) ?? 0;
    let id: string;
    do id = `${section}-${++n}`;
    while (used.has(id));
    counters.set(section, n);
    if (p.kind === 'paragraph') inserts.push({ at: p.start, text: `[#${id}] ` });
    else if (p.kind === 'item') {
      const first = p.node.children?.[0];
      // a list item that does not start with text has no place for a marker: a person adds it
      if (first?.type !== 'paragraph') {
        unanchorable.push(p.line);
        continue;
      }
      inserts.push({ at: first.position!.start.offset!, text: `[#${id}] ` });
    } else if (p.kind === 'table' || p.kind === 'quote') inserts.push({ at: p.start, text: `[#${id}]\n\n` });
    else if (p.kind === 'heading') inserts.push({ at: p.end, text: ` [#${id}]` });
    else continue;
    used.add(id);
  }
  let body = parsed.body;
  for (const ins of inserts.sort((a, b) => b.at - a.at)) body = body.slice(0, ins.at) + ins.text + body.slice(ins.at);
  return { body, added: inserts.length, unanchorable };
}
