/**
 * Cross-collection checks that a per-entry schema cannot make: every reference resolves (actors,
 * components, items, documents, anchors in the report chapters), aliases are unambiguous, source
 * files match their sha256, and every original-language text is found in its source document.
 * Each problem names the file, the entry, the field and what was expected.
 */
import { createHash } from 'node:crypto';
import type { Actor, BudgetLine, ChapterMeta, Component, Evaluation, FollowUp, GlossaryEntry, Indicator, InformantRecommendation, Item, Project, Theme } from './model';
import { ContentError } from './yaml-entries';
import { findInSource, normalizeForMatch } from './fidelity';
import { foldKey } from '../lib/slugify';

export interface Entry<T> {
  data: T;
  file: string;
}

export interface Chapter {
  /** "<evaluation>/<NN-slug>" as given by the glob loader */
  id: string;
  slug: string;
  order: number;
  file: string;
  data: ChapterMeta;
  body: string;
}

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
  chapters: Chapter[];
  /** source file name → raw text (content/sources) */
  sources: Map<string, string>;
}

const ANCHOR_RE = /\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

/** Anchors a chapter body defines (the same markers remark-anchors turns into ids). */
export function chapterAnchors(body: string): string[] {
  return [...body.matchAll(ANCHOR_RE)].map((m) => m[1]);
}

/** "03-hallazgos.mdx" → { order: 3, slug: "hallazgos" }; "03b-…" sorts right after "03-…". */
export function chapterSlug(fileOrId: string): { order: number; slug: string } {
  const base = fileOrId.split('/').pop()!.replace(/\.mdx$/, '');
  const m = base.match(/^(\d+)([a-z]?)-(.+)$/);
  if (!m) return { order: 0, slug: base };
  return { order: Number(m[1]) + (m[2] ? (m[2].charCodeAt(0) - 96) / 100 : 0), slug: m[3] };
}

function where(e: Entry<{ id?: string }>, idx?: number): string {
  return `${e.file}: entry "${e.data.id ?? idx}"`;
}

