/**
 * The whole library, read once per build (getCollection in every page is a known bottleneck),
 * checked for integrity, and indexed for the pages: items by evaluation, actor, addressee,
 * component and theme, inverse relations, and which chapter holds each anchor.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, BudgetLine, Component, Evaluation, FollowUp, GlossaryEntry, Indicator, InformantRecommendation, Item, ItemKind, Project, Theme } from '../content/model';
import { ITEM_KINDS } from '../content/model';
import { checkIntegrity, chapterAnchors, chapterSlug, type Chapter } from '../content/integrity';
import { CONTENT_PATHS } from '../content/paths';

export interface ChapterRef extends Chapter {
  entry: CollectionEntry<'chapters'>;
}

export interface Library {
  actors: Actor[];
  themes: Theme[];
  components: Component[];
  projects: Project[];
  evaluations: Evaluation[];
  items: Item[];
  glossary: GlossaryEntry[];
  chapters: ChapterRef[];
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
  chaptersByEvaluation: Map<string, ChapterRef[]>;
  /** "<evaluation>#<anchor>" → chapter slug */
  anchorChapter: Map<string, string>;
  childrenOfActor: Map<string, Actor[]>;
  /** what a later evaluation says became of a recommendation, by the recommendation's id */
  followUpByItem: Map<string, FollowUp>;
  /** follow-ups by the evaluation whose recommendations they assess */
  followUpsByEvaluation: Map<string, FollowUp[]>;
  informantRecsByEvaluation: Map<string, InformantRecommendation[]>;
  indicatorsByEvaluation: Map<string, Indicator[]>;
  budgetByEvaluation: Map<string, BudgetLine[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
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

function readSources(): Map<string, string> {
  const dir = CONTENT_PATHS.sources;
  const out = new Map<string, string>();
  for (const f of readdirSync(dir)) if (f.endsWith('.txt')) out.set(f, readFileSync(join(dir, f), 'utf8'));
  return out;
}

async function load(): Promise<Library> {
  const [actorsC, themesC, componentsC, projectsC, evaluationsC, itemsC, glossaryC, chaptersC, followUpsC, informantsC, indicatorsC, budgetC] = await Promise.all([
    getCollection('actors'),
    getCollection('themes'),
    getCollection('components'),
    getCollection('projects'),
    getCollection('evaluations'),
    getCollection('items'),
    getCollection('glossary'),
    getCollection('chapters'),
    getCollection('followUps'),
    getCollection('informantRecommendations'),
    getCollection('indicators'),
    getCollection('budget'),
  ]);
  const entry = <T,>(e: { data: T; filePath?: string }) => ({ data: e.data, file: e.filePath ?? '(unknown file)' });
  const chapters: ChapterRef[] = chaptersC.map((c) => {
    const { order, slug } = chapterSlug(c.id);
    return { id: c.id, slug, order, file: c.filePath ?? c.id, data: c.data, body: c.body ?? '', entry: c };
  });
  checkIntegrity({
    actors: actorsC.map(entry),
    themes: themesC.map(entry),
    components: componentsC.map(entry),
    projects: projectsC.map(entry),
    evaluations: evaluationsC.map(entry),
    items: itemsC.map(entry),
    glossary: glossaryC.map(entry),
    followUps: followUpsC.map(entry),
    informantRecommendations: informantsC.map(entry),
    indicators: indicatorsC.map(entry),
    budget: budgetC.map(entry),
    chapters,
    sources: readSources(),
  });

  const evaluations = evaluationsC.map((e) => e.data).sort((a, b) => (a.date < b.date ? -1 : 1));
  const evaluation = new Map(evaluations.map((e) => [e.id, e]));
  const items = itemsC.map((e) => e.data).sort((a, b) => compareItems(a, b, evaluation));
  const actors = actorsC.map((e) => e.data).sort((a, b) => a.name.es.localeCompare(b.name.es, 'es'));
  const components = componentsC.map((e) => e.data);
  const themes = themesC.map((e) => e.data);

  const lib: Library = {
    actors,
    themes,
    components,
    projects: projectsC.map((e) => e.data),
    evaluations,
    items,
    glossary: glossaryC.map((e) => e.data).sort((a, b) => a.term.es.localeCompare(b.term.es, 'es')),
    chapters: chapters.sort((a, b) => (a.data.evaluation === b.data.evaluation ? a.order - b.order : a.data.evaluation < b.data.evaluation ? -1 : 1)),
    actor: new Map(actors.map((a) => [a.id, a])),
    component: new Map(components.map((c) => [c.id, c])),
    theme: new Map(themes.map((t) => [t.id, t])),
    project: new Map(projectsC.map((p) => [p.data.id, p.data])),
    evaluation,
    item: new Map(items.map((i) => [i.id, i])),
    itemsByEvaluation: new Map(),
    itemsByActor: new Map(),
    recommendationsByAddressee: new Map(),
    itemsByComponent: new Map(),
    componentsByTheme: new Map(),
    relatedFrom: new Map(),
    chaptersByEvaluation: new Map(),
    anchorChapter: new Map(),
    childrenOfActor: new Map(),
    followUpByItem: new Map(followUpsC.map((f) => [f.data.midtermItem, f.data])),
    followUpsByEvaluation: new Map(),
    informantRecsByEvaluation: new Map(),
    indicatorsByEvaluation: new Map(),
    budgetByEvaluation: new Map(),
  };
  for (const it of items) {
    push(lib.itemsByEvaluation, it.evaluation, it);
    for (const a of it.actors) push(lib.itemsByActor, a, it);
    for (const a of it.addressees) push(lib.recommendationsByAddressee, a, it);
    for (const c of it.components) push(lib.itemsByComponent, c, it);
    for (const r of it.related) push(lib.relatedFrom, r.item, { item: it, relation: r.relation });
  }
  for (const c of components) for (const t of c.themes) push(lib.componentsByTheme, t, c);
  for (const a of actors) if (a.parent) push(lib.childrenOfActor, a.parent, a);
  // in file order: the order the report prints them
  for (const { data } of indicatorsC) push(lib.indicatorsByEvaluation, data.evaluation, data);
  for (const { data } of budgetC) push(lib.budgetByEvaluation, data.evaluation, data);
  for (const f of followUpsC) push(lib.followUpsByEvaluation, lib.item.get(f.data.midtermItem)!.evaluation, f.data);
  for (const r of informantsC.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))) push(lib.informantRecsByEvaluation, r.evaluation, r);
  for (const ch of lib.chapters) {
    push(lib.chaptersByEvaluation, ch.data.evaluation, ch);
    for (const a of chapterAnchors(ch.body)) lib.anchorChapter.set(`${ch.data.evaluation}#${a}`, ch.slug);
  }
  return lib;
}

let cached: Promise<Library> | undefined;

/** The library, loaded and checked once per process. */
export function getLibrary(): Promise<Library> {
  cached ??= load();
  return cached;
}

/** The wider actors an actor belongs to, nearest first (UDAVIT → Ministerio Público; PNP → MININTER → Gobierno). */
export function ancestorsOf(lib: Library, actor: Actor): Actor[] {
  const out: Actor[] = [];
  for (let p = actor.parent ? lib.actor.get(actor.parent) : undefined; p && !out.includes(p); p = p.parent ? lib.actor.get(p.parent) : undefined) out.push(p);
  return out;
}

export function itemsOfKind(items: Item[], kind: ItemKind): Item[] {
  return items.filter((i) => i.kind === kind);
}
