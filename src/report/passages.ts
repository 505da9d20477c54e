/**
 * A chapter as passages: the units a reader links to, cites, and reads in translation — every
 * heading, paragraph, list item, table, block quote and footnote, each with its anchor id
 * (src/report/anchors.ts). Editorial elements (<Flag>, <EditorNote>) are not passages: they
 * belong to the site and are shown in the reader's language. A translation has the same
 * passages, with the same ids, in the same order (src/report/translations.ts).
 */
import { createHash } from 'node:crypto';
import {
  footnoteAnchor,
  headingAnchor,
  leadingAnchor,
  markerOnlyAnchor,
  markersIn,
  withoutMarkers,
  type MdNode,
} from './anchors';

export const PASSAGE_KINDS = ['heading', 'paragraph', 'item', 'table', 'quote', 'footnote'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

/** Components a chapter may use; the first two are editorial (not the report's words). */
export const EDITORIAL_ELEMENTS = ['Flag', 'EditorNote'] as const;
export const REPORT_ELEMENTS = ['ProjectRef'] as const;
/** What each component must carry (the renderer, src/report/render.ts, reads these as strings). */
const REQUIRED_ATTRIBUTES: Record<string, string[]> = { Flag: ['es', 'en'], EditorNote: ['kind'], ProjectRef: ['project'], br: [] };
export const EDITOR_NOTE_KINDS = ['lost-figure', 'unrepaired-table', 'missing-annex'] as const;

/**
 * What the renderer refuses, found before a build: MDX expressions, imports, components it does
 * not know, attributes that are not quoted strings. Each with the line and column in the file.
 */
export function componentProblems(tree: MdNode, bodyLineOffset = 0): { line: number; column: number; message: string }[] {
  const out: { line: number; column: number; message: string }[] = [];
  const at = (n: MdNode, message: string) => out.push({ line: (n.position?.start.line ?? 0) + bodyLineOffset, column: n.position?.start.column ?? 1, message });
  const walk = (n: MdNode) => {
    if (n.type === 'mdxTextExpression' || n.type === 'mdxFlowExpression') at(n, `an MDX expression {${(n.value ?? '').slice(0, 40)}}; expected plain text (write a literal brace as \\{ or \\})`);
    else if (n.type === 'mdxjsEsm') at(n, 'an import or export; expected none (the page provides EditorNote, Flag and ProjectRef)');
    else if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      const name = n.name ?? '(fragment)';
      const required = REQUIRED_ATTRIBUTES[name];
      if (!required) at(n, `<${name}> is not a component report chapters can use; expected ${Object.keys(REQUIRED_ATTRIBUTES).join(', ')}`);
      else {
        const attrs = new Map((n.attributes ?? []).map((a) => [a.name, a]));
        for (const a of n.attributes ?? []) {
          if (a.type !== 'mdxJsxAttribute') at(n, `<${name}> has a spread attribute {…}; expected name="text" attributes`);
          else if (typeof a.value !== 'string') at(n, `<${name}> attribute ${a.name} is ${a.value == null ? 'empty' : 'an expression'}; expected ${a.name}="text"`);
        }
        for (const r of required) if (!attrs.has(r)) at(n, `<${name}> without the attribute ${r}; expected ${required.map((x) => `${x}="…"`).join(' ')}`);
        const kind = attrs.get('kind')?.value;
        if (name === 'EditorNote' && typeof kind === 'string' && !(EDITOR_NOTE_KINDS as readonly string[]).includes(kind)) at(n, `<EditorNote kind="${kind}">; expected kind ${EDITOR_NOTE_KINDS.join(' | ')}`);
      }
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return out;
}

export interface Passage {
  /** undefined only in a chapter not yet anchored (npm run report:anchors adds the markers) */
  id: string | undefined;
  kind: PassageKind;
  node: MdNode;
  /** heading depth, for headings */
  depth?: number;
  /** the passage's markdown, as written */
  source: string;
  start: number;
  end: number;
  /** line in the file (front matter included) */
  line: number;
  /** a short hash of the passage's words: a translation records the one it translates */
  fingerprint: string;
  /** anchors inside the passage (table cells, anchor points, nested items) */
  inner: string[];
  /** footnote references inside the passage, by label */
  footnoteRefs: string[];
  /** the components inside the passage, with their attributes, e.g. Flag{es,en} */
  elements: string[];
}

export interface ChapterStructure {
  passages: Passage[];
  byId: Map<string, Passage>;
  byNode: Map<MdNode, Passage>;
  /** marker-only paragraphs (not rendered: their id goes to the next block) */
  markerParagraphs: Set<MdNode>;
  problems: { line: number; message: string }[];
}

export function fingerprintOf(source: string): string {
  const normalized = withoutMarkers(source)
    .replace(/^\s*([-*+]|\d+[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}

function attrValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'value' in v) return `{${String((v as { value: unknown }).value)}}`;
  return String(v);
}

/** Components in a subtree, serialized with their attributes (children excluded). */
export function elementsIn(node: MdNode): string[] {
  const out: string[] = [];
  const walk = (n: MdNode) => {
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name) {
      const attrs = (n.attributes ?? []).map((a) => `${a.name}=${JSON.stringify(attrValue(a.value))}`).sort();
      // editorial elements are ours and stay as they are; report elements keep their attributes
      out.push(`${n.name}{${attrs.join(',')}}`);
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return out;
}

function footnoteRefsIn(node: MdNode): string[] {
  const out: string[] = [];
  const walk = (n: MdNode) => {
    if (n.type === 'footnoteReference') out.push(String(n.label ?? n.identifier));
    for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return out;
}

/** Splits a parsed chapter (or translation) into its passages. */
export function chapterStructure(tree: MdNode, body: string, bodyLineOffset = 0): ChapterStructure {
  const passages: Passage[] = [];
  const markerParagraphs = new Set<MdNode>();
  const problems: { line: number; message: string }[] = [];
  const lineOf = (n: MdNode) => (n.position?.start.line ?? 0) + bodyLineOffset;

  const add = (kind: PassageKind, node: MdNode, id: string | undefined) => {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    const source = body.slice(start, end);
    passages.push({
      id,
      kind,
      node,
      depth: kind === 'heading' ? node.depth : undefined,
      source,
      start,
      end,
      line: lineOf(node),
      fingerprint: fingerprintOf(source),
      inner: markersIn(source).filter((m) => m !== id),
      footnoteRefs: footnoteRefsIn(node),
      elements: elementsIn(node),
    });
  };

  const blocks = (children: MdNode[]) => {
    let pending: { id: string; node: MdNode } | undefined;
    for (const node of children) {
      const marker = markerOnlyAnchor(node);
      if (marker) {
        if (pending) problems.push({ line: lineOf(pending.node), message: `the marker [#${pending.id}] stands alone but no table follows it` });
        pending = { id: marker, node };
        markerParagraphs.add(node);
        continue;
      }
      const named = pending?.id;
      if (pending && node.type !== 'table' && node.type !== 'blockquote') {
        problems.push({ line: lineOf(pending.node), message: `the marker [#${pending.id}] stands alone but a ${node.type} follows it; expected a table (put a paragraph's marker at its start)` });
      }
      pending = undefined;
      switch (node.type) {
        case 'heading':
          add('heading', node, headingAnchor(node));
          break;
        case 'paragraph':
          add('paragraph', node, leadingAnchor(node));
          break;
        case 'list':
          for (const li of node.children ?? []) add('item', li, leadingAnchor(li));
          break;
        case 'table':
          add('table', node, named);
          break;
        case 'blockquote':
          add('quote', node, named ?? leadingAnchor(node));
          break;
        case 'footnoteDefinition':
          add('footnote', node, footnoteAnchor(String(node.label ?? node.identifier)));
          break;
        case 'mdxJsxFlowElement':
          if (!(EDITORIAL_ELEMENTS as readonly string[]).includes(node.name ?? '')) {
            problems.push({ line: lineOf(node), message: `<${node.name}> as a block: expected only ${EDITORIAL_ELEMENTS.join(', ')} between passages` });
          }
          break;
        case 'thematicBreak':
          break;
        default:
          problems.push({ line: lineOf(node), message: `unsupported block "${node.type}"; expected headings, paragraphs, lists, tables, quotes, footnotes or ${EDITORIAL_ELEMENTS.join('/')}` });
      }
    }
    if (pending) problems.push({ line: lineOf(pending.node), message: `the marker [#${pending.id}] stands alone at the end; expected a table after it` });
  };
  blocks(tree.children ?? []);

  const byId = new Map<string, Passage>();
  const byNode = new Map<MdNode, Passage>();
  for (const p of passages) {
    byNode.set(p.node, p);
    if (!p.id) continue;
    if (byId.has(p.id)) problems.push({ line: p.line, message: `anchor "${p.id}" is used twice in this file` });
    else byId.set(p.id, p);
  }
  return { passages, byId, byNode, markerParagraphs, problems };
}
