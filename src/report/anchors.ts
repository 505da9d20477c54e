/**
 * The one place that knows the anchor syntax of report chapters (docs/content-model.md):
 *   "## Título [#anchor]"      a heading's id (marker at the end)
 *   "[#p-204] 204. Texto"      a paragraph's, list item's or table cell's id (marker at the start)
 *   "[#tabla-4]" alone         a paragraph of only a marker gives its id to the table that follows
 *   "[^71]: …"                 a footnote definition's id is "fn-71" (the report's own note number)
 *   any other "[#x]"           an anchor point inside a passage (an empty span with that id)
 * Chapters and their translations are parsed with the same rules (src/report/passages.ts).
 */
export const ANCHOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Every marker in a text (global: use with matchAll or replace). */
export const ANCHOR_MARKER = /\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;
const LEADING = /^\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*/;
const TRAILING = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;
const ONLY = /^\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

export interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  spread?: boolean | null;
  identifier?: string;
  label?: string | null;
  name?: string | null;
  attributes?: { type: string; name: string; value?: unknown }[];
  align?: (string | null)[] | null;
  url?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  data?: Record<string, unknown>;
}

/** The text node at the very start of a paragraph, list item or cell (through a first paragraph). */
export function firstText(node: MdNode): MdNode | undefined {
  const first = node.children?.[0];
  if (!first) return undefined;
  if (first.type === 'text') return first;
  if (first.type === 'paragraph') return firstText(first);
  return undefined;
}

function lastText(node: MdNode): MdNode | undefined {
  const last = node.children?.[node.children.length - 1];
  return last?.type === 'text' ? last : undefined;
}

/** The id a heading declares with a trailing marker, if any. */
export function headingAnchor(node: MdNode): string | undefined {
  return lastText(node)?.value?.match(TRAILING)?.[1];
}

/** The id a paragraph, list item or table cell declares with a leading marker, if any. */
export function leadingAnchor(node: MdNode): string | undefined {
  return firstText(node)?.value?.match(LEADING)?.[1];
}

/** A paragraph made of a marker only: it names the block that follows (a table). */
export function markerOnlyAnchor(node: MdNode): string | undefined {
  if (node.type !== 'paragraph' || node.children?.length !== 1) return undefined;
  return node.children[0].type === 'text' ? node.children[0].value?.match(ONLY)?.[1] : undefined;
}

export function footnoteAnchor(label: string): string {
  return `fn-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** Removes a heading's trailing marker from its text nodes (in place); returns the id. */
export function takeHeadingAnchor(node: MdNode): string | undefined {
  const t = lastText(node);
  const m = t?.value?.match(TRAILING);
  if (!t || !m) return undefined;
  t.value = t.value!.slice(0, m.index);
  return m[1];
}

/** Removes a leading marker (in place); returns the id. */
export function takeLeadingAnchor(node: MdNode): string | undefined {
  const t = firstText(node);
  const m = t?.value?.match(LEADING);
  if (!t || !m) return undefined;
  t.value = t.value!.slice(m[0].length);
  return m[1];
}

/** Every marker id in a piece of markdown source. */
export function markersIn(source: string): string[] {
  return [...source.matchAll(ANCHOR_MARKER)].map((m) => m[1]);
}

/** Markdown source with its markers removed (for fingerprints and text comparison). */
export function withoutMarkers(source: string): string {
  return source.replace(ANCHOR_MARKER, ' ');
}
