/**
 * Turns the anchor markers of the report chapters into element ids (docs/content-model.md):
 *   "## Título [#anchor]"   → <h2 id="anchor">Título</h2>
 *   "[#p-204] 204. Texto"   → <p id="p-204" class="passage">204. Texto</p> (also list items, table cells)
 * A marker anywhere else becomes an empty <span id> so that every marker in the source is a
 * link target: src/lib/anchors.ts reads the same markers from the raw MDX to check links.
 */
export const ANCHOR_MARKER = /\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  data?: { hProperties?: Record<string, unknown>; hName?: string };
}

function setId(node: Node, id: string, passage: boolean): void {
  node.data ??= {};
  node.data.hProperties = { ...(node.data.hProperties ?? {}), id };
  if (passage) node.data.hProperties.className = ['passage'];
}

function firstText(node: Node): Node | undefined {
  const first = node.children?.[0];
  if (!first) return undefined;
  if (first.type === 'text') return first;
  if (first.type === 'paragraph') return firstText(first);
  return undefined;
}

function lastText(node: Node): Node | undefined {
  const last = node.children?.[node.children.length - 1];
  return last?.type === 'text' ? last : undefined;
}

function walk(node: Node): void {
  if (node.type === 'heading') {
    const t = lastText(node);
    const m = t?.value?.match(/\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/);
    if (t && m) {
      t.value = t.value!.slice(0, m.index);
      setId(node, m[1], false);
    }
  } else if (node.type === 'paragraph' || node.type === 'listItem' || node.type === 'tableCell') {
    const t = firstText(node);
    const m = t?.value?.match(/^\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*/);
    if (t && m) {
      t.value = t.value!.slice(m[0].length);
      // For a list item the id goes on the <li>, the reader's natural unit.
      setId(node, m[1], node.type !== 'tableCell');
    }
  }
  if (!node.children) return;
  // A paragraph of only a marker names the table after it (src/report/anchors.ts).
  const kids = node.children;
  for (let i = kids.length - 2; i >= 0; i--) {
    const only = kids[i].type === 'paragraph' && kids[i].children?.length === 1 && kids[i].children![0].type === 'text' ? kids[i].children![0].value!.match(/^\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/) : null;
    if (only && kids[i + 1].type === 'table') {
      setId(kids[i + 1], only[1], false);
      kids.splice(i, 1);
    }
  }
  // Remaining markers inside text: split them out as empty anchor spans.
  const out: Node[] = [];
  for (const child of node.children) {
    if (child.type === 'text' && child.value && ANCHOR_MARKER.test(child.value)) {
      ANCHOR_MARKER.lastIndex = 0;
      let last = 0;
      for (const m of child.value.matchAll(ANCHOR_MARKER)) {
        if (m.index! > last) out.push({ type: 'text', value: child.value.slice(last, m.index) });
        // An empty mdast node renamed to <span>: raw HTML nodes do not survive MDX.
        out.push({ type: 'emphasis', children: [], data: { hName: 'span', hProperties: { id: m[1], className: ['anchor-point'] } } });
        last = m.index! + m[0].length;
      }
      if (last < child.value.length) out.push({ type: 'text', value: child.value.slice(last) });
    } else {
      walk(child);
      out.push(child);
    }
  }
  node.children = out;
}

export default function remarkAnchors() {
  return (tree: Node) => walk(tree);
}
