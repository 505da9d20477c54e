/**
 * Translations of report chapters, aligned passage by passage with the original
 * (docs/content-model.md, "Translations"). This module checks a translation against its chapter
 * and tells, for every passage and language, which text a reader gets and with what status.
 */
import { franc } from 'franc-min';
import type { Actor, GlossaryEntry, Lang, TranslationMeta } from '../content/model';
import { withoutMarkers, type MdNode } from './anchors';
import type { ChapterStructure, Passage } from './passages';

/** What a reader of a language gets for a passage. */
export type PassageStatus =
  | 'original' // the report's own words, in the language it wrote them
  | 'official-translation' // the report's own translation
  | 'unofficial-translation' // translated for this site
  | 'untranslated' // shown in the original language, with the reason
  | 'outdated'; // the original changed after it was translated: the original is shown until redone

export interface TranslationProblem {
  line: number;
  message: string;
  /** the passage it concerns */
  passage?: string;
  /** only the fingerprint is missing: stamping fixes it */
  unstamped?: boolean;
}

/** Digit groups of a text, separators dropped ("1.234,5" and "1,234.5" are both "12345"). */
export function numbersOf(text: string): string[] {
  const t = withoutMarkers(text).replace(/\[\^[^\]]+\]/g, ' ');
  return (t.match(/\d+(?:[.,]\d+|[\u00a0\u202f ]\d{3}(?!\d))*/g) ?? []).map((s) => s.replace(/\D/g, '')).sort();
}

export function footnoteRefsEqual(a: string[], b: string[]): boolean {
  return [...a].sort().join(',') === [...b].sort().join(',');
}

/** A passage's words as plain text; table cells and list items are kept apart by a space. */
export function plainText(node: MdNode): string {
  const walk = (n: MdNode): string => {
    if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
    if (n.type === 'footnoteReference') return ' ';
    const inner = (n.children ?? []).map(walk).join(n.type === 'tableRow' || n.type === 'table' || n.type === 'list' || n.type === 'listItem' ? ' ' : '');
    return n.type === 'tableCell' || n.type === 'paragraph' ? ` ${inner} ` : inner;
  };
  return withoutMarkers(walk(node)).replace(/\s+/g, ' ').trim();
}

const FRANC: Record<string, Lang> = { spa: 'es', eng: 'en' };
/** The language of a text, for texts long enough to tell (else undefined). */
export function languageOf(text: string, minLength = 60): Lang | undefined {
  if (text.length < minLength) return undefined;
  // each passage is rendered several times (chapter and side-by-side pages, both languages)
  const key = `${minLength}\u0000${text}`;
  if (detected.has(key)) return detected.get(key);
  const lang = FRANC[franc(text, { only: ['spa', 'eng'], minLength })];
  detected.set(key, lang);
  return lang;
}
const detected = new Map<string, Lang | undefined>();

function tableShape(node: MdNode): string {
  return (node.children ?? []).map((row) => (row.children ?? []).length).join(',');
}

/** Institutions' acronyms that a translation must keep (MIMP stays MIMP); OIT may become ILO,
 * and the institution's name in full (as the registry spells it) is accepted too. */
export interface AcronymRules {
  /** an all-caps alias → the spellings (folded) any of which may stand for it in a translation */
  equivalents: Map<string, Set<string>>;
  pattern: RegExp | undefined;
}

