/**
 * The library in the build: the content layer's collections (src/content.config.ts) shaped as
 * the raw library and indexed once per content state (getCollection in every page is a known
 * bottleneck; in `astro dev` an edit to any content file gives a new state).
 */
import { getCollection } from 'astro:content';
import type { RawLibrary } from '../content/integrity';
import { CHECKSUMS_FILE } from '../content/model';
import { cacheKeys, contentDigests } from './incremental';
import { indexLibrary, type Library } from './library';
import type { PageRoute } from './routes';

let cached: { key: string; lib: Promise<Library> } | undefined;

const COLLECTIONS = ['actors', 'themes', 'components', 'projects', 'evaluations', 'items', 'glossary', 'followUps', 'informantRecommendations', 'indicators', 'budget', 'redirects', 'threads', 'chapters', 'translations', 'sources'] as const;

async function raw(): Promise<{ raw: RawLibrary; key: string }> {
  const names = COLLECTIONS;
  const all = await Promise.all(names.map((n) => getCollection(n)));
  const by = Object.fromEntries(names.map((n, i) => [n, all[i]])) as { [K in (typeof names)[number]]: Awaited<ReturnType<typeof getCollection<K>>> };
  const key = all.map((c) => c.map((e) => (e as { digest?: string }).digest ?? e.id).join(',')).join('|');
  const entries = <T,>(list: { data: T; filePath?: string; id: string }[]) => list.map((e) => ({ data: e.data, file: e.filePath ?? e.id }));
  const files = (list: { body?: string; filePath?: string; id: string }[]) => list.map((e) => ({ file: e.filePath ?? e.id, raw: e.body ?? '' }));
  return {
    key,
    raw: {
      actors: entries(by.actors),
      themes: entries(by.themes),
      components: entries(by.components),
      projects: entries(by.projects),
      evaluations: entries(by.evaluations),
      items: entries(by.items),
      glossary: entries(by.glossary),
      followUps: entries(by.followUps),
      informantRecommendations: entries(by.informantRecommendations),
      indicators: entries(by.indicators),
      budget: entries(by.budget),
      redirects: entries(by.redirects),
      threads: entries(by.threads),
      chapters: files(by.chapters),
      translations: files(by.translations),
      sources: new Map(by.sources.filter((s) => s.id !== CHECKSUMS_FILE).map((s) => [s.id, s.body ?? ''])),
      checksums: by.sources.find((s) => s.id === CHECKSUMS_FILE)?.body,
    },
  };
}

let built: Promise<Library> | undefined;

/** The library, loaded and checked once per build (in `astro dev`, once per content state). */
export async function getLibrary(): Promise<Library> {
  if (!import.meta.env.DEV) {
    built ??= raw().then(({ raw: r }) => indexLibrary(r, { production: Boolean(process.env.SITE_URL) }));
    return built;
  }
  const { raw: r, key } = await raw();
  if (cached?.key !== key) {
    const production = Boolean(process.env.SITE_URL);
    cached = { key, lib: Promise.resolve().then(() => indexLibrary(r, { production })) };
  }
  return cached.lib;
}

let keys: Promise<(route: PageRoute) => string> | undefined;

/**
 * Each page's key for the incremental build (src/lib/incremental.ts), from the entries' digests;
 * undefined when the build is not incremental (INCREMENTAL_BUILD=1, as astro.config.mjs reads it):
 * a clean build computes no keys.
 */
export async function getCacheKeys(): Promise<((route: PageRoute) => string) | undefined> {
  if (process.env.INCREMENTAL_BUILD !== '1') return undefined;
  keys ??= (async () => {
    const lib = await getLibrary();
    const all = await Promise.all(COLLECTIONS.map((n) => getCollection(n)));
    const entries = all.flat().map((e) => ({ file: (e as { filePath?: string }).filePath ?? `${e.collection}/${e.id}`, digest: (e as { digest?: string }).digest ?? JSON.stringify(e.data) }));
    return cacheKeys(lib, contentDigests(entries, new Set(lib.evaluations.map((e) => e.id))));
  })();
  return keys;
}
