/**
 * The page registry: every type of page, its path words in each language, how its pages are
 * listed from the library, and the component that renders it. The catch-all route, the sitemap,
 * the language switch and the tests all read this table, so a page exists in both languages or
 * in none, and a page type cannot be half-registered. Adding a page type: an entry here, its
 * component, and its UI strings in src/i18n/es.ts and en.ts.
 */
import { ITEM_KINDS, LANGS, type ItemKind, type Lang } from '../content/model';
import type { Library } from './library';

export const KIND_SEGMENTS: Record<Lang, Record<ItemKind, string>> = {
  es: { finding: 'hallazgos', conclusion: 'conclusiones', lesson: 'lecciones', practice: 'buenas-practicas', recommendation: 'recomendaciones' },
  en: { finding: 'findings', conclusion: 'conclusions', lesson: 'lessons', practice: 'good-practices', recommendation: 'recommendations' },
};

export const SEGMENTS = {
  es: {
    evaluations: 'evaluaciones',
    report: 'informe',
    sideBySide: 'paralelo',
    actors: 'instituciones',
    components: 'componentes',
    themes: 'temas',
    recommendations: 'recomendaciones',
    search: 'buscar',
    data: 'datos',
    glossary: 'glosario',
    translations: 'traducciones',
    followup: 'seguimiento',
    informants: 'recomendaciones-de-informantes',
    indicators: 'indicadores',
    budget: 'presupuesto',
    threads: 'hilos-de-recomendaciones',
    kinds: KIND_SEGMENTS.es,
  },
  en: {
    evaluations: 'evaluations',
    report: 'report',
    sideBySide: 'side-by-side',
    actors: 'institutions',
    components: 'components',
    themes: 'themes',
    recommendations: 'recommendations',
    search: 'search',
    data: 'data',
    glossary: 'glossary',
    translations: 'translations',
    followup: 'follow-up',
    informants: 'informant-recommendations',
    indicators: 'indicators',
    budget: 'budget',
    threads: 'recommendation-threads',
    kinds: KIND_SEGMENTS.en,
  },
} as const;
type Words = (typeof SEGMENTS)[Lang];

/** Any Astro component module (the registry loads each lazily, so this module stays importable in unit tests). */
type ComponentModule = Promise<{ default: unknown }>;

interface PageDef<P> {
  segments: (s: Words, params: P, lang: Lang) => string[];
  list: (lib: Library) => P[];
  component: () => ComponentModule;
  /** false for pages that only send the reader elsewhere (not in the sitemap) */
  indexable?: false;
}
const page = <P extends object = Record<never, never>>(def: PageDef<P>) => def;
const one = () => [{}];
const perEvaluation = (has: (lib: Library, evaluation: string) => boolean) => (lib: Library) =>
  lib.evaluations.filter((e) => has(lib, e.id)).map((e) => ({ evaluation: e.id }));

/** A URL once published whose page has moved: an item that changed id, a retired chapter. */
type MovedParams = { old: { type: 'item'; evaluation: string; kind: ItemKind; key: string } | { type: 'chapter'; evaluation: string; chapter: string }; to: { type: 'item'; evaluation: string; kind: ItemKind; key: string } | { type: 'chapter'; evaluation: string; chapter: string } };

