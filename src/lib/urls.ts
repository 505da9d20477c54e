/**
 * Every URL of the site is computed here, from a typed route, for a language. Pages, links,
 * the language switch, hreflang, the sitemap, items.json and citations all call `urlFor`,
 * so a route exists in both languages or in none.
 */
import type { ItemKind, Lang } from '../content/model';

export type Route =
  | { type: 'home' }
  | { type: 'evaluations' }
  | { type: 'evaluation'; evaluation: string }
  | { type: 'report'; evaluation: string }
  | { type: 'chapter'; evaluation: string; chapter: string }
  | { type: 'item'; evaluation: string; kind: ItemKind; key: string }
  | { type: 'actors' }
  | { type: 'actor'; actor: string }
  | { type: 'components' }
  | { type: 'component'; component: string }
  | { type: 'theme'; theme: string }
  | { type: 'recommendations' }
  | { type: 'recommendations-by-actor'; actor: string }
  | { type: 'search' }
  | { type: 'data' }
  | { type: 'glossary' }
  | { type: 'followup'; evaluation: string }
  | { type: 'informants'; evaluation: string }
  | { type: 'indicators'; evaluation: string }
  | { type: 'budget'; evaluation: string };

export const KIND_SEGMENTS: Record<Lang, Record<ItemKind, string>> = {
  es: {
    finding: 'hallazgos',
    conclusion: 'conclusiones',
    lesson: 'lecciones',
    practice: 'buenas-practicas',
    recommendation: 'recomendaciones',
  },
  en: {
    finding: 'findings',
    conclusion: 'conclusions',
    lesson: 'lessons',
    practice: 'good-practices',
    recommendation: 'recommendations',
  },
};

const SEGMENTS = {
  es: {
    evaluations: 'evaluaciones',
    report: 'informe',
    actors: 'instituciones',
    components: 'componentes',
    themes: 'temas',
    recommendations: 'recomendaciones',
    search: 'buscar',
    data: 'datos',
    glossary: 'glosario',
    followup: 'seguimiento',
    informants: 'recomendaciones-de-informantes',
    indicators: 'indicadores',
    budget: 'presupuesto',
  },
  en: {
    evaluations: 'evaluations',
    report: 'report',
    actors: 'institutions',
    components: 'components',
    themes: 'themes',
    recommendations: 'recommendations',
    search: 'search',
    data: 'data',
    glossary: 'glossary',
    followup: 'follow-up',
    informants: 'informant-recommendations',
    indicators: 'indicators',
    budget: 'budget',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** Path segments after the language prefix. */
export function routeSegments(lang: Lang, route: Route): string[] {
  const s = SEGMENTS[lang];
  switch (route.type) {
    case 'home':
      return [];
    case 'evaluations':
      return [s.evaluations];
    case 'evaluation':
      return [s.evaluations, route.evaluation];
    case 'report':
      return [s.evaluations, route.evaluation, s.report];
    case 'chapter':
      return [s.evaluations, route.evaluation, s.report, route.chapter];
    case 'item':
      return [s.evaluations, route.evaluation, KIND_SEGMENTS[lang][route.kind], route.key];
    case 'actors':
      return [s.actors];
    case 'actor':
      return [s.actors, route.actor];
    case 'components':
      return [s.components];
    case 'component':
      return [s.components, route.component];
    case 'theme':
      return [s.themes, route.theme];
    case 'recommendations':
      return [s.recommendations];
    case 'recommendations-by-actor':
      return [s.recommendations, route.actor];
    case 'search':
      return [s.search];
    case 'data':
      return [s.data];
    case 'glossary':
      return [s.glossary];
    case 'followup':
      return [s.evaluations, route.evaluation, s.followup];
    case 'informants':
      return [s.evaluations, route.evaluation, s.informants];
    case 'indicators':
      return [s.evaluations, route.evaluation, s.indicators];
    case 'budget':
      return [s.evaluations, route.evaluation, s.budget];
  }
}

/** Site-relative URL with trailing slash, e.g. /es/evaluaciones/usaid-chs-2020/hallazgos/1/ */
export function urlFor(lang: Lang, route: Route, fragment?: string): string {
  const path = ['', lang, ...routeSegments(lang, route)].join('/') + '/';
  return fragment ? `${path}#${fragment}` : path;
}

/** Absolute URL against the configured site (for citations, meta tags, open data). */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

export function itemRoute(item: { evaluation: string; kind: ItemKind; key: string }): Route {
  return { type: 'item', evaluation: item.evaluation, kind: item.kind, key: item.key };
}

/** Reference-manager export of an item or of an evaluation ("<evaluation>" for the report itself,
 * "<evaluation>-items" for all its items in one file), in a language. */
export function exportUrl(lang: Lang, id: string, format: 'bib' | 'ris' | 'json'): string {
  return `/cite/${lang}/${id}.${format}`;
}

/** Canonical site origin: set SITE_URL when deploying. */
export const DEFAULT_SITE = 'https://evidencia-trata-peru.org';
