/**
 * Cross-collection checks that a per-entry schema cannot make — every reference resolves, aliases
 * are unambiguous, sources match their sha256, every original-language text is found in its
 * source, every chapter passage is anchored and every translation aligned. Each collection's
 * check lives beside its schema (src/content/schema/, src/report/); this runs them all and
 * reports every problem with the file, the entry, the field and what was expected.
 */
import type { Actor, BudgetLine, CheckContext, Component, Entry, Evaluation, FollowUp, GlossaryEntry, Indicator, InformantRecommendation, Item, Project, Theme } from './model';
import { checkActors, checkBudget, checkComponents, checkEvaluations, checkFollowUps, checkIndicators, checkInformantRecommendations, checkItems, checkProjects } from './model';
import { ContentError } from './yaml-entries';
import { normalizeForMatch } from './fidelity';
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
  if (problems.length) throw new ContentError(problems);
  return { reports: built.reports, warnings: built.warnings, drafts: built.drafts.map((d) => d.file) };
}