export const PAGES = {
  home: page({ segments: () => [], list: one, component: () => import('../components/pages/HomePage.astro') }),
  evaluations: page({ segments: (s) => [s.evaluations], list: one, component: () => import('../components/pages/EvaluationsPage.astro') }),
  evaluation: page<{ evaluation: string }>({
    segments: (s, p) => [s.evaluations, p.evaluation],
    list: perEvaluation(() => true),
    component: () => import('../components/pages/EvaluationPage.astro'),
  }),
  kind: page<{ evaluation: string; kind: ItemKind }>({
    segments: (s, p) => [s.evaluations, p.evaluation, s.kinds[p.kind]],
    list: (lib) => lib.evaluations.flatMap((e) => ITEM_KINDS.filter((k) => (lib.itemsByEvaluation.get(e.id) ?? []).some((i) => i.kind === k)).map((kind) => ({ evaluation: e.id, kind }))),
    component: () => import('../components/pages/KindPage.astro'),
  }),
  item: page<{ evaluation: string; kind: ItemKind; key: string }>({
    segments: (s, p) => [s.evaluations, p.evaluation, s.kinds[p.kind], p.key],
    list: (lib) => lib.items.map((i) => ({ evaluation: i.evaluation, kind: i.kind, key: i.key })),
    component: () => import('../components/pages/ItemPage.astro'),
  }),
  report: page<{ evaluation: string }>({
    segments: (s, p) => [s.evaluations, p.evaluation, s.report],
    list: perEvaluation((lib, e) => (lib.reports.get(e)?.chapters.length ?? 0) > 0),
    component: () => import('../components/pages/ReportPage.astro'),
  }),
  chapter: page<{ evaluation: string; chapter: string }>({
    segments: (s, p) => [s.evaluations, p.evaluation, s.report, p.chapter],
    list: (lib) => [...lib.reports.values()].flatMap((r) => r.chapters.map((c) => ({ evaluation: r.evaluation, chapter: c.slug }))),
    component: () => import('../components/pages/ChapterPage.astro'),
  }),
  'side-by-side': page<{ evaluation: string; chapter: string }>({
    segments: (s, p) => [s.evaluations, p.evaluation, s.report, p.chapter, s.sideBySide],
    list: (lib) => [...lib.reports.values()].flatMap((r) => r.chapters.map((c) => ({ evaluation: r.evaluation, chapter: c.slug }))),
    component: () => import('../components/pages/SideBySidePage.astro'),
  }),
  followup: page<{ evaluation: string }>({
    segments: (s, p) => [s.evaluations, p.evaluation, s.followup],
    list: perEvaluation((lib, e) => lib.followUpsByEvaluation.has(e)),
    component: () => import('../components/pages/FollowUpPage.astro'),
  }),
  informants: page<{ evaluation: string }>({
    segments: (s, p) => [s.evaluations, p.evaluation, s.informants],
    list: perEvaluation((lib, e) => lib.informantRecsByEvaluation.has(e)),
    component: () => import('../components/pages/InformantsPage.astro'),
  }),
  indicators: page<{ evaluation: string }>({
    segments: (s, p) => [s.evaluations, p.evaluation, s.indicators],
    list: perEvaluation((lib, e) => lib.indicatorsByEvaluation.has(e)),
    component: () => import('../components/pages/IndicatorsPage.astro'),
  }),
  budget: page<{ evaluation: string }>({
    segments: (s, p) => [s.evaluations, p.evaluation, s.budget],
    list: perEvaluation((lib, e) => lib.budgetByEvaluation.has(e)),
    component: () => import('../components/pages/BudgetPage.astro'),
  }),
  actors: page({ segments: (s) => [s.actors], list: one, component: () => import('../components/pages/ActorsPage.astro') }),
  actor: page<{ actor: string }>({
    segments: (s, p) => [s.actors, p.actor],
    list: (lib) => lib.actors.map((a) => ({ actor: a.id })),
    component: () => import('../components/pages/ActorPage.astro'),
  }),
  components: page({ segments: (s) => [s.components], list: one, component: () => import('../components/pages/ComponentsPage.astro') }),
  component: page<{ component: string }>({
    segments: (s, p) => [s.components, p.component],
    list: (lib) => lib.components.map((c) => ({ component: c.id })),
    component: () => import('../components/pages/ComponentPage.astro'),
  }),
  themes: page({ segments: (s) => [s.themes], list: one, component: () => import('../components/pages/ThemesPage.astro') }),
  theme: page<{ theme: string }>({
    segments: (s, p) => [s.themes, p.theme],
    list: (lib) => lib.themes.map((t) => ({ theme: t.id })),
    component: () => import('../components/pages/ThemePage.astro'),
  }),
  recommendations: page({ segments: (s) => [s.recommendations], list: one, component: () => import('../components/pages/RecommendationsPage.astro') }),
  'recommendations-by-actor': page<{ actor: string }>({
    segments: (s, p) => [s.recommendations, p.actor],
    list: (lib) => [...lib.recommendationsByAddressee.keys()].map((actor) => ({ actor })),
    component: () => import('../components/pages/RecommendationsByActorPage.astro'),
  }),
  threads: page({ segments: (s) => [s.threads], list: (lib) => (lib.threads.length ? [{}] : []), component: () => import('../components/pages/ThreadsPage.astro') }),
  thread: page<{ thread: string }>({
    segments: (s, p) => [s.threads, p.thread],
    list: (lib) => lib.threads.map((t) => ({ thread: t.id })),
    component: () => import('../components/pages/ThreadPage.astro'),
  }),
  search: page({ segments: (s) => [s.search], list: one, component: () => import('../components/pages/SearchPage.astro') }),
  data: page({ segments: (s) => [s.data], list: one, component: () => import('../components/pages/DataPage.astro') }),
  'about-translations': page({ segments: (s) => [s.translations], list: one, component: () => import('../components/pages/AboutTranslationsPage.astro') }),
  glossary: page({ segments: (s) => [s.glossary], list: (lib) => (lib.glossary.length ? [{}] : []), component: () => import('../components/pages/GlossaryPage.astro') }),
  moved: page<MovedParams>({
    segments: (s, p) => (p.old.type === 'item' ? [s.evaluations, p.old.evaluation, s.kinds[p.old.kind], p.old.key] : [s.evaluations, p.old.evaluation, s.report, p.old.chapter]),
    list: (lib) => [
      ...lib.items.flatMap((i) =>
        i.formerIds.map((f) => ({ old: { type: 'item' as const, evaluation: i.evaluation, kind: i.kind, key: f.slice(`${i.evaluation}-${i.kind}-`.length) }, to: { type: 'item' as const, evaluation: i.evaluation, kind: i.kind, key: i.key } })),
      ),
      ...lib.chapterRedirects.map((r) => ({ old: { type: 'chapter' as const, evaluation: r.evaluation, chapter: r.chapter }, to: { type: 'chapter' as const, evaluation: r.evaluation, chapter: r.to } })),
    ],
    component: () => import('../components/pages/MovedPage.astro'),
    indexable: false,
  }),
};

