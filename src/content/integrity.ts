/**
 * Cross-collection checks that a per-entry schema cannot make — every reference resolves, aliases
 * are unambiguous, sources match their sha256, every original-language text is found in its
 * source, every chapter passage is anchored and every translation aligned. Each collection's
 * check lives beside its schema (src/content/schema/, src/report/); this runs them all and
 * reports every problem with the file, the entry, the field and what was expected.
 */
import { PLACEHOLDER, actorNameIndex } from './model';
import type { Actor, BudgetLine, ChapterRedirect, CheckContext, Component, Entry, Evaluation, FollowUp, GlossaryEntry, Indicator, InformantRecommendation, Item, Project, Theme, Thread } from './model';
import { checkActors, checkBudget, checkComponents, checkEvaluations, checkFollowUps, checkIndicators, checkInformantRecommendations, checkItems, checkProjects, checkRedirects, checkSourceSums, checkThreads } from './model';
import { ContentError, draftRefused, type DraftEntry } from './yaml-entries';
import { conversionNoise, normalizeForMatch } from './fidelity';
import { foldKey } from '../lib/slugify';
import { buildReports, type RawFile, type Report } from '../report/report';

export type { Entry };

export interface RawLibrary {
  actors: Entry<Actor>[];
  themes: Entry<Theme>[];
  components: Entry<Component>[];
  projects: Entry<Project>[];
  evaluations: Entry<Evaluation>[];
  items: Entry<Item>[];
  glossary: Entry<GlossaryEntry>[];
  followUps: Entry<FollowUp>[];
  indicators: Entry<Indicator>[];
  budget: Entry<BudgetLine>[];
  informantRecommendations: Entry<InformantRecommendation>[];
  redirects: Entry<ChapterRedirect>[];
  threads: Entry<Thread>[];
  /** report chapters and their translations, as files (parsed by src/report/report.ts) */
  chapters: RawFile[];
  translations: RawFile[];
  /** source file name → raw text (content/sources) */
  sources: Map<string, string>;
  /** content/sources/SHA256SUMS as written (undefined: there is none) */
  checksums?: string;
  /** YAML entries marked draft: true (the disk reader keeps them; the build's loaders leave them out) */
  drafts?: (DraftEntry & { collection: string })[];
}

export interface CheckedLibrary {
  reports: Map<string, Report>;
  /** not errors: outdated translations, glossary drift (printed by the build) */
  warnings: string[];
  /** work in progress, not shown (a production build refuses them): files, and YAML entries as `file: entry "id"` */
  drafts: string[];
  /** what is left to do in the drafts: their problems, as if they were published (not errors) */
  draftProblems: string[];
}

export interface CheckOptions {
  /** a production build (SITE_URL set): drafts are errors */
  production?: boolean;
}

