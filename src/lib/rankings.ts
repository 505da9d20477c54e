import type { Actor } from '../content/model';
import type { Library } from './library';

/** Actors by number of recommendations addressed to them, most first (ties by Spanish name). */
export function topAddressees(lib: Library): { actor: Actor; count: number }[] {
  return [...lib.recommendationsByAddressee.entries()]
    .map(([id, items]) => ({ actor: lib.actor.get(id)!, count: items.length }))
    .sort((a, b) => b.count - a.count || a.actor.name.es.localeCompare(b.actor.name.es, 'es'));
}
