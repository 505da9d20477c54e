/**
 * Cross-collection checks that a per-entry schema cannot make — every reference resolves, aliases
 * are unambiguous, sources match their sha256, every original-language text is found in its
 * source, every chapter passage is anchored and every translation aligned. Each collection's
 * check lives beside its schema (src/content/schema/, src/report/); this runs them all and
 * reports every problem with the file, the entry, the field and what was expected.
 */
import { actorNameIndex } from './model';
import type { Actor, BudgetLine, ChapterRedirect, CheckContext, Component, Entry, Evaluation, FollowUp, GlossaryEntry, Indicator, InformantRecommendation, Item, Project, Theme } from './model';
import { checkActors, checkBudget, checkComponents, checkEvaluations, checkFollowUps, checkIndicators, checkInformantRecommendations, checkItems, checkProjects, checkRedirects } from './model';
import { ContentError } from './yaml-entries';
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
  /** report chapters and their translations, as files (parsed by src/report/report.ts) */
  chapters: RawFile[];
  translations: RawFile[];
  /** source file name → raw text (content/sources) */
  sources: Map<string, string>;
}

export interface CheckedLibrary {
  reports: Map<string, Report>;
  /** not errors: outdated translations, glossary drift (printed by the build) */
  warnings: string[];
  /** work in progress, not shown (a production build refuses them) */
  drafts: string[];
}

export interface CheckOptions {
  /** a production build (SITE_URL set): drafts are errors */
  production?: boolean;
}

/** Runs every check; throws a ContentError listing all problems, else returns the parsed reports. */
export function checkIntegrity(lib: RawLibrary, options: CheckOptions = {}): CheckedLibrary {
  const built = buildReports(lib.chapters, lib.translations, { actors: lib.actors.map((a) => a.data), glossary: lib.glossary.map((g) => g.data) });
  const problems = [...built.problems];
  if (options.production) for (const d of built.drafts) problems.push(`${d.file}: a draft (work in progress: draft: true or passages not yet stamped); expected no drafts in a production build`);
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
    projectIds: new Set(lib.projects.map((p) => p.data.id)),
    evaluations,
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
  for (const [evaluation, report] of built.reports) {
    const ev = evaluations.get(evaluation);
    const first = report.chapters[0];
    if (!ev) {
      problems.push(`${first.file}, front matter field evaluation: unknown evaluation "${evaluation}"; expected a file in content/evaluations`);
      continue;
    }
    for (const c of report.chapters) {
      if (!ev.documents.some((d) => d.id === c.meta.document)) problems.push(`${c.file}, front matter field document: "${c.meta.document}" is not a document of ${ev.id}; expected one of ${ev.documents.map((d) => d.id).join(', ')}`);
    }
  }
  checkItems(ctx, lib.items);
  checkFollowUps(ctx, lib.followUps, new Map(lib.items.map((i) => [i.data.id, i.data])));
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
  // no PDF artefacts or escapes in any text the pages show (the report chapters are MDX, where \$ is an escape)
  const walk = (at: string, path: string, v: unknown) => {
    if (typeof v === 'string') {
      const noise = conversionNoise(v);
      if (noise) problems.push(`${at}, field ${path}: conversion noise ${noise}; expected the text without PDF artefacts or escapes`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(at, `${path}[${i}]`, x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(at, path ? `${path}.${k}` : k, x);
  };
  for (const [name, list] of Object.entries(lib) as [string, unknown][]) {
    if (!Array.isArray(list) || name === 'chapters' || name === 'translations') continue;
    for (const e of list as Entry<Record<string, unknown>>[]) walk(`${e.file}: entry "${String(e.data.id ?? e.data.item ?? '')}"`, '', e.data);
  }
  if (problems.length) throw new ContentError(problems);
  return { reports: built.reports, warnings: built.warnings, drafts: built.drafts.map((d) => d.file) };
}
