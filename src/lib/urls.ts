/**
 * Every URL of the site comes from here: a typed route and a language give a path, for pages,
 * links, the language switch, hreflang, the sitemap, open data, citations — and the tests. The
 * route types and their path words are declared in src/lib/routes.ts (the page registry).
 */
import type { ItemKind, Lang } from '../content/model';
import { FILES, PAGES, SEGMENTS, type FileRoute, type PageRoute } from './routes';

export type { FileRoute, PageRoute };
export type Route = PageRoute;

/** The site's base path ("/" or e.g. "/evidencia/"), from Astro's `base` (BASE_PATH). */
export const BASE: string = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Path segments after the language prefix. */
export function routeSegments(lang: Lang, route: PageRoute): string[] {
  const def = PAGES[route.type] as { segments: (s: (typeof SEGMENTS)[Lang], p: PageRoute, lang: Lang) => string[] };
  return def.segments(SEGMENTS[lang], route, lang);
}

/** Site-relative URL with trailing slash, e.g. /es/evaluaciones/usaid-chs-2020/hallazgos/1/ */
export function urlFor(lang: Lang, route: PageRoute, fragment?: string): string {
  const path = `${BASE}${[lang, ...routeSegments(lang, route)].join('/')}/`;
  return fragment ? `${path}#${fragment}` : path;
}

/** URL of a non-page file: a reference-manager export, an open-data file, the sitemap. */
export function fileUrl(route: FileRoute): string {
  const def = FILES[route.type] as { path: (p: FileRoute) => string };
  return `${BASE}${def.path(route)}`;
}

/** URL of a file in public/ (favicon, scripts). */
export function assetUrl(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** The root page ("/"), which sends readers to a language. */
export const rootUrl = (): string => BASE;

export function itemRoute(item: { evaluation: string; kind: ItemKind; key: string }): PageRoute {
  return { type: 'item', evaluation: item.evaluation, kind: item.kind, key: item.key };
}
