/**
 * "What has been asked of each institution, how often, and what became of it", checked over the
 * built site against the open data: every recommendation has a follow-up status (and a passage
 * unless not assessed), threads resolve, span evaluations and link both ways, the institution ×
 * theme matrix equals the computation from items.json and components.json, and each institution
 * page lists its whole timeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, pathOf, readPage, requireDist, textOf } from '../support/dist';
import { urlFor } from '../../src/lib/urls';
import { LANGS } from '../../src/content/model';

beforeAll(requireDist);
const data = <T,>(name: string): T => JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8'));
interface Rec { id: string; evaluation: string; kind: string; addressees: string[]; actors: string[]; components: string[]; url: { es: string; en: string }; followUp: { status: string; source: { url: { es: string } } | null } | null }
const items = () => data<Rec[]>('items.json');
const recs = () => items().filter((i) => i.kind === 'recommendation');

describe('what became of each recommendation', () => {
  it('every recommendation has a follow-up status; every status but not-assessed has its passage', () => {
    const all = recs();
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) {
      expect(r.followUp, r.id).not.toBeNull();
      if (r.followUp!.status !== 'not-assessed') expect(r.followUp!.source?.url.es, r.id).toBeTruthy();
      else expect(r.followUp!.source, r.id).toBeNull();
      // the page says it, in both languages
      for (const lang of LANGS) expect(readPage(pathOf(r.url[lang])), `${r.id} ${lang}`).toContain(`data-followup-status="${r.followUp!.status}"`);
    }
  });
});

describe('recommendation threads', () => {
  interface Thread { id: string; items: string[]; url: { es: string; en: string } }
  it('resolve to recommendations of two or more evaluations, and link both ways on the pages', () => {
    const threads = data<Thread[]>('recommendation-threads.json');
    const byId = new Map(items().map((i) => [i.id, i]));
    expect(threads.length).toBeGreaterThanOrEqual(5);
    for (const th of threads) {
      const its = th.items.map((id) => byId.get(id)!);
      expect(its.every((i) => i?.kind === 'recommendation'), th.id).toBe(true);
      expect(new Set(its.map((i) => i.evaluation)).size, th.id).toBeGreaterThanOrEqual(2);
      for (const lang of LANGS) {
        const page = readPage(pathOf(th.url[lang]));
        for (const it of its) {
          expect(page, `${th.id} → ${it.id}`).toContain(`href="${pathOf(it.url[lang])}"`);
          expect(readPage(pathOf(it.url[lang])), `${it.id} → ${th.id}`).toContain(`href="${pathOf(th.url[lang])}"`);
        }
      }
    }
  });
});

describe('institution × theme matrix', () => {
  interface Cell { actor: string; theme: string; recommendations: string[]; items: string[] }
  it('equals the computation from items.json (addressees, actors) and components.json (themes), and the table shows it', () => {
    const cells = data<Cell[]>('actor-theme-matrix.json');
    const { components } = data<{ components: { id: string; themes: string[] }[] }>('components.json');
    const themesOf = (i: Rec) => new Set(i.components.flatMap((c) => components.find((x) => x.id === c)!.themes));
    const addressed = [...new Set(recs().flatMap((r) => r.addressees))];
    expect(new Set(cells.map((c) => c.actor))).toEqual(new Set(addressed));
    for (const c of cells) {
      expect(c.recommendations.sort(), `${c.actor} × ${c.theme}`).toEqual(recs().filter((r) => r.addressees.includes(c.actor) && themesOf(r).has(c.theme)).map((r) => r.id).sort());
      expect(c.items.sort(), `${c.actor} × ${c.theme}`).toEqual(items().filter((r) => r.actors.includes(c.actor) && themesOf(r).has(c.theme)).map((r) => r.id).sort());
    }
    for (const lang of LANGS) {
      const page = readPage(urlFor(lang, { type: 'recommendations' }));
      for (const c of cells) {
        const row = page.match(new RegExp(`<tr data-actor="${c.actor}">([\\s\\S]*?)</tr>`))?.[1];
        expect(row, `${lang} row ${c.actor}`).toBeDefined();
        expect(row).toContain(`data-theme="${c.theme}" data-recommendations="${c.recommendations.length}" data-items="${c.items.length}"`);
      }
    }
  });
});

describe('institution pages', () => {
  it('list every recommendation addressed to the institution in its timeline, with its status', () => {
    const byActor = new Map<string, Rec[]>();
    for (const r of recs()) for (const a of r.addressees) byActor.set(a, [...(byActor.get(a) ?? []), r]);
    for (const [actor, list] of byActor)
      for (const lang of LANGS) {
        const page = readPage(urlFor(lang, { type: 'actor', actor }));
        const timeline = page.match(/<ol class="timeline"[\s\S]*?<\/ol>/)?.[0] ?? '';
        for (const r of list) expect(timeline, `${actor} ${lang} ${r.id}`).toContain(`data-item="${r.id}"`);
        expect(textOf(timeline)).not.toBe('');
      }
  });
});
