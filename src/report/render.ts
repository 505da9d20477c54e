/**
 * Renders report chapters to HTML, passage by passage (mdast → hast with mdast-util-to-hast,
 * serialised by hast-util-to-html), for three views: a chapter in the reader's language (each
 * passage the original, the report's own translation or the site's, with its status and a way to
 * the original), the side-by-side view (original | translation, passage by passage), and a single
 * passage. Every passage keeps its anchor id in every view and language.
 */
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import type { Lang } from '../content/model';
import { ANCHOR_MARKER, type MdNode } from './anchors';
import { EDITORIAL_ELEMENTS, type Passage } from './passages';
import type { ReportChapter, ReportTranslation } from './report';
import { languageOf, plainText, type PassageStatus } from './translations';

export interface RenderContext {
  /** the page's language */
  lang: Lang;
  /** UI strings in the page's language */
  label: {
    linkToPassage: string;
    flag: string;
    editorNote: string;
    editorKind: (kind: string) => string;
    backToReference: (n: string) => string;
    notes: string;
    statusMark: (status: PassageStatus) => string;
    statusMarkLong: (status: PassageStatus) => string;
    /** "view the original side by side" */
    viewOriginal: string;
    itemLink: string;
  };
  /** where a mention of another project links to */
  projectHref: (project: string) => string;
  /** items stated at a passage (their pages, to cite them) */
  itemsAt: (anchor: string) => { href: string; label: string }[];
  /** the side-by-side view at a passage ("view the original") */
  sideBySideHref: (anchor: string) => string;
}

/** What a reader of a language gets for one passage. */
export interface ShownPassage {
  passage: Passage;
  status: PassageStatus;
  /** the node whose words are shown */
  node: MdNode;
  /** the language of those words */
  contentLang: Lang;
  reason?: string;
}

/** The text of a passage for a language: the original, the report's own translation, the site's, or the original with why. */
export function shownPassage(chapter: ReportChapter, translation: ReportTranslation | undefined, passage: Passage, lang: Lang): ShownPassage {
  const own = originalLanguage(chapter, passage);
  if (chapter.meta.lang === lang) return { passage, status: 'original', node: passage.node, contentLang: own };
  const aligned = passage.id ? translation?.checked.aligned.get(passage.id) : undefined;
  if (aligned?.shown) return { passage, status: aligned.status, node: aligned.shown.node, contentLang: lang };
  if (aligned) return { passage, status: aligned.status, node: passage.node, contentLang: own, reason: aligned.reason };
  return { passage, status: 'untranslated', node: passage.node, contentLang: own };
}

const passageLang = new WeakMap<Passage, Lang>();
/**
 * The language a passage of the report is written in: the chapter's, unless the passage is long
 * enough to tell and is plainly in the other one (an English abstract or template in a Spanish
 * report); it then carries its own `lang`.
 */
function originalLanguage(chapter: ReportChapter, passage: Passage): Lang {
  let l = passageLang.get(passage);
  if (!l) {
    // a table takes the chapter's language; its cells say where they differ (markCellLanguages)
    l = passage.kind === 'table' ? chapter.meta.lang : (languageOf(plainText(passage.node), 80) ?? chapter.meta.lang);
    passageLang.set(passage, l);
  }
  return l;
}

// ---------------------------------------------------------------- mdast preparation

type Mutable = MdNode & { type: string };

/** A deep copy of a passage's node with its own marker removed and the other markers made anchor points. */
function prepare(node: MdNode, ownId: string | undefined, keepInnerIds: boolean): MdNode {
  const copy = structuredClone(node) as Mutable;
  const strip = (n: MdNode, first: boolean): void => {
    if (!n.children) return;
    const out: MdNode[] = [];
    n.children.forEach((c, i) => {
      if (c.type === 'text' && c.value && ANCHOR_MARKER.test(c.value)) {
        ANCHOR_MARKER.lastIndex = 0;
        let last = 0;
        for (const m of c.value.matchAll(ANCHOR_MARKER)) {
          const before = c.value.slice(last, m.index);
          if (before) out.push({ type: 'text', value: before });
          if (m[1] !== ownId && keepInnerIds) out.push({ type: 'anchorPoint', value: m[1] });
          last = m.index! + m[0].length;
        }
        let rest = c.value.slice(last);
        if (first && i === 0 && out.length === 0) rest = rest.replace(/^\s+/, '');
        if (rest) out.push({ type: 'text', value: rest });
        // a leading marker leaves the following text's space: trim it
        if (out.length && out[0].type === 'text' && i === 0 && first) out[0].value = out[0].value!.replace(/^\s+/, '');
      } else {
        strip(c, first && i === 0);
        out.push(c);
      }
    });
    // a heading's trailing marker leaves a space at its end
    const lastChild = out[out.length - 1];
    if (lastChild?.type === 'text') lastChild.value = lastChild.value!.replace(/\s+$/, '');
    n.children = out;
  };
  strip(copy, true);
  return copy;
}

