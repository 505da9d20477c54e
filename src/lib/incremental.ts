/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`, on with
 * INCREMENTAL_BUILD=1): a page is re-rendered only when its key changes (or the code does, which
 * Astro tracks itself). The key is made of content digests, so it must cover everything a page
 * shows. The rule, conservative on purpose:
 * - a page of one evaluation (its items, report, chapters, indicators…) depends on that
 *   evaluation's files, on the files of the evaluations it is linked with (related items,
 *   follow-ups assessed elsewhere) and on every file that belongs to no evaluation
 *   (registries, threads, glossary, redirects);
 * - every other page (institutions, components, themes, lists, search, data) depends on everything.
 * The benchmark (scripts/bench.ts, `incremental`) checks that a rebuild after a change is byte-identical
 * to a full build of the same content.
 */
import { createHash } from 'node:crypto';
import type { Library } from './library';
import type { PageRoute } from './routes';

/** One content-layer entry: the file it came from and the digest of its data. */
export interface DigestedEntry {
  file: string;
  digest: string;
}

export interface ContentDigests {
  /** everything that belongs to no evaluation */
  shared: string;
  /** each evaluation's own files */
  evaluation: Map<string, string>;
  /** all of it */
  all: string;
}

const hash = (parts: Iterable<string>) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 32);
};

/**
 * The evaluation a content file belongs to, by the layout's rule (docs/content-model.md): a file
 * named after it (`content/items/<evaluation>.yaml`) or a file in a folder named after it
 * (`content/reports/<evaluation>/…`).
 */
export function evaluationOfFile(file: string, evaluations: ReadonlySet<string>): string | undefined {
  const parts = file.replace(/\\/g, '/').split('/');
  const name = parts[parts.length - 1].replace(/\.(ya?ml|mdx?|json|txt)$/, '');
  if (evaluations.has(name)) return name;
  return parts.slice(0, -1).findLast((p) => evaluations.has(p));
}

export function contentDigests(entries: Iterable<DigestedEntry>, evaluations: ReadonlySet<string>): ContentDigests {
  const own = new Map<string, string[]>();
  const shared: string[] = [];
  for (const e of entries) {
    const ev = evaluationOfFile(e.file, evaluations);
    const line = `${e.file}\u0001${e.digest}`;
    if (ev) (own.get(ev) ?? own.set(ev, []).get(ev)!).push(line);
    else shared.push(line);
  }
  const evaluation = new Map([...evaluations].map((id) => [id, hash((own.get(id) ?? []).sort())]));
  const sharedDigest = hash(shared.sort());
  return { shared: sharedDigest, evaluation, all: hash([sharedDigest, ...[...evaluation].sort(([a], [b]) => (a < b ? -1 : 1)).flat()]) };
}

/** The evaluations whose content a page of each evaluation may show (itself included). */
export function linkedEvaluations(lib: Library): Map<string, Set<string>> {
  const links = new Map(lib.evaluations.map((e) => [e.id, new Set([e.id])]));
  const link = (a: string | undefined, b: string | undefined) => {
    if (!a || !b || a === b) return;
    links.get(a)?.add(b);
    links.get(b)?.add(a);
  };
  const evaluationOfItem = (id: string) => lib.item.get(id)?.evaluation;
  for (const i of lib.items) for (const r of i.related) link(i.evaluation, evaluationOfItem(r.item));
  for (const [evaluation, followUps] of lib.followUpsByEvaluation) {
    for (const f of followUps) {
      link(evaluation, f.assessedIn ?? undefined);
      link(evaluation, evaluationOfItem(f.item));
    }
  }
  // threads are shared content: an item page shows only its thread's title and size (ItemPage.astro)
  return links;
}

/** The evaluation a page belongs to, if it belongs to one. */
export function evaluationOfRoute(route: PageRoute): string | undefined {
  if (route.type === 'moved') return route.old.evaluation;
  return 'evaluation' in route ? route.evaluation : undefined;
}

/** A function giving each page its cache key (computed once per build). */
export function cacheKeys(lib: Library, digests: ContentDigests): (route: PageRoute) => string {
  const links = linkedEvaluations(lib);
  const scoped = new Map(
    [...links].map(([id, linked]) => [id, hash([digests.shared, ...[...linked].sort().map((e) => `${e}:${digests.evaluation.get(e) ?? ''}`)])]),
  );
  return (route) => {
    const evaluation = evaluationOfRoute(route);
    return (evaluation && scoped.get(evaluation)) || digests.all;
  };
}
