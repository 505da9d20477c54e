/**
 * The open-data contract (README, "Open data"): the records behind the pages, as JSON and CSV.
 * Built from the same library and URL function as the pages, so the two cannot disagree.
 */
import type { Bilingual, Lang } from '../content/model';
import { LANGS } from '../content/model';
import type { Library } from './library';
import { fileUrl, itemRoute, urlFor } from './urls';
import type { OpenDataName } from './routes';
import { absolute } from './site';
import { passageUrl } from './passages';
import { plainText } from './text';
import { priorityOf, timeframeOf } from './facets';

const plain = (b: Bilingual) => ({ es: plainText(b.es), en: plainText(b.en) });

/** Absolute when the production origin is configured (SITE_URL), site-relative otherwise. */
const abs = (path: string) => absolute(path) ?? path;


const both = (f: (lang: Lang) => string) => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, string>;

export function itemsData(lib: Library) {
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

/** What a later evaluation says became of a recommendation (null when no follow-up is recorded). */
function followUpData(lib: Library, itemId: string) {
  const f = lib.followUpByItem.get(itemId);
  if (!f) return null;
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
  };
}

export function informantRecommendationsData(lib: Library) {
  return [...lib.informantRecsByEvaluation.values()].flat().map((r) => ({
    ...r,
    text: plain(r.text),
    url: both((l) => abs(urlFor(l, { type: 'informants', evaluation: r.evaluation }, r.id))),
  }));
}

export function actorsData(lib: Library) {
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

/** The body and media type of one open-data file, by name (e.g. "items.json"). */
export function openDataFile(name: OpenDataName, lib: Library): { body: string; type: string } {
  const json = (data: unknown) => ({ body: JSON.stringify(data, null, 1), type: 'application/json' });
  switch (name) {
    case 'items.json':
      return json(itemsData(lib));
    case 'items.csv':
      return { body: itemsCsv(lib), type: 'text/csv; charset=utf-8' };
    case 'item-versions.csv':
      return { body: itemVersionsCsv(lib), type: 'text/csv; charset=utf-8' };
    case 'actors.json':
      return json(actorsData(lib));
    case 'components.json':
      return json(componentsData(lib));
    case 'evaluations.json':
      return json(evaluationsData(lib));
    case 'indicators.json':
      return json([...lib.indicatorsByEvaluation.values()].flat());
    case 'budget.json':
      return json([...lib.budgetByEvaluation.values()].flat());
    case 'informant-recommendations.json':
      return json(informantRecommendationsData(lib));

  }
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'id', 'evaluation', 'kind', 'label', 'title_es', 'title_en', 'text_es', 'text_en', 'text_status_es', 'text_status_en',
  'addressees', 'actors', 'components', 'source_document', 'source_section', 'source_locator', 'url_es', 'url_en',
] as const;

export const VERSION_CSV_COLUMNS = ['item_id', 'place', 'document', 'lang', 'status', 'label', 'locator', 'anchor', 'translation_of', 'url_es', 'url_en', 'text'] as const;

/** One row per printing of every item: where the reports print it, in which language and whose words. */
export function itemVersionsCsv(lib: Library): string {
  const rows = itemsData(lib).flatMap((i) => i.versions.map((v) => [i.id, v.place, v.document, v.lang, v.status, v.label, v.locator, v.anchor, v.translationOf, v.url?.es, v.url?.en, v.text]));
  return [VERSION_CSV_COLUMNS as readonly string[], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function itemsCsv(lib: Library): string {
  const rows = itemsData(lib).map((i) => [
    i.id, i.evaluation, i.kind, i.label, i.title?.es, i.title?.en, i.text.es, i.text.en, i.textStatus.es, i.textStatus.en,
    i.addressees, i.actors, i.components, i.source.document, i.source.section, i.source.locator, i.url.es, i.url.en,
  ]);
  return [CSV_COLUMNS as readonly string[], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