// ---------------------------------------------------------------- mdast → hast

interface HastOptions {
  ctx: RenderContext;
  /** footnote references get ids (only once per page) */
  fnrefIds: boolean;
  fnrefCount: Map<string, number>;
}

function el(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}
const txt = (value: string): ElementContent => ({ type: 'text', value });

function attr(node: MdNode, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

function editorial(node: MdNode, o: HastOptions): Element {
  if (node.name === 'Flag') {
    return el('aside', { className: ['flag'], role: 'note' }, [el('strong', {}, [txt(o.ctx.label.flag)]), txt(' '), txt(attr(node, o.ctx.lang) ?? '')]);
  }
  const label = attr(node, 'label');
  return el('aside', { className: ['editor-note'], dataPagefindIgnore: '' }, [
    el('strong', {}, [txt(o.ctx.label.editorNote)]),
    txt(' '),
    txt(o.ctx.label.editorKind(attr(node, 'kind') ?? '')),
    ...(label ? [txt(': '), el('q', {}, [txt(label)])] : []),
  ]);
}

function handlers(o: HastOptions): Record<string, Handler> {
  const jsx: Handler = (state: State, node: MdNode) => {
    switch (node.name) {
      case 'br':
        return el('br', {});
      case 'ProjectRef':
        return el('a', { className: ['xref'], href: o.ctx.projectHref(attr(node, 'project') ?? '') }, state.all(node as never) as ElementContent[]);
      case 'Flag':
      case 'EditorNote':
        return editorial(node, o);
      default:
        throw new Error(`<${node.name}> is not a component report chapters can use; expected ${[...EDITORIAL_ELEMENTS, 'ProjectRef', 'br'].join(', ')}`);
    }
  };
  return {
    mdxJsxTextElement: jsx,
    mdxJsxFlowElement: jsx,
    anchorPoint: (_state: State, node: MdNode) => el('span', { id: node.value!, className: ['anchor-point'] }),
    footnoteReference: (_state: State, node: MdNode) => {
      const label = String(node.label ?? node.identifier);
      const n = (o.fnrefCount.get(label) ?? 0) + 1;
      o.fnrefCount.set(label, n);
      const id = o.fnrefIds ? (n === 1 ? `fnref-${label}` : `fnref-${label}-${n}`) : undefined;
      return el('sup', {}, [el('a', { href: `#fn-${label}`, id, className: ['fnref'] }, [txt(label)])]);
    },
    mdxFlowExpression: () => {
      throw new Error('an MDX expression ({…}) in a report chapter; expected plain text (escape braces as \\{ \\})');
    },
    mdxTextExpression: () => {
      throw new Error('an MDX expression ({…}) in a report chapter; expected plain text (escape braces as \\{ \\})');
    },
  };
}

function toElements(node: MdNode, o: HastOptions): ElementContent[] {
  const root = toHast({ type: 'root', children: [node] } as never, { handlers: handlers(o) as never }) as HastRoot;
  return root.children as ElementContent[];
}

function childrenOf(node: MdNode, o: HastOptions): ElementContent[] {
  const root = toHast({ type: 'root', children: node.children ?? [] } as never, { handlers: handlers(o) as never }) as HastRoot;
  return root.children as ElementContent[];
}

// ---------------------------------------------------------------- passages

interface PassageOptions extends HastOptions {
  shown: ShownPassage;
  /** the element carries the passage id (false in a side-by-side cell that is not the page's language) */
  withId: boolean;
  tools: boolean;
  /** headings become styled paragraphs (the second column of the side-by-side view) */
  flatHeadings?: boolean;
}

function tools(o: PassageOptions): ElementContent[] {
  const { shown, ctx } = o;
  const id = shown.passage.id!;
  const out: ElementContent[] = [];
  for (const it of ctx.itemsAt(id)) {
    out.push(txt(' '), el('a', { className: ['passage-item'], href: it.href }, [el('span', { className: ['sr-only'] }, [txt(`${ctx.label.itemLink} `)]), txt(it.label)]));
  }
  if (shown.status !== 'original' || shown.contentLang !== ctx.lang) {
    out.push(txt(' '), el('a', { className: ['pmark', `pmark-${shown.status}`], href: ctx.sideBySideHref(id), ariaLabel: `${ctx.label.statusMarkLong(shown.status)}: ${ctx.label.viewOriginal}`, lang: ctx.lang }, [txt(ctx.label.statusMark(shown.status))]));
  }
  out.push(txt(' '), el('a', { className: ['passage-link'], href: `#${id}`, ariaLabel: ctx.label.linkToPassage }, [txt('¶')]));
  return [el('span', { className: ['ptools'], dataPagefindIgnore: '' }, out)];
}

/** One passage as an element: its words, its id, its language, its status, its tools. */
export function passageElement(o: PassageOptions): Element {
  const { shown } = o;
  const p = shown.passage;
  // the shown node may be another passage (the report's own translation elsewhere): its own marker
  // goes, and its anchor points are not this passage's; a translation made here has the same ids
  const sameIds = shown.node === p.node || shown.status === 'unofficial-translation';
  const own = sameIds ? p.id : p.kind === 'table' || p.kind === 'footnote' ? undefined : firstMarker(shown.node, p.kind);
  const node = prepare(shown.node, own, o.withId && sameIds);
  const props: Properties = { className: ['passage'] };
  if (o.withId) props.id = p.id;
  if (shown.contentLang !== o.ctx.lang) props.lang = shown.contentLang;
  if (shown.status !== 'original') props.dataStatus = shown.status;
  // anchor points of the original that the shown text does not carry still land here
  const landing: ElementContent[] = o.withId && !sameIds ? p.inner.map((a) => el('span', { id: a, className: ['anchor-point'] })) : [];
  const extra = o.tools ? tools(o) : [];
  switch (p.kind) {
    case 'heading': {
      const depth = Math.min(6, Math.max(2, p.depth ?? 2));
      const tag = o.flatHeadings ? 'p' : `h${depth}`;
      if (o.flatHeadings) props.className = ['passage', `heading-${depth}`];
      return el(tag, props, [...landing, ...childrenOf(node, o), ...extra]);
    }
    case 'paragraph':
      return el('p', props, [...landing, ...childrenOf(node, o), ...extra]);
    case 'item': {
      const inner = childrenOf(node, o);
      return el('li', props, [...landing, ...unwrapTight(node, inner), ...extra]);
    }
    case 'table': {
      const table = markCellLanguages(toElements(node, o)[0] as Element, shown.contentLang);
      props.className = ['passage', 'table-wrap'];
      props.role = 'region';
      props.tabIndex = 0;
      props.ariaLabel = tableLabel(table);
      return el('div', props, [...landing, table, ...(extra.length ? [el('p', { className: ['table-tools'] }, extra)] : [])]);
    }
    case 'quote':
      return el('blockquote', props, [...landing, ...childrenOf(node, o), ...extra]);
    case 'footnote': {
      const label = String(p.node.label ?? p.node.identifier);
      const body = childrenOf(node, o);
      const back = o.withId ? [txt(' '), el('a', { href: `#fnref-${label}`, className: ['fn-back'], ariaLabel: o.ctx.label.backToReference(label) }, [txt('↩')])] : [];
      return el('li', props, [el('span', { className: ['fn-label'] }, [txt(`${label}.`)]), txt(' '), ...unwrapSingle(body), ...back, ...extra]);
    }
  }
}

/** Tables mix languages (an English template filled in Spanish): a cell plainly in the other language says so. */
function markCellLanguages(table: Element, tableLang: Lang): Element {
  const text = (n: ElementContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(text).join('') : '');
  const visit = (e: Element) => {
    for (const c of e.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'td' || c.tagName === 'th') {
        const l = languageOf(text(c), 12);
        if (l && l !== tableLang) c.properties = { ...c.properties, lang: l };
      } else visit(c);
    }
  };
  visit(table);
  return table;
}

