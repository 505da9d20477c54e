/** The accountability views over the real library: matrix, timeline, wider recommendations naming an institution. */
import { describe, expect, it } from 'vitest';
import { actorThemeMatrix, namedInWiderRecommendations, themesOf, timelineOf } from '../../src/lib/accountability';
import { ancestorsOf } from '../../src/lib/library';
import { library } from '../support/library';

const lib = library();

describe('institution × theme matrix', () => {
  it('has every cell of every addressed institution, empty ones included, and counts by the items’ themes', () => {
    const m = actorThemeMatrix(lib);
    expect(m.cells.length).toBe(m.actors.length * lib.themes.length);
    expect(m.cells.some((c) => c.recommendations.length === 0)).toBe(true);
    const total = m.cells.filter((c) => c.actor === m.actors[0].id).reduce((n, c) => n + c.recommendations.length, 0);
    const recs = lib.recommendationsByAddressee.get(m.actors[0].id)!;
    expect(total).toBe(recs.reduce((n, r) => n + themesOf(lib, r).length, 0));
  });
});

describe('timeline of an institution', () => {
  it('lists every recommendation addressed to it, oldest evaluation first, each with a follow-up status', () => {
    for (const [actor, recs] of lib.recommendationsByAddressee) {
      const t = timelineOf(lib, actor);
      expect(t.map((e) => e.item.id).sort()).toEqual(recs.map((r) => r.id).sort());
      expect(t.map((e) => e.year)).toEqual([...t.map((e) => e.year)].sort());
      // a recommendation no later evaluation assesses (no follow-up entry yet) is not assessed
      for (const e of t) expect(e.status).toBe(lib.followUpByItem.get(e.item.id)?.status ?? 'not-assessed');
    }
  });
});

describe('recommendations to a wider body that name the institution', () => {
  it('are addressed to an ancestor, not to the institution, and their text names it', () => {
    let found = 0;
    for (const actor of lib.actors) {
      const named = namedInWiderRecommendations(lib, actor);
      const ancestors = new Set(ancestorsOf(lib, actor).map((a) => a.id));
      for (const r of named) {
        found++;
        expect(r.addressees.some((a) => ancestors.has(a)), `${actor.id} ${r.id}`).toBe(true);
        expect(r.addressees, `${actor.id} ${r.id}`).not.toContain(actor.id);
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});
