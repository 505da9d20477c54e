/** The pages the site must have, from the page registry and the real library (not from dist/). */
import { LANGS, type Lang } from '../../src/content/model';
import { allRoutes, indexableRoutes, PAGES, type PageRoute, type PageType } from '../../src/lib/routes';
import { urlFor } from '../../src/lib/urls';
import { library } from './library';

let routes: PageRoute[] | undefined;
export function pageRoutes(): PageRoute[] {
  routes ??= allRoutes(library());
  return routes;
}

let indexable: PageRoute[] | undefined;
/** The pages that are pages (not redirects to another). */
export function indexablePageRoutes(): PageRoute[] {
  indexable ??= indexableRoutes(library());
  return indexable;
}

/** Every page URL the registry gives, in both languages. */
export function pageUrls(): string[] {
  return pageRoutes().flatMap((r) => LANGS.map((l) => urlFor(l, r)));
}

/** One real page of every page type, in a language — the longest where a type has several. */
export function samplePages(lang: Lang, pick: (type: PageType, candidates: PageRoute[]) => PageRoute = (_, c) => c[0]): Record<PageType, string> {
  const out = {} as Record<PageType, string>;
  for (const type of Object.keys(PAGES) as PageType[]) {
    const candidates = pageRoutes().filter((r) => r.type === type);
    if (candidates.length) out[type] = urlFor(lang, pick(type, candidates));
  }
  return out;
}
