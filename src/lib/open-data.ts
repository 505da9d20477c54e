/**
 * The open-data contract (README, "Open data"): the records behind the pages, as JSON and CSV.
 * Built from the same library and URL function as the pages, so the two cannot disagree.
 */
import type { Bilingual, Lang } from '../content/model';
import { LANGS } from '../content/model';
import type { Library } from './library';
import { itemRoute, urlFor } from './urls';
import { passageUrl } from './passages';
import { plainText } from './text';
import { priorityOf, timeframeOf } from './facets';

const plain = (b: Bilingual) => ({ es: plainText(b.es), en: plainText(b.en) });

export const OPEN_DATA_FILES: { path: string; description: Bilingual }[] = [
  { path: '/data/items.json', description: { es: 'Todos los elementos (hallazgos, conclusiones, lecciones, buenas prácticas, recomendaciones), con textos en ambos idiomas y su estatus.', en: 'Every item (findings, conclusions, lessons, good practices, recommendations), with texts in both languages and their status.' } },
  { path: '/data/items.csv', description: { es: 'Los mismos elementos en CSV (UTF-8, listas separadas por «;»).', en: 'The same items as CSV (UTF-8, lists separated by “;”).' } },
  { path: '/data/actors.json', description: { es: 'Registro de instituciones con sus nombres, siglas y alias.', en: 'Registry of institutions with names, acronyms and aliases.' } },
  { path: '/data/components.json', description: { es: 'Componentes de los proyectos y temas comunes.', en: 'Project components and shared themes.' } },
  { path: '/data/informant-recommendations.json', description: { es: 'Recomendaciones de las personas informantes (anexos), separadas de las del equipo evaluador.', en: 'Recommendations made by the informants (annexes), kept apart from the evaluators’.' } },
  { path: '/data/indicators.json', description: { es: 'Indicadores de productos y resultados con todos los valores impresos (ids tipados por nivel).', en: 'Output and outcome indicators with every printed value (ids typed by level).' } },
  { path: '/data/budget.json', description: { es: 'Filas de las tablas de presupuesto y ejecución financiera, tal como se imprimen.', en: 'Rows of the budget and financial-execution tables, as printed.' } },
  { path: '/data/evaluations.json', description: { es: 'Metadatos de las evaluaciones y de sus documentos fuente (con SHA-256).', en: 'Evaluation metadata and their source documents (with SHA-256).' } },
];

const both = (f: (lang: Lang) => string) => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, string>;

export function itemsData(lib: Library, site: URL) {
  const abs = (p: string) => new URL(p, site).href;
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
    related: it.related,
    recommendation: it.recommendation ? { ...it.recommendation, priorityLevel: priorityOf(it) ?? null, timeframeLevel: timeframeOf(it) ?? null } : null,
    followUp: followUpData(lib, site, it.id),
    url: both((l) => abs(urlFor(l, itemRoute(it)))),
  }));
}

/** What a later evaluation says became of a recommendation (null when none does). */
function followUpData(lib: Library, site: URL, itemId: string) {
  const f = lib.followUpByItem.get(itemId);
  if (!f) return null;
  return {
    status: f.status,
    assessedIn: f.assessedIn,
    text: { en: f.statusText, es: f.statusTextEs },
    textStatus: { en: 'original', es: 'unofficial-translation' },
    source: {
      document: f.source.document,
      section: f.source.section,
      locator: f.source.locator,
      anchor: f.source.anchor,
      url: both((l) => new URL(passageUrl(lib, l, f.assessedIn, f.source.anchor), site).href),
    },
  };
}

export function informantRecommendationsData(lib: Library, site: URL) {
  return [...lib.informantRecsByEvaluation.values()].flat().map((r) => ({
    ...r,
    text: plain(r.text),
    url: both((l) => new URL(urlFor(l, { type: 'informants', evaluation: r.evaluation }, r.id), site).href),
  }));
}

export function actorsData(lib: Library, site: URL) {
  return lib.actors.map((a) => ({
    id: a.id,
    name: a.name,
    acronym: a.acronym,
    aliases: a.aliases,
    type: a.type,
    parent: a.parent,
    url: both((l) => new URL(urlFor(l, { type: 'actor', actor: a.id }), site).href),
  }));
}

export function componentsData(lib: Library) {
  return {
    themes: lib.themes,
    components: lib.components,
  };
}

export function evaluationsData(lib: Library, site: URL) {
  return lib.evaluations.map((e) => ({
    ...e,
    url: both((l) => new URL(urlFor(l, { type: 'evaluation', evaluation: e.id }), site).href),
  }));
}

/** The body and media type of one open-data file, by name (e.g. "items.json"). */
export function openDataFile(name: string, lib: Library, site: URL): { body: string; type: string } {
  const json = (data: unknown) => ({ body: JSON.stringify(data, null, 1), type: 'application/json' });
  switch (name) {
    case 'items.json':
      return json(itemsData(lib, site));
    case 'items.csv':
      return { body: itemsCsv(lib, site), type: 'text/csv; charset=utf-8' };
    case 'actors.json':
      return json(actorsData(lib, site));
    case 'components.json':
      return json(componentsData(lib));
    case 'evaluations.json':
      return json(evaluationsData(lib, site));
    case 'indicators.json':
      return json([...lib.indicatorsByEvaluation.values()].flat());
    case 'budget.json':
      return json([...lib.budgetByEvaluation.values()].flat());
    case 'informant-recommendations.json':
      return json(informantRecommendationsData(lib, site));
    default:
      throw new Error(`Unknown open-data file "${name}"`);
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

export function itemsCsv(lib: Library, site: URL): string {
  const rows = itemsData(lib, site).map((i) => [
    i.id, i.evaluation, i.kind, i.label, i.title?.es, i.title?.en, i.text.es, i.text.en, i.textStatus.es, i.textStatus.en,
    i.addressees, i.actors, i.components, i.source.document, i.source.section, i.source.locator, i.url.es, i.url.en,
  ]);
  return [CSV_COLUMNS as readonly string[], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
