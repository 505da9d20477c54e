/**
 * The library, indexed for the pages: items by evaluation, actor, addressee, component and theme,
 * inverse relations, which chapter holds each anchor, the reports with their translations.
 * `indexLibrary` is pure (raw content in, indexes out): the build (src/lib/load-library.ts), the
 * disk loader and the tests all call it, so all three see the same library.
 */
import type { Actor, BudgetLine, ChapterRedirect, Component, Evaluation, FollowUp, GlossaryEntry, Indicator, InformantRecommendation, Item, Project, Theme, Thread } from '../content/model';
import { ITEM_KINDS, THEME_IDS } from '../content/model';
import { checkIntegrity, type CheckOptions, type CheckedLibrary, type RawLibrary } from '../content/integrity';
import type { Report, ReportChapter } from '../report/report';

export interface Library {
  actors: Actor[];
  themes: Theme[];
  components: Component[];
  projects: Project[];
  evaluations: Evaluation[];
  items: Item[];
  glossary: GlossaryEntry[];
  actor: Map<string, Actor>;
  component: Map<string, Component>;
  theme: Map<string, Theme>;
  project: Map<string, Project>;
  evaluation: Map<string, Evaluation>;
  item: Map<string, Item>;
  itemsByEvaluation: Map<string, Item[]>;
  /** items that concern an actor (its `actors` field), including addressed ones */
  itemsByActor: Map<string, Item[]>;
  /** recommendations addressed to an actor */
  recommendationsByAddressee: Map<string, Item[]>;
  itemsByComponent: Map<string, Item[]>;
  componentsByTheme: Map<string, Component[]>;
  /** items whose `related` points at this item (the inverse links) */
  relatedFrom: Map<string, { item: Item; relation: Item['related'][number]['relation'] }[]>;
  /** the report of an evaluation: chapters, passages, translations */
  reports: Map<string, Report>;
  chaptersByEvaluation: Map<string, ReportChapter[]>;
  /** items stated or printed at a passage: "<evaluation>#<anchor>" → items */
  itemsAtAnchor: Map<string, Item[]>;
  childrenOfActor: Map<string, Actor[]>;
  /** what became of a recommendation, by the recommendation's id */
  followUpByItem: Map<string, FollowUp>;
  /** follow-ups by the evaluation whose recommendations they assess */
  followUpsByEvaluation: Map<string, FollowUp[]>;
  informantRecsByEvaluation: Map<string, InformantRecommendation[]>;
  indicatorsByEvaluation: Map<string, Indicator[]>;
  budgetByEvaluation: Map<string, BudgetLine[]>;
  /** items by an id they were once published under */
  itemByFormerId: Map<string, Item>;
  /** retired chapter URLs and the chapters that replace them */
  chapterRedirects: ChapterRedirect[];
  /** recommendations made again across evaluations (the editors' synthesis) */
  threads: Thread[];
  thread: Map<string, Thread>;
  threadByItem: Map<string, Thread>;
  /** not errors: outdated translations and the like (the build prints them) */
  warnings: string[];
  drafts: string[];
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const KIND_ORDER = new Map(ITEM_KINDS.map((k, i) => [k, i]));

/** Items in reading order: evaluation date, kind, then natural order of keys. */
export function compareItems(a: Item, b: Item, evaluations: Map<string, Evaluation>): number {
  const da = evaluations.get(a.evaluation)?.date ?? '';
  const db = evaluations.get(b.evaluation)?.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  if (a.evaluation !== b.evaluation) return a.evaluation < b.evaluation ? -1 : 1;
  const ka = KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!;
  if (ka) return ka;
  return a.key.localeCompare(b.key, 'en', { numeric: true });
}

/** Checks the raw library (throws ContentError with every problem) and indexes it. */
export function indexLibrary(raw: RawLibrary, options: CheckOptions & { checked?: CheckedLibrary } = {}): Library {
  const checked = options.checked ?? checkIntegrity(raw, options);
  const evaluations = raw.evaluations.map((e) => e.data).sort((a, b) => (a.date < b.date ? -1 : 1));
  const evaluation = new Map(evaluations.map((e) => [e.id, e]));
  const items = raw.items.map((e) => e.data).sort((a, b) => compareItems(a, b, evaluation));
  const actors = raw.actors.map((e) => e.data).sort((a, b) => a.name.es.localeCompare(b.name.es, 'es'));
  const components = raw.components.map((e) => e.data);
  // in the order of THEME_IDS, whatever order the loader gives (the build's and the disk's differ)
  const themes = raw.themes.map((e) => e.data).sort((a, b) => THEME_IDS.indexOf(a.id) - THEME_IDS.indexOf(b.id));
  const followUps = raw.followUps.map((f) => f.data);

  const lib: Library = {
    actors,
    themes,
    components,
    projects: raw.projects.map((e) => e.data),
    evaluations,
    items,
    glossary: raw.glossary.map((e) => e.data).sort((a, b) => a.term.es.localeCompare(b.term.es, 'es')),
    actor: new Map(actors.map((a) => [a.id, a])),
    component: new Map(components.map((c) => [c.id, c])),
    theme: new Map(themes.map((t) => [t.id, t])),
    project: new Map(raw.projects.map((p) => [p.data.id, p.data])),
    evaluation,
    item: new Map(items.map((i) => [i.id, i])),
    itemsByEvaluation: new Map(),
    itemsByActor: new Map(),
    recommendationsByAddressee: new Map(),
    itemsByComponent: new Map(),
    componentsByTheme: new Map(),
    relatedFrom: new Map(),
    reports: checked.reports,
    chaptersByEvaluation: new Map([...checked.reports].map(([e, r]) => [e, r.chapters])),
    itemsAtAnchor: new Map(),
    childrenOfActor: new Map(),
    followUpByItem: new Map(followUps.map((f) => [f.item, f])),
    followUpsByEvaluation: new Map(),
    informantRecsByEvaluation: new Map(),
    indicatorsByEvaluation: new Map(),
    budgetByEvaluation: new Map(),
    itemByFormerId: new Map(items.flatMap((i) => i.formerIds.map((f) => [f, i] as const))),
    chapterRedirects: raw.redirects.map((r) => r.data),
    threads: raw.threads.map((t) => t.data),
    thread: new Map(raw.threads.map((t) => [t.data.id, t.data])),
    threadByItem: new Map(raw.threads.flatMap((t) => t.data.items.map((i) => [i, t.data] as const))),
    warnings: checked.warnings,
    drafts: checked.drafts,
  };
  for (const it of items) {
    push(lib.itemsByEvaluation, it.evaluation, it);
    for (const a of it.actors) push(lib.itemsByActor, a, it);
    for (const a of it.addressees) push(lib.recommendationsByAddressee, a, it);
    for (const c of it.components) push(lib.itemsByComponent, c, it);
    for (const r of it.related) push(lib.relatedFrom, r.item, { item: it, relation: r.relation });
    const anchors = new Set([it.source.anchor, ...it.versions.map((v) => v.anchor).filter((a): a is string => !!a)]);
    for (const a of anchors) push(lib.itemsAtAnchor, `${it.evaluation}#${a}`, it);
  }
  for (const c of components) for (const t of c.themes) push(lib.componentsByTheme, t, c);
  for (const a of actors) if (a.parent) push(lib.childrenOfActor, a.parent, a);
  // in file order: the order the report prints them
  for (const { data } of raw.indicators) push(lib.indicatorsByEvaluation, data.evaluation, data);
  for (const { data } of raw.budget) push(lib.budgetByEvaluation, data.evaluation, data);
  for (const f of followUps) push(lib.followUpsByEvaluation, lib.item.get(f.item)!.evaluation, f);
  for (const r of raw.informantRecommendations.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))) push(lib.informantRecsByEvaluation, r.evaluation, r);
  return lib;
}

/** The wider actors an actor belongs to, nearest first (UDAVIT → Ministerio Público; PNP → MININTER → Gobierno). */
export function ancestorsOf(lib: Library, actor: Actor): Actor[] {
  const out: Actor[] = [];
  for (let p = actor.parent ? lib.actor.get(actor.parent) : undefined; p && !out.includes(p); p = p.parent ? lib.actor.get(p.parent) : undefined) out.push(p);
  return out;
}

/** The chapter and passage that hold an anchor of an evaluation's report. */
export function anchorChapter(lib: Library, evaluation: string, anchor: string): ReportChapter | undefined {
  return lib.reports.get(evaluation)?.anchors.get(anchor)?.chapter;
}
