/**
 * The JSON records of the open data (README, "Open data"), typed by their published schemas
 * (./records.ts). Built from the same library and URL function as the pages, so the two cannot
 * disagree.
 */
import type { Bilingual, Lang } from '../../content/model';
import { LANGS } from '../../content/model';
import type { Library } from '../library';
import { itemRoute, urlFor } from '../urls';
import type { ActorRecord, ItemRecord } from './records';
import { absolute } from '../site';
import { passageUrl } from '../passages';
import { plainText } from '../text';
import { priorityOf, timeframeOf } from '../facets';

const plain = (b: Bilingual) => ({ es: plainText(b.es), en: plainText(b.en) });

/** Absolute when the production origin is configured (SITE_URL), site-relative otherwise. */
export const abs = (path: string) => absolute(path) ?? path;


export const both = (f: (lang: Lang) => string) => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, string>;

export function itemsData(lib: Library): ItemRecord[] {
  return lib.items.map((it) => ({
    id: it.id,
    evaluation: it.evaluation,
    kind: it.kind,
    label: it.label,
    title: it.title ? plain(it.title) : null,
    text: plain(it.text),
    textStatus: it.textStatus,
    challenge: it.challenge ? plain(it.challenge) : null,
    addressees: it.addressees,
    actors: it.actors,
    components: it.components,
    source: {
      document: it.source.document,
      section: it.source.section,
      locator: it.source.locator,
      anchor: it.source.anchor,
      url: both((l) => abs(passageUrl(lib, l, it.evaluation, it.source.anchor))),
    },
    versions: it.versions.map((v) => ({
      place: v.place,
      document: v.document,
      lang: v.lang,
      status: v.status,
      label: v.label ?? null,
      locator: v.locator ?? null,
      anchor: v.anchor ?? null,
      translationOf: v.translationOf ?? null,
      text: plainText(v.text),
      url: v.anchor ? both((l) => abs(passageUrl(lib, l, it.evaluation, v.anchor!))) : null,
    })),
    formerIds: it.formerIds,
    group: it.group ?? null,
    titleStatus: it.titleStatus ?? null,
    related: it.related,
    recommendation: it.recommendation ? { ...it.recommendation, priorityLevel: priorityOf(it) ?? null, timeframeLevel: timeframeOf(it) ?? null } : null,
    followUp: followUpData(lib, it.id),
    url: both((l) => abs(urlFor(l, itemRoute(it)))),
  }));
}

/** What a later evaluation says became of a recommendation, or that none assessed it (with evidence on its subject, if any). */
function followUpData(lib: Library, itemId: string): ItemRecord['followUp'] {
  const f = lib.followUpByItem.get(itemId);
  if (!f) return null;
  const ownerOf = (doc: string) => lib.evaluations.find((e) => e.documents.some((d) => d.id === doc))!.id;
  return {
    status: f.status,
    assessedIn: f.assessedIn,
    text: f.text ? plain(f.text) : null,
    textStatus: f.textStatus ?? null,
    source: f.source && f.assessedIn
      ? {
          document: f.source.document,
          section: f.source.section,
          locator: f.source.locator,
          anchor: f.source.anchor,
          url: both((l) => abs(passageUrl(lib, l, f.assessedIn!, f.source!.anchor))),
        }
      : null,
    evidence: f.evidence.map((e) => ({ text: plain(e.text), textStatus: e.textStatus, document: e.document, section: e.section, anchor: e.anchor, url: both((l) => abs(passageUrl(lib, l, ownerOf(e.document), e.anchor))) })),
    note: f.note ?? null,
  };
}

export function informantRecommendationsData(lib: Library) {
  return [...lib.informantRecsByEvaluation.values()].flat().map((r) => ({
    ...r,
    text: plain(r.text),
    url: both((l) => abs(urlFor(l, { type: 'informants', evaluation: r.evaluation }, r.id))),
  }));
}

export function actorsData(lib: Library): ActorRecord[] {
  return lib.actors.map((a) => ({
    id: a.id,
    name: a.name,
    acronym: a.acronym,
    aliases: a.aliases,
    type: a.type,
    parent: a.parent,
    url: both((l) => abs(urlFor(l, { type: 'actor', actor: a.id }))),
  }));
}

export function componentsData(lib: Library) {
  return {
    themes: lib.themes,
    components: lib.components,
  };
}

export function evaluationsData(lib: Library) {
  return lib.evaluations.map((e) => ({
    ...e,
    url: both((l) => abs(urlFor(l, { type: 'evaluation', evaluation: e.id }))),
  }));
}