export function checkIntegrity(lib: RawLibrary): void {
  const problems: string[] = [];
  const actorIds = new Set(lib.actors.map((a) => a.data.id));
  const themeIds = new Set(lib.themes.map((t) => t.data.id));
  const componentIds = new Set(lib.components.map((c) => c.data.id));
  const projectIds = new Set(lib.projects.map((p) => p.data.id));
  const evaluations = new Map(lib.evaluations.map((e) => [e.data.id, e.data]));
  const itemIds = new Set(lib.items.map((i) => i.data.id));

  const needActor = (ctx: string, field: string, ids: string[]) =>
    ids.forEach((id, i) => {
      if (!actorIds.has(id)) problems.push(`${ctx}, field ${field}[${i}]: unknown actor "${id}"; expected an id defined in content/actors.yaml`);
    });

  // Actors: parents resolve; every name, acronym and alias points to one actor only.
  const aliasOwner = new Map<string, string>();
  for (const a of lib.actors) {
    const ctx = where(a);
    if (a.data.parent && !actorIds.has(a.data.parent)) {
      problems.push(`${ctx}, field parent: unknown actor "${a.data.parent}"; expected an id defined in content/actors.yaml`);
    }
    const names = new Set([a.data.name.es, a.data.name.en, ...(a.data.acronym ? [a.data.acronym] : []), ...a.data.aliases].map(foldKey));
    for (const n of names) {
      const owner = aliasOwner.get(n);
      if (owner && owner !== a.data.id) {
        problems.push(`${ctx}, field aliases: "${n}" also names actor "${owner}"; expected every name and alias to resolve to one actor`);
      } else aliasOwner.set(n, a.data.id);
    }
  }

  for (const c of lib.components) {
    if (!projectIds.has(c.data.project)) problems.push(`${where(c)}, field project: unknown project "${c.data.project}"; expected an id in content/projects.yaml`);
    c.data.themes.forEach((t, i) => {
      if (!themeIds.has(t)) problems.push(`${where(c)}, field themes[${i}]: unknown theme "${t}"; expected an id in content/themes.yaml`);
    });
  }
  for (const p of lib.projects) {
    needActor(where(p), 'donor', p.data.donor);
    needActor(where(p), 'implementer', p.data.implementer);
  }

  // Evaluations: project, actors, and the source documents with their hashes.
  for (const e of lib.evaluations) {
    const ctx = where(e);
    if (!projectIds.has(e.data.project)) problems.push(`${ctx}, field project: unknown project "${e.data.project}"; expected an id in content/projects.yaml`);
    needActor(ctx, 'donor', e.data.donor);
    needActor(ctx, 'implementer', e.data.implementer);
    needActor(ctx, 'evaluator', e.data.evaluator);
    needActor(ctx, 'publisher', e.data.publisher);
    e.data.documents.forEach((d, i) => {
      const text = lib.sources.get(d.file);
      if (text === undefined) {
        problems.push(`${ctx}, field documents[${i}].file: "${d.file}" not found; expected a file in content/sources`);
        return;
      }
      const sha = createHash('sha256').update(text, 'utf8').digest('hex');
      if (sha !== d.sha256) problems.push(`${ctx}, field documents[${i}].sha256: expected ${sha} (the hash of content/sources/${d.file}), found ${d.sha256}`);
    });
  }

  // Chapters: evaluation and document exist; anchors unique within an evaluation.
  const anchorsByEval = new Map<string, Map<string, string>>();
  for (const ch of lib.chapters) {
    const ev = evaluations.get(ch.data.evaluation);
    if (!ev) {
      problems.push(`${ch.file}, field evaluation: unknown evaluation "${ch.data.evaluation}"; expected a file in content/evaluations`);
      continue;
    }
    if (!ev.documents.some((d) => d.id === ch.data.document)) {
      problems.push(`${ch.file}, field document: "${ch.data.document}" is not a document of ${ev.id}; expected one of ${ev.documents.map((d) => d.id).join(', ')}`);
    }
    const anchors = anchorsByEval.get(ev.id) ?? new Map<string, string>();
    anchorsByEval.set(ev.id, anchors);
    for (const a of chapterAnchors(ch.body)) {
      const prev = anchors.get(a);
      if (prev) problems.push(`${ch.file}: anchor "${a}" is already defined in ${prev}; expected anchors unique within the evaluation`);
      else anchors.set(a, ch.file);
    }
  }

  // Items: every reference resolves, every original text is in its source.
  const normalizedSources = new Map<string, string>();
  const sourceText = (evaluation: Evaluation, docId: string): string | undefined => {
    const doc = evaluation.documents.find((d) => d.id === docId);
    if (!doc) return undefined;
    if (!normalizedSources.has(doc.file)) normalizedSources.set(doc.file, normalizeForMatch(lib.sources.get(doc.file) ?? ''));
    return normalizedSources.get(doc.file);
  };
  // all of an evaluation's documents at once (annexes may be in the other language): joined once per evaluation
  const allSources = new Map<string, string>();
  const allSourceText = (evaluation: Evaluation): string => {
    if (!allSources.has(evaluation.id)) allSources.set(evaluation.id, evaluation.documents.map((d) => sourceText(evaluation, d.id)!).join(' '));
    return allSources.get(evaluation.id)!;
  };
  for (const it of lib.items) {
    const item = it.data;
    const ctx = where(it);
    const ev = evaluations.get(item.evaluation);
    if (!ev) {
      problems.push(`${ctx}, field evaluation: unknown evaluation "${item.evaluation}"; expected a file in content/evaluations`);
      continue;
    }
    needActor(ctx, 'actors', item.actors);
    needActor(ctx, 'addressees', item.addressees);
    item.components.forEach((c, i) => {
      if (!componentIds.has(c)) problems.push(`${ctx}, field components[${i}]: unknown component "${c}"; expected an id in content/components.yaml`);
    });
    item.related.forEach((r, i) => {
      if (!itemIds.has(r.item)) problems.push(`${ctx}, field related[${i}].item: unknown item "${r.item}"; expected the id of an item in content/items`);
    });
    const anchors = anchorsByEval.get(item.evaluation) ?? new Map();
    const checkAnchor = (field: string, anchor: string | undefined) => {
      if (anchor && !anchors.has(anchor)) {
        problems.push(`${ctx}, field ${field}: anchor "${anchor}" not found; expected a [#${anchor}] marker in content/reports/${item.evaluation}/*.mdx`);
      }
    };
    const checkDocument = (field: string, docId: string) => {
      if (!ev.documents.some((d) => d.id === docId)) {
        problems.push(`${ctx}, field ${field}: unknown document "${docId}"; expected one of ${ev.documents.map((d) => d.id).join(', ')}`);
        return false;
      }
      return true;
    };
    if (checkDocument('source.document', item.source.document)) checkAnchor('source.anchor', item.source.anchor);
    // template fields and recommendation notes are printed in the report (annexes may be in the
    // other language): the report's words
    const printed: [string, string][] = [
      ...(item.template?.fields.map((f, i) => [`template.fields[${i}].text`, f.text] as [string, string]) ?? []),
      ...Object.entries(item.recommendation ?? {}).map(([k, v]) => [`recommendation.${k}`, v ?? ''] as [string, string]),
    ];
    if (item.template) checkAnchor('template.anchor', item.template.anchor);
    if (printed.length) {
      const all = allSourceText(ev);
      for (const [field, t] of printed) {
        for (const para of t.split(/\n\s*\n/)) {
          if (normalizeForMatch(para).length >= 12 && !findInSource(para, all).found) problems.push(`${ctx}, field ${field}: text not found in the sources of ${ev.id}; expected the report's own words`);
        }
      }
    }

    // Fidelity of the original-language text and of every version printed in the sources.
    const original = item.textStatus.es === 'original' ? 'es' : 'en';
    const src = sourceText(ev, item.source.document);
    const verify = (field: string, text: string, docId: string) => {
      const source = docId === item.source.document ? src : sourceText(ev, docId);
      if (source === undefined) return;
      const r = findInSource(text, source);
      if (!r.found) problems.push(`${ctx}, field ${field}: text not found in the source document "${docId}" (from: "${r.missing}…"); expected the report's own words`);
    };
    verify(`text.${original}`, item.text[original], item.source.document);
    if (item.title && item.textStatus[original] === 'original') verify(`title.${original}`, item.title[original], item.source.document);
    if (item.challenge && item.challengeStatus?.[original] === 'original') verify(`challenge.${original}`, item.challenge[original], item.source.document);
    const other = original === 'es' ? 'en' : 'es';
    item.versions.forEach((v, i) => {
      if (!checkDocument(`versions[${i}].document`, v.document)) return;
      checkAnchor(`versions[${i}].anchor`, v.anchor);
      if (v.status !== 'unofficial-translation') verify(`versions[${i}].text`, v.text, v.document);
    });
    // An official translation shown as the item's text must be one of the printed versions.
    if (item.textStatus[other] === 'official-translation') {
      const printed = item.versions.some((v) => v.lang === other && v.status === 'official-translation' && normalizeForMatch(v.text).includes(normalizeForMatch(item.text[other])));
      if (!printed) problems.push(`${ctx}, field text.${other}: marked official-translation but matches no official version; expected the text of a version with lang ${other} and status official-translation`);
    }
    const docLang = ev.documents.find((d) => d.id === item.source.document)?.language;
    if (docLang && docLang !== original) {
      problems.push(`${ctx}, field textStatus: the original is "${original}" but ${item.source.document} is in "${docLang}"; expected textStatus.${docLang} = original`);
    }
  }

  // Follow-up: the earlier recommendation exists; the assessing report's words are in its source.
  const itemsById = new Map(lib.items.map((i) => [i.data.id, i.data]));
  for (const f of lib.followUps) {
    const ctx = `${f.file}: entry "${f.data.midtermItem}"`;
    const target = itemsById.get(f.data.midtermItem);
    if (!target || target.kind !== 'recommendation') {
      problems.push(`${ctx}, field midtermItem: "${f.data.midtermItem}" is not a recommendation; expected the id of a recommendation in content/items`);
    }
    const ev = evaluations.get(f.data.assessedIn);
    if (!ev) {
      problems.push(`${ctx}, field assessedIn: unknown evaluation "${f.data.assessedIn}"; expected a file in content/evaluations`);
      continue;
    }
    const anchors = anchorsByEval.get(ev.id) ?? new Map();
    const passages = [{ field: 'source', document: f.data.source.document, anchor: f.data.source.anchor, text: f.data.statusText }, ...f.data.evidence.map((e, i) => ({ field: `evidence[${i}]`, ...e }))];
    for (const p of passages) {
      const src = sourceText(ev, p.document);
      if (src === undefined) {
        problems.push(`${ctx}, field ${p.field}.document: unknown document "${p.document}"; expected a document of ${ev.id}`);
        continue;
      }
      if (!anchors.has(p.anchor)) problems.push(`${ctx}, field ${p.field}.anchor: anchor "${p.anchor}" not found; expected a [#${p.anchor}] marker in content/reports/${ev.id}/*.mdx`);
      for (const para of p.text.split(/\n\s*\n/)) {
        const r = findInSource(para, src);
        if (!r.found) problems.push(`${ctx}, field ${p.field === 'source' ? 'statusText' : `${p.field}.text`}: text not found in "${p.document}" (from: "${r.missing}…"); expected the report's own words`);
      }
    }
  }
  for (const r of lib.informantRecommendations) {
    const ctx = where(r);
    const ev = evaluations.get(r.data.evaluation);
    if (!ev) {
      problems.push(`${ctx}, field evaluation: unknown evaluation "${r.data.evaluation}"; expected a file in content/evaluations`);
      continue;
    }
    needActor(ctx, 'actors', r.data.actors);
    if (!(anchorsByEval.get(ev.id) ?? new Map()).has(r.data.anchor)) problems.push(`${ctx}, field anchor: anchor "${r.data.anchor}" not found; expected a [#${r.data.anchor}] marker in content/reports/${ev.id}/*.mdx`);
    const original = r.data.textStatus.es === 'original' ? 'es' : 'en';
    const src = allSourceText(ev);
    for (const line of r.data.text[original].split(/\n+/)) {
      const clean = line.replace(/^\s*[-•]\s*/, '');
      if (clean.trim() && !findInSource(clean, src).found) problems.push(`${ctx}, field text.${original}: "${clean.slice(0, 60)}…" not found in the sources of ${ev.id}; expected the report's own words`);
    }
  }

  // Indicators and budget lines: evaluation, component and anchors resolve; printed wording is the report's.
  for (const rec of [...lib.indicators, ...lib.budget] as Entry<Indicator | BudgetLine>[]) {
    const ctx = where(rec);
    const ev = evaluations.get(rec.data.evaluation);
    if (!ev) {
      problems.push(`${ctx}, field evaluation: unknown evaluation "${rec.data.evaluation}"; expected a file in content/evaluations`);
      continue;
    }
    const anchors = anchorsByEval.get(ev.id) ?? new Map();
    const component = rec.data.component;
    if (component && !componentIds.has(component)) problems.push(`${ctx}, field component: unknown component "${component}"; expected an id in content/components.yaml`);
    const anchorList = 'values' in rec.data ? rec.data.values.map((v, i) => [`values[${i}].anchor`, v.anchor] as const) : [['anchor', rec.data.anchor] as const];
    for (const [field, a] of anchorList) if (a && !anchors.has(a)) problems.push(`${ctx}, field ${field}: anchor "${a}" not found; expected a [#${a}] marker in content/reports/${ev.id}/*.mdx`);
    if ('text' in rec.data) {
      const ind = rec.data;
      const original = ind.textStatus.es === 'original' ? 'es' : 'en';
      const src = allSourceText(ev);
      const check = (field: string, t: string) => {
        if (!findInSource(t, src).found) problems.push(`${ctx}, field ${field}: text not found in the sources of ${ev.id}; expected the report's own words`);
      };
      check(`text.${original}`, ind.text[original]);
      if (ind.smart?.comment) for (const para of ind.smart.comment.split(/\n\s*\n/)) check('smart.comment', para);
      ind.sheet?.forEach((f, i) => check(`sheet[${i}].text`, f.text));
    }
  }

  if (problems.length) throw new ContentError(problems);
}