/** Runs every check; throws a ContentError listing all problems, else returns the parsed reports. */
export function checkIntegrity(lib: RawLibrary, options: CheckOptions = {}): CheckedLibrary {
  const built = buildReports(lib.chapters, lib.translations, { actors: lib.actors.map((a) => a.data), glossary: lib.glossary.map((g) => g.data) });
  const problems = [...built.problems];
  const draftEntries = lib.drafts ?? [];
  if (options.production) {
    for (const d of built.drafts) problems.push(`${d.file}: a draft (work in progress: draft: true or passages not yet stamped); expected no drafts in a production build`);
    for (const d of built.draftChapters) problems.push(draftRefused(`${d.file}, front matter`).replace(', front matter, field', ', front matter field'));
    for (const d of draftEntries) problems.push(draftRefused(`${d.file}: entry "${d.id}"`));
  }
  const evaluations = new Map(lib.evaluations.map((e) => [e.data.id, e.data]));
  const normalized = new Map<string, string>();
  const all = new Map<string, string>();
  const noAnchors = new Map<string, string>();
  const ctx: CheckContext = {
    actorNames: () => [],
    actorType: () => undefined,
    problems,
    actorIds: new Set(lib.actors.map((a) => a.data.id)),
    themeIds: new Set(lib.themes.map((t) => t.data.id)),
    componentIds: new Set(lib.components.map((c) => c.data.id)),
    componentProjects: new Map(lib.components.map((c) => [c.data.id, c.data.project])),
    projectIds: new Set(lib.projects.map((p) => p.data.id)),
    evaluations,
    unreadReports: built.unread,
    itemIds: new Set(lib.items.map((i) => i.data.id)),
    anchors: (evaluation) => {
      const r = built.reports.get(evaluation);
      return r ? new Map([...r.anchors].map(([a, v]) => [a, v.chapter.file])) : noAnchors;
    },
    sourceText: (evaluation, documentId) => {
      const doc = evaluation.documents.find((d) => d.id === documentId);
      if (!doc) return undefined;
      if (!normalized.has(doc.file)) normalized.set(doc.file, normalizeForMatch(lib.sources.get(doc.file) ?? ''));
      return normalized.get(doc.file);
    },
    allSourceText: (evaluation) => {
      if (!all.has(evaluation.id)) all.set(evaluation.id, evaluation.documents.map((d) => ctx.sourceText(evaluation, d.id)!).join(' '));
      return all.get(evaluation.id)!;
    },
  };
  const names = actorNameIndex(lib.actors.map((a) => a.data));
  const unitOf = new Map(lib.evaluations.map((e) => [e.data.id, lib.projects.find((p) => p.data.id === e.data.project)?.data.unit]));
  const types = new Map(lib.actors.map((a) => [a.data.id, a.data.type]));
  ctx.actorNames = (text, evaluation) => {
    const found = names(text);
    const unit = unitOf.get(evaluation);
    if (unit && /(?<!\p{L})(Proyecto|Project)(?!\p{L})/u.test(text) && !found.includes(unit)) found.push(unit);
    return found;
  };
  ctx.actorType = (id) => types.get(id);
  // anchors are looked up per entry: index them once per evaluation
  const anchorCache = new Map<string, Map<string, string>>();
  const anchorsOf = ctx.anchors;
  ctx.anchors = (evaluation) => {
    if (!anchorCache.has(evaluation)) anchorCache.set(evaluation, anchorsOf(evaluation));
    return anchorCache.get(evaluation)!;
  };

  checkActors(ctx, lib.actors, foldKey([...lib.sources.values()].map((s) => normalizeForMatch(s)).join(' ')));
  checkComponents(ctx, lib.components);
  checkProjects(ctx, lib.projects);
  checkEvaluations(ctx, lib.evaluations, lib.sources);
  checkSourceSums(ctx, lib.checksums, lib.sources);
  const draftEvaluations = draftEntries.filter((d) => d.collection === 'evaluations' && d.data).map((d) => ({ data: d.data as Evaluation, file: d.file }));
  for (const [evaluation, report] of built.reports) {
    const ev = evaluations.get(evaluation);
    const first = report.chapters[0];
    if (!ev) {
      const draft = draftEntries.find((d) => d.collection === 'evaluations' && d.id === evaluation);
      problems.push(draft
        ? `${first.file}, front matter field evaluation: "${evaluation}" is a draft (${draft.file}); expected its chapters to be drafts too (draft: true) until it is published`
        : `${first.file}, front matter field evaluation: unknown evaluation "${evaluation}"; expected a file in content/evaluations`);
      continue;
    }
    for (const c of report.chapters) {
      if (!ev.documents.some((d) => d.id === c.meta.document)) problems.push(`${c.file}, front matter field document: "${c.meta.document}" is not a document of ${ev.id}; expected one of ${ev.documents.map((d) => d.id).join(', ')}`);
    }
  }
  // a chapter title the scaffold could not translate ("TODO: …") is never published
  const titlePlaceholders = (out: string[], c: { file: string; meta: { title: { es: string; en: string } } }) => {
    for (const l of ['es', 'en'] as const) if (PLACEHOLDER.test(c.meta.title[l])) out.push(`${c.file}, front matter field title.${l}: the placeholder "${c.meta.title[l]}"; expected the chapter's title in that language`);
  };
  for (const r of built.reports.values()) for (const c of r.chapters) titlePlaceholders(problems, c);
  checkItems(ctx, lib.items);
  checkFollowUps(ctx, lib.followUps, new Map(lib.items.map((i) => [i.data.id, i.data])));
  checkThreads(ctx, lib.threads, new Map(lib.items.map((i) => [i.data.id, i.data])));
  checkInformantRecommendations(ctx, lib.informantRecommendations);
  checkIndicators(ctx, lib.indicators);
  checkBudget(ctx, lib.budget);
  checkRedirects(ctx, lib.redirects, (e) => new Set(built.reports.get(e)?.chapters.map((c) => c.slug) ?? []));
  const allIds = new Set(lib.items.map((i) => i.data.id));
  const former = new Map<string, string>();
  for (const { data: it, file } of lib.items) for (const f of it.formerIds) {
    if (former.has(f)) problems.push(`${file}: entry "${it.id}", field formerIds: "${f}" is also a former id of "${former.get(f)}"; expected each old id to lead to one item`);
    else if (!allIds.has(f)) former.set(f, it.id);
  }
  // no PDF artefacts or escapes in any text the pages show (the report chapters are MDX, where \$ is an escape),
  // and no placeholder left by the scaffold
  const walk = (out: string[], at: string, path: string, v: unknown) => {
    if (typeof v === 'string') {
      const noise = conversionNoise(v);
      if (noise) out.push(`${at}, field ${path}: conversion noise ${noise}; expected the text without PDF artefacts or escapes`);
      if (PLACEHOLDER.test(v)) out.push(`${at}, field ${path}: the placeholder "${v.length > 60 ? `${v.slice(0, 57)}...` : v}"; expected the real value (the scaffold marks what a person must complete)`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(out, at, `${path}[${i}]`, x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(out, at, path ? `${path}.${k}` : k, x);
  };
  for (const [name, list] of Object.entries(lib) as [string, unknown][]) {
    if (!Array.isArray(list) || name === 'chapters' || name === 'translations' || name === 'drafts') continue;
    for (const e of list as Entry<Record<string, unknown>>[]) walk(problems, `${e.file}: entry "${String(e.data.id ?? e.data.item ?? '')}"`, '', e.data);
  }

  // drafts: checked as if published, against the published library and the other drafts; their
  // problems are the to-do list (a production build has refused them above)
  const draftProblems = [...built.drafts.flatMap((d) => d.problems), ...built.draftChapters.flatMap((d) => d.problems), ...draftEntries.flatMap((d) => d.problems)];
  const draftItems = draftEntries.filter((d) => d.collection === 'items' && d.data).map((d) => ({ data: d.data as Item, file: d.file }));
  if (draftEntries.length || built.draftChapters.length) {
    const previewAnchors = new Map<string, Map<string, string>>();
    const dctx: CheckContext = {
      ...ctx,
      problems: draftProblems,
      evaluations: new Map([...evaluations, ...draftEvaluations.map((e) => [e.data.id, e.data] as const)]),
      itemIds: new Set([...ctx.itemIds, ...draftItems.map((i) => i.data.id)]),
      anchors: (evaluation) => {
        if (!previewAnchors.has(evaluation)) previewAnchors.set(evaluation, new Map([...(built.previews.get(evaluation)?.anchors ?? [])].map(([a, v]) => [a, v.chapter.file])));
        return previewAnchors.get(evaluation)!;
      },
    };
    checkEvaluations(dctx, draftEvaluations, lib.sources);
    // with the published items of the same evaluations, so that a draft's label cannot repeat theirs
    const drafting = new Set(draftItems.map((d) => d.data.evaluation));
    checkItems(dctx, [...lib.items.filter((i) => drafting.has(i.data.evaluation)), ...draftItems]);
    const drafted = new Set(built.draftChapters.map((d) => d.file));
    for (const [evaluation, report] of built.previews) {
      const ev = dctx.evaluations.get(evaluation);
      for (const c of report.chapters.filter((x) => drafted.has(x.file))) {
        titlePlaceholders(draftProblems, c);
        if (!ev) draftProblems.push(`${c.file}, front matter field evaluation: unknown evaluation "${evaluation}"; expected a file in content/evaluations`);
        else if (!ev.documents.some((d) => d.id === c.meta.document)) draftProblems.push(`${c.file}, front matter field document: "${c.meta.document}" is not a document of ${ev.id}; expected one of ${ev.documents.map((d) => d.id).join(', ')}`);
      }
    }
    for (const d of draftEntries) if (d.data) walk(draftProblems, `${d.file}: entry "${d.id}"`, '', d.data);
  }
  if (problems.length) throw new ContentError(problems);
  return {
    reports: built.reports,
    warnings: built.warnings,
    drafts: [...built.drafts.map((d) => d.file), ...built.draftChapters.map((d) => d.file), ...draftEntries.map((d) => `${d.file}: entry "${d.id}"`)],
    draftProblems,
  };
}