const foldText = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function acronymRules(actors: Actor[], _glossary: GlossaryEntry[] = []): AcronymRules {
  const equivalents = new Map<string, Set<string>>();
  const isAcronym = (s: string) => /^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ0-9&-]{1,}$/.test(s);
  for (const a of actors) {
    const caps = [a.acronym ?? '', ...a.aliases].filter(isAcronym);
    const spellings = [...caps, a.name.es, a.name.en, ...a.aliases].map(foldText);
    for (const c of caps) {
      const set = equivalents.get(c) ?? new Set<string>();
      for (const d of spellings) set.add(d);
      equivalents.set(c, set);
    }
  }
  const keys = [...equivalents.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[-]/g, '\\x2d'));
  // an English plural ("CARs", "UPEs") is the same acronym
  return { equivalents, pattern: keys.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${keys.join('|')})s?(?![\\p{L}\\p{N}])`, 'gu') : undefined };
}

function acronymsIn(text: string, rules: AcronymRules): Set<string> {
  return new Set(rules.pattern ? [...text.matchAll(rules.pattern)].map((m) => m[1]) : []);
}

/** Acronyms of the original that the translation neither keeps nor spells out. */
export function missingAcronyms(original: string, translated: string, rules: AcronymRules): string[] {
  const t = foldText(translated);
  const kept = acronymsIn(translated, rules);
  return [...acronymsIn(original, rules)].filter((a) => {
    const eq = rules.equivalents.get(a) ?? new Set([foldText(a)]);
    return ![...kept].some((k) => eq.has(foldText(k))) && ![...eq].some((e) => e.length > 6 && t.includes(e));
  });
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Multi-word glossary terms (single words are too ambiguous to check mechanically). */
export interface GlossaryRule {
  from: Record<Lang, string>;
  /** the term in each language, any word allowing a plural ending ("víctimas de trata", "trafficking victims") */
  match: Record<Lang, RegExp>;
}

const termPattern = (term: string) =>
  new RegExp(`(?<!\\p{L})${term.split(' ').map((w) => `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?`).join('\\s+')}(?!\\p{L})`, 'u');

export function glossaryRules(glossary: GlossaryEntry[]): GlossaryRule[] {
  const clean = (s: string) => fold(s.replace(/\s*\([^)]*\)/g, '').trim());
  return glossary
    .map((g) => ({ es: clean(g.term.es), en: clean(g.term.en) }))
    .filter((f) => f.es.split(' ').length >= 2 && f.en.split(' ').length >= 2)
    .map((from) => ({ from, match: { es: termPattern(from.es), en: termPattern(from.en) } }));
}

/** Glossary terms of the original whose counterpart is not in the translation. */
export function glossaryMisses(original: string, translated: string, source: Lang, target: Lang, rules: GlossaryRule[]): GlossaryRule[] {
  const o = fold(original);
  const t = fold(translated);
  return rules.filter((r) => r.match[source].test(o) && !r.match[target].test(t));
}

export interface ReportPassageRef {
  chapterFile: string;
  lang: Lang;
  status: 'original' | 'official-translation' | 'unofficial-translation';
  passage: Passage;
}

export interface AlignedPassage {
  original: Passage;
  status: PassageStatus;
  /** the passage shown in the translation's language (undefined: the original is shown) */
  shown?: Passage;
  /** for fromReport: where the report prints it */
  reportRef?: ReportPassageRef;
  reason?: string;
}

export interface CheckedTranslation {
  aligned: Map<string, AlignedPassage>;
  problems: TranslationProblem[];
  warnings: TranslationProblem[];
}

/**
 * Aligns a translation with its original chapter and checks it: same passages in the same
 * order, same kinds, same table shapes, same inner anchors, footnotes, components and figures,
 * acronyms kept, the text in the target language, and a fingerprint for every translated passage.
 */
export function checkTranslation(args: {
  original: ChapterStructure;
  originalLang: Lang;
  translation: ChapterStructure;
  meta: TranslationMeta;
  /** a passage of the same evaluation by id (for fromReport) */
  reportPassage: (id: string) => ReportPassageRef | undefined;
  acronyms: AcronymRules;
  glossary?: GlossaryRule[];
}): CheckedTranslation {
  const { original, translation, meta, acronyms } = args;
  const problems: TranslationProblem[] = translation.problems.map((p) => ({ ...p }));
  const warnings: TranslationProblem[] = [];
  const aligned = new Map<string, AlignedPassage>();
  const target = meta.lang;
  const translatedIds = new Set<string>();

  for (const [key, field] of [[meta.fromReport, 'fromReport'], [meta.untranslated, 'untranslated'], [meta.numbersDiffer, 'numbersDiffer'], [meta.fingerprints, 'fingerprints']] as const) {
    for (const id of Object.keys(key)) if (!original.byId.has(id)) problems.push({ line: 1, message: `front matter ${field}: "${id}" is not a passage of the chapter` });
  }

  for (const t of translation.passages) {
    if (!t.id) {
      problems.push({ line: t.line, message: `${t.kind} without an anchor; expected the anchor of the original passage it translates` });
      continue;
    }
    const o = original.byId.get(t.id);
    if (!o) {
      problems.push({ line: t.line, message: `passage "${t.id}" is not in the original chapter` });
      continue;
    }
    translatedIds.add(t.id);
    // an untranslated footnote keeps its definition in the body, or the references to it would not parse
    if (t.kind === 'footnote' && meta.untranslated[t.id]) {
      if (plainText(t.node) !== plainText(o.node)) problems.push({ line: t.line, passage: t.id, message: `passage "${t.id}": an untranslated footnote is kept as in the original; expected its text unchanged` });
      aligned.set(t.id, { original: o, status: 'untranslated', reason: meta.untranslated[t.id] });
      continue;
    }
    if (meta.fromReport[t.id] || meta.untranslated[t.id]) {
      problems.push({ line: t.line, message: `passage "${t.id}" is translated here but also listed in ${meta.fromReport[t.id] ? 'fromReport' : 'untranslated'}; expected one of them` });
    }
    const at = (message: string, unstamped = false) => problems.push({ line: t.line, passage: t.id, unstamped, message: `passage "${t.id}": ${message}` });
    if (o.kind !== t.kind) at(`is a ${t.kind}; the original is a ${o.kind}`);
    else if (o.kind === 'heading' && o.depth !== t.depth) at(`is a level-${t.depth} heading; the original is level ${o.depth}`);
    else if (o.kind === 'table' && tableShape(o.node) !== tableShape(t.node)) at(`table rows × cells ${tableShape(t.node)}; the original has ${tableShape(o.node)}`);
    if ([...o.inner].sort().join() !== [...t.inner].sort().join()) at(`inner anchors [${t.inner.join(', ')}]; the original has [${o.inner.join(', ')}]`);
    if (!footnoteRefsEqual(o.footnoteRefs, t.footnoteRefs)) at(`footnote references [${t.footnoteRefs.join(', ')}]; the original has [${o.footnoteRefs.join(', ')}]`);
    if (o.elements.join('|') !== t.elements.join('|')) at(`components ${t.elements.join(' ') || '(none)'}; the original has ${o.elements.join(' ') || '(none)'} (keep <Flag>, <EditorNote> and <ProjectRef> with their attributes)`);
    const on = numbersOf(o.source);
    const tn = numbersOf(t.source);
    if (on.join(',') !== tn.join(',') && !meta.numbersDiffer[t.id]) {
      const missing = on.filter((n) => !tn.includes(n));
      const extra = tn.filter((n) => !on.includes(n));
      at(`figures differ from the original (missing ${missing.join(' ') || '—'}; extra ${extra.join(' ') || '—'}); keep every number, or explain in numbersDiffer`);
    }
    for (const a of missingAcronyms(o.source, t.source, acronyms)) at(`the acronym ${a} of the original is missing (institutions' acronyms are kept, e.g. MIMP stays MIMP; content/actors.yaml)`);
    const text = plainText(t.node);
    if (/\p{L}{3}/u.test(text) && text === plainText(o.node)) at('is identical to the original; translate it, or list it in untranslated with the reason (e.g. proper names)');
    const lang = o.kind === 'table' ? undefined : languageOf(text, 120); // tables: mostly names and figures
    if (lang && lang !== target) at(`reads as ${lang}, expected ${target}: translate it, or list it in untranslated with the reason`);
    for (const miss of glossaryMisses(plainText(o.node), text, args.originalLang, target, args.glossary ?? [])) {
      warnings.push({ line: t.line, message: `passage "${t.id}": glossary: «${miss.from[args.originalLang]}» is rendered «${miss.from[target]}» (content/glossary.yaml)` });
    }
    const fp = meta.fingerprints[t.id];
    if (!fp) at('has no fingerprint; run npm run translations -- stamp <file> once it is translated', true);
    const outdated = fp !== undefined && fp !== o.fingerprint;
    if (outdated) warnings.push({ line: t.line, message: `passage "${t.id}" is outdated: its original changed after it was translated (the original is shown until it is redone and stamped)` });
    aligned.set(t.id, { original: o, status: outdated ? 'outdated' : 'unofficial-translation', shown: outdated ? undefined : t });
  }

  // order: the translated passages follow the original's order
  const order = original.passages.map((p) => p.id).filter((id): id is string => !!id && translatedIds.has(id));
  const seen = translation.passages.map((p) => p.id).filter((id): id is string => !!id && original.byId.has(id));
  const firstOff = seen.findIndex((id, i) => id !== order[i]);
  if (firstOff >= 0) problems.push({ line: translation.byId.get(seen[firstOff])!.line, message: `passage "${seen[firstOff]}" is out of order; expected "${order[firstOff]}" here (same order as the original)` });

  for (const o of original.passages) {
    if (!o.id || aligned.has(o.id)) continue;
    const from = meta.fromReport[o.id];
    const reason = meta.untranslated[o.id];
    if (from) {
      const ref = args.reportPassage(from);
      if (!ref) problems.push({ line: 1, message: `fromReport: "${o.id}" → "${from}": no passage "${from}" in this evaluation's chapters` });
      else if (ref.lang !== target) problems.push({ line: 1, message: `fromReport: "${o.id}" → "${from}": that passage is in ${ref.lang}, expected ${target}` });
      else if (ref.status === 'unofficial-translation') problems.push({ line: 1, message: `fromReport: "${o.id}" → "${from}": that passage is a translation made for the site, not the report's text` });
      else aligned.set(o.id, { original: o, status: ref.status, shown: ref.passage, reportRef: ref });
    } else if (reason) {
      aligned.set(o.id, { original: o, status: 'untranslated', reason });
    } else {
      problems.push({ line: o.line, message: `passage "${o.id}" (${o.kind}, line ${o.line} of the original) has no translation; translate it, map it in fromReport, or list it in untranslated with the reason` });
    }
  }
  return { aligned, problems, warnings };
}