function firstMarker(node: MdNode, kind: Passage['kind']): string | undefined {
  if (kind === 'heading') {
    const last = node.children?.[node.children.length - 1];
    return last?.type === 'text' ? last.value?.match(/\[#([a-z0-9-]+)\]\s*$/)?.[1] : undefined;
  }
  let n: MdNode | undefined = node;
  while (n?.children?.[0]) {
    n = n.children[0];
    if (n.type === 'text') return n.value?.match(/^\s*\[#([a-z0-9-]+)\]/)?.[1];
  }
  return undefined;
}

/** A tight list item's single paragraph renders without <p>, as GFM does. */
function unwrapTight(node: MdNode, inner: ElementContent[]): ElementContent[] {
  if (node.spread) return inner;
  return inner.flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? c.children : [c]));
}

function unwrapSingle(inner: ElementContent[]): ElementContent[] {
  const els = inner.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return els.length === 1 && els[0].type === 'element' && els[0].tagName === 'p' ? els[0].children : inner;
}

function tableLabel(table: Element): string {
  const textOf = (n: ElementContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '');
  const head = textOf(table).replace(/\s+/g, ' ').trim();
  return head.length > 80 ? `${head.slice(0, 77)}…` : head;
}

// ---------------------------------------------------------------- views

export interface ChapterHtml {
  html: string;
  /** passages by status, with the length of their original text (for "translated: x %") */
  counts: Record<PassageStatus, { passages: number; chars: number }>;
}

function emptyCounts(): ChapterHtml['counts'] {
  return {
    original: { passages: 0, chars: 0 },
    'official-translation': { passages: 0, chars: 0 },
    'unofficial-translation': { passages: 0, chars: 0 },
    untranslated: { passages: 0, chars: 0 },
    outdated: { passages: 0, chars: 0 },
  };
}

/** Walks a chapter's blocks in order: passages (lists wrapped), editorial elements, footnotes last. */
function walkChapter(chapter: ReportChapter, visit: { passage: (p: Passage) => Element; editorial: (n: MdNode) => Element; list: (n: MdNode, items: Element[]) => Element; footnotes: (items: Element[]) => Element }): Element[] {
  const out: Element[] = [];
  const notes: Element[] = [];
  for (const node of chapter.parsed.tree.children ?? []) {
    if (chapter.structure.markerParagraphs.has(node)) continue;
    if (node.type === 'list') {
      out.push(visit.list(node, (node.children ?? []).map((li) => visit.passage(chapter.structure.byNode.get(li)!))));
      continue;
    }
    if (node.type === 'mdxJsxFlowElement') {
      out.push(visit.editorial(node));
      continue;
    }
    const p = chapter.structure.byNode.get(node);
    if (!p) continue;
    if (p.kind === 'footnote') notes.push(visit.passage(p));
    else out.push(visit.passage(p));
  }
  if (notes.length) out.push(visit.footnotes(notes));
  return out;
}

function listElement(node: MdNode, items: Element[], extra: Properties = {}): Element {
  const props: Properties = { ...extra };
  if (node.ordered && node.start != null && node.start !== 1) props.start = node.start;
  return el(node.ordered ? 'ol' : 'ul', props, items);
}

/** The chapter in the reader's language. */
export function renderChapter(chapter: ReportChapter, translation: ReportTranslation | undefined, ctx: RenderContext): ChapterHtml {
  const counts = emptyCounts();
  const o: HastOptions = { ctx, fnrefIds: true, fnrefCount: new Map() };
  const formerAnchors = translation && translation.meta.lang === ctx.lang ? translation.meta.formerAnchors : {};
  const formerAt = new Map<string, string[]>();
  for (const [old, now] of Object.entries(formerAnchors)) formerAt.set(now, [...(formerAt.get(now) ?? []), old]);
  const blocks = walkChapter(chapter, {
    passage: (p) => {
      const shown = shownPassage(chapter, translation, p, ctx.lang);
      counts[shown.status].passages++;
      counts[shown.status].chars += p.source.length;
      const e = passageElement({ ...o, shown, withId: true, tools: true });
      // ids once published for this passage stay link targets
      for (const old of formerAt.get(p.id!) ?? []) e.children.unshift(el('span', { id: old, className: ['anchor-point'] }));
      return e;
    },
    editorial: (n) => editorial(n, o),
    list: (n, items) => listElement(n, items),
    footnotes: (items) => el('section', { className: ['footnotes'], ariaLabel: ctx.label.notes }, [el('h2', { className: ['footnotes-title'] }, [txt(ctx.label.notes)]), el('ul', { className: ['footnote-list'] }, items)]),
  });
  return { html: toHtml({ type: 'root', children: blocks }), counts };
}

/** Original | translation, passage by passage; the column in the page's language carries the ids and headings. */
export function renderSideBySide(chapter: ReportChapter, translation: ReportTranslation | undefined, ctx: RenderContext): string {
  const other: Lang = chapter.meta.lang === 'es' ? 'en' : 'es';
  const oOrig: HastOptions = { ctx, fnrefIds: chapter.meta.lang === ctx.lang, fnrefCount: new Map() };
  const oTrans: HastOptions = { ctx, fnrefIds: other === ctx.lang, fnrefCount: new Map() };
  const rows: Element[] = [];
  const cell = (p: Passage, lang: Lang, o: HastOptions): Element => {
    const shown: ShownPassage = lang === chapter.meta.lang ? { passage: p, status: 'original', node: p.node, contentLang: originalLanguage(chapter, p) } : shownPassage(chapter, translation, p, lang);
    const pageColumn = lang === ctx.lang;
    let e = passageElement({ ...o, ctx, shown, withId: false, tools: false, flatHeadings: !pageColumn });
    if (p.kind === 'item') e = el(p.node.ordered === false ? 'ul' : 'ul', {}, [e]);
    if (p.kind === 'footnote') e = el('ul', { className: ['footnote-list'] }, [e]);
    const props: Properties = { className: ['cell', lang === chapter.meta.lang ? 'cell-original' : 'cell-translation'], lang: shown.contentLang };
    if (shown.status !== 'original') props.dataStatus = shown.status;
    const mark = lang !== chapter.meta.lang ? [el('p', { className: ['cell-status'], lang: ctx.lang }, [txt(ctx.label.statusMarkLong(shown.status))])] : [];
    return el('div', props, [e, ...mark]);
  };
  for (const p of chapter.structure.passages) {
    if (!p.id) continue;
    rows.push(
      el('div', { className: ['pair'], id: p.id }, [
        ...p.inner.map((a) => el('span', { id: a, className: ['anchor-point'] })),
        cell(p, chapter.meta.lang, oOrig),
        cell(p, other, oTrans),
        el('a', { className: ['passage-link'], href: `#${p.id}`, ariaLabel: ctx.label.linkToPassage }, [txt('¶')]),
      ]),
    );
  }
  return toHtml({ type: 'root', children: rows });
}

/** One passage's words for a language, as HTML without tools (for item pages and the in-place original). */
export function renderPassageText(chapter: ReportChapter, translation: ReportTranslation | undefined, passage: Passage, lang: Lang, ctx: RenderContext): { html: string; shown: ShownPassage } {
  const shown = shownPassage(chapter, translation, passage, lang);
  const o: HastOptions = { ctx, fnrefIds: false, fnrefCount: new Map() };
  return { html: toHtml(passageElement({ ...o, shown, withId: false, tools: false, flatHeadings: true })), shown };
}

/** A chapter's headings (to a depth), read from the markdown tree, in a language. */
export function chapterHeadings(chapter: ReportChapter, translation: ReportTranslation | undefined, lang: Lang, maxDepth = 3): { depth: number; id: string; text: string; lang: Lang }[] {
  const out: { depth: number; id: string; text: string; lang: Lang }[] = [];
  for (const p of chapter.structure.passages) {
    if (p.kind !== 'heading' || !p.id || (p.depth ?? 9) > maxDepth) continue;
    const shown = shownPassage(chapter, translation, p, lang);
    const node = prepare(shown.node, undefined, false);
    const text = plain(node).replace(/\s+/g, ' ').trim();
    out.push({ depth: p.depth!, id: p.id, text, lang: shown.contentLang });
  }
  return out;
}

function plain(n: MdNode): string {
  if (n.type === 'text') return n.value ?? '';
  if (n.type === 'footnoteReference' || n.type === 'anchorPoint') return '';
  return (n.children ?? []).map(plain).join('');
}
