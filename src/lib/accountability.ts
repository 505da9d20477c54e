/**
 * "What has been asked of each institution, how often, and what became of it": the
 * institution × theme matrix, an institution's timeline of recommendations, and the
 * recommendations addressed to a body it belongs to that name it in their text. Pure functions of
 * the library; the pages, the open data and the tests all use them.
 */
import type { Actor, FollowUpStatus, Item, Theme } from '../content/model';
import type { Library } from './library';
import { ancestorsOf } from './library';
import { foldKey } from './slugify';

/** The themes an item belongs to, through its components (an item may span several). */
export function themesOf(lib: Library, item: Item): Theme['id'][] {
  return [...new Set(item.components.flatMap((c) => lib.component.get(c)?.themes ?? []))];
}

export interface MatrixCell {
  actor: string;
  theme: Theme['id'];
  /** recommendations addressed to the actor in this theme */
  recommendations: string[];
  /** items of any kind concerning the actor in this theme */
  items: string[];
}

/**
 * Rows: the institutions some recommendation is addressed to (most addressed first); columns: the
 * shared themes; every cell present, empty ones included (they are the gaps).
 */
export function actorThemeMatrix(lib: Library): { actors: Actor[]; themes: Theme[]; cells: MatrixCell[] } {
  // every institution page shows its row: computed once per library, not once per page (it grows
  // with the library: at 30 evaluations the per-page matrix was most of the build's render time)
  let m = matrices.get(lib);
  if (!m) matrices.set(lib, (m = computeMatrix(lib)));
  return m;
}
const matrices = new WeakMap<Library, { actors: Actor[]; themes: Theme[]; cells: MatrixCell[] }>();

function computeMatrix(lib: Library): { actors: Actor[]; themes: Theme[]; cells: MatrixCell[] } {
  const themes = new Map<string, Theme['id'][]>();
  const themesOfItem = (i: Item) => themes.get(i.id) ?? themes.set(i.id, themesOf(lib, i)).get(i.id)!;
  const actors = [...lib.recommendationsByAddressee.entries()]
    .sort(([a, x], [b, y]) => y.length - x.length || lib.actor.get(a)!.name.es.localeCompare(lib.actor.get(b)!.name.es, 'es'))
    .map(([id]) => lib.actor.get(id)!);
  const cells = actors.flatMap((a) =>
    lib.themes.map((t) => ({
      actor: a.id,
      theme: t.id,
      recommendations: (lib.recommendationsByAddressee.get(a.id) ?? []).filter((i) => themesOfItem(i).includes(t.id)).map((i) => i.id),
      items: (lib.itemsByActor.get(a.id) ?? []).filter((i) => themesOfItem(i).includes(t.id)).map((i) => i.id),
    })),
  );
  return { actors, themes: lib.themes, cells };
}

export interface TimelineEntry {
  year: string;
  evaluation: string;
  item: Item;
  status: FollowUpStatus;
  thread?: string;
}

/** What was asked of an institution, oldest first, with what the later evaluations say became of it. */
export function timelineOf(lib: Library, actor: string): TimelineEntry[] {
  const order = new Map(lib.evaluations.map((e) => [e.id, e.date]));
  return (lib.recommendationsByAddressee.get(actor) ?? [])
    .map((item) => ({
      year: lib.evaluation.get(item.evaluation)!.date.slice(0, 4),
      evaluation: item.evaluation,
      item,
      status: lib.followUpByItem.get(item.id)?.status ?? 'not-assessed',
      thread: lib.threadByItem.get(item.id)?.id,
    }))
    .sort((a, b) => order.get(a.evaluation)!.localeCompare(order.get(b.evaluation)!) || a.item.id.localeCompare(b.item.id, 'en', { numeric: true }));
}

/**
 * Recommendations addressed to a body the institution belongs to ("the Government of Peru") whose
 * text names the institution: shown apart, since the report did not address them to it.
 */
export function namedInWiderRecommendations(lib: Library, actor: Actor): Item[] {
  const names = [actor.name.es, actor.name.en, actor.acronym, ...actor.aliases].filter((n): n is string => Boolean(n)).map(foldKey);
  const own = new Set((lib.recommendationsByAddressee.get(actor.id) ?? []).map((i) => i.id));
  return ancestorsOf(lib, actor)
    .flatMap((a) => lib.recommendationsByAddressee.get(a.id) ?? [])
    .filter((i, n, all) => all.indexOf(i) === n && !own.has(i.id))
    .filter((i) => {
      const text = foldKey(`${i.text.es} ${i.text.en}`);
      return names.some((n) => new RegExp(`(^|[^a-z0-9])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z0-9]|$)`).test(text));
    });
}