export type PageType = keyof typeof PAGES;
type ParamsOf<T extends PageType> = (typeof PAGES)[T] extends PageDef<infer P> ? P : never;
/** A page of the site, in no particular language: `urlFor(lang, route)` gives its URL. */
export type PageRoute = { [T in PageType]: { type: T } & ParamsOf<T> }[PageType];
export type RouteOf<T extends PageType> = Extract<PageRoute, { type: T }>;

/** Every page of the site, enumerated once from the library (each exists in every language). */
export function allRoutes(lib: Library): PageRoute[] {
  return (Object.keys(PAGES) as PageType[]).flatMap((type) => (PAGES[type].list as (l: Library) => object[])(lib).map((p) => ({ type, ...p }) as PageRoute));
}

/** The pages worth indexing (the sitemap, search engines): all but those that only redirect. */
export function indexableRoutes(lib: Library): PageRoute[] {
  return allRoutes(lib).filter((r) => (PAGES[r.type] as { indexable?: false }).indexable !== false);
}

// ---------------------------------------------------------------- files (not pages)

export const EXPORT_FORMATS = ['bib', 'ris', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface FileDef<P> {
  path: (p: P) => string;
  list: (lib: Library) => P[];
}
const file = <P extends object>(def: FileDef<P>) => def;

export { OPEN_DATA_NAMES, type OpenDataName } from './open-data/names';
import { OPEN_DATA_NAMES, type OpenDataName } from './open-data/names';

export const FILES = {
  /** a reference-manager export of an item, an evaluation (the report) or all of an evaluation's items ("<evaluation>-items") */
  'cite-export': file<{ lang: Lang; id: string; format: ExportFormat }>({
    path: (p) => `cite/${p.lang}/${p.id}.${p.format}`,
    list: (lib) => {
      // an item's former ids keep their exports (published URLs never break)
      const ids = [...lib.items.flatMap((i) => [i.id, ...i.formerIds]), ...lib.evaluations.flatMap((e) => [e.id, `${e.id}-items`])];
      return LANGS.flatMap((lang) => ids.flatMap((id) => EXPORT_FORMATS.map((format) => ({ lang, id, format }))));
    },
  }),
  'data-file': file<{ name: OpenDataName }>({ path: (p) => `data/${p.name}`, list: () => OPEN_DATA_NAMES.map((name) => ({ name })) }),
  sitemap: file<{ name: 'sitemap.xml' | 'sitemap-index.xml' | 'sitemap-0.xml' }>({ path: (p) => p.name, list: () => [{ name: 'sitemap.xml' }, { name: 'sitemap-index.xml' }, { name: 'sitemap-0.xml' }] }),
};
type FileType = keyof typeof FILES;
type FileParamsOf<T extends FileType> = (typeof FILES)[T] extends FileDef<infer P> ? P : never;
export type FileRoute = { [T in FileType]: { type: T } & FileParamsOf<T> }[FileType];

export function allFiles<T extends FileType>(type: T, lib: Library): Extract<FileRoute, { type: T }>[] {
  return (FILES[type].list as (l: Library) => object[])(lib).map((p) => ({ type, ...p }) as Extract<FileRoute, { type: T }>);
}
