/**
 * An evaluation's report: its chapters parsed into passages, its translations aligned with
 * them, and every anchor it defines. Pure (strings in, structures out): the build, the disk
 * loader (`npm run content:check`, the translators' tool) and the tests all go through here.
 */
import { chapterSchema, translationSchema, type Actor, type ChapterMeta, type GlossaryEntry, type Lang, type TranslationMeta } from '../content/model';
import { parseMdxFile, ParseError, type ParsedFile } from './parse';
import { chapterStructure, componentProblems, type ChapterStructure, type Passage } from './passages';
import { acronymRules, checkTranslation, glossaryRules, type CheckedTranslation, type ReportPassageRef } from './translations';

/** A file as read from the content folder: its path relative to the project root, and its text. */
export interface RawFile {
  file: string;
  raw: string;
}

export interface ReportChapter {
  evaluation: string;
  /** file name without .mdx, e.g. "08-hallazgos" */
  stem: string;
  /** URL segment, e.g. "hallazgos" */
  slug: string;
  order: number;
  file: string;
  meta: ChapterMeta;
  parsed: ParsedFile;
  structure: ChapterStructure;
}

export interface ReportTranslation {
  file: string;
  meta: TranslationMeta;
  parsed: ParsedFile;
  structure: ChapterStructure;
  chapter: ReportChapter;
  checked: CheckedTranslation;
}

export interface Report {
  evaluation: string;
  chapters: ReportChapter[];
  /** every anchor (passages and anchor points inside them) → the chapter and passage that hold it */
  anchors: Map<string, { chapter: ReportChapter; passage: Passage }>;
  translations: ReportTranslation[];
  /** the translation of a chapter into a language, if there is one */
  translation: (chapter: ReportChapter, lang: Lang) => ReportTranslation | undefined;
}

export interface BuiltReports {
  reports: Map<string, Report>;
  problems: string[];
  warnings: string[];
  /** translations still in progress (draft: true, or passages not yet stamped): not shown; their problems */
  drafts: { file: string; problems: string[]; translation: ReportTranslation }[];
  /** evaluations with a chapter that could not be read (their anchors are incomplete) */
  unread: Set<string>;
  /** chapters marked draft: true (not shown, refused by a production build) and their problems */
  draftChapters: { file: string; problems: string[] }[];
  /** the reports with their draft chapters too: what they will be once the drafts are done */
  previews: Map<string, Report>;
}

/** "03-hallazgos.mdx" → { order: 3, slug: "hallazgos" }; "03b-…" sorts right after "03-…". */
export function chapterSlug(fileOrId: string): { order: number; slug: string } {
  const base = fileOrId.split('/').pop()!.replace(/\.mdx$/, '');
  const m = base.match(/^(\d+)([a-z]?)-(.+)$/);
  if (!m) return { order: 0, slug: base };
  return { order: Number(m[1]) + (m[2] ? (m[2].charCodeAt(0) - 96) / 100 : 0), slug: m[3] };
}

const folderOf = (file: string) => file.split('/').slice(-2, -1)[0];
const nameOf = (file: string) => file.split('/').pop()!;

function parse(f: RawFile, problems: string[]): ParsedFile | undefined {
  try {
    const parsed = parseMdxFile(f.file, f.raw);
    for (const p of componentProblems(parsed.tree, parsed.bodyLineOffset)) problems.push(`${f.file}:${p.line}:${p.column}: ${p.message}`);
    return parsed;
  } catch (e) {
    if (e instanceof ParseError) {
      problems.push(e.message);
      return undefined;
    }
    throw e;
  }
}

function schemaProblems(file: string, issues: { path: PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${file}, front matter field ${i.path.map(String).join('.') || '(front matter)'}: ${i.message}`);
}

export function buildReports(chapterFiles: RawFile[], translationFiles: RawFile[], registries: { actors: Actor[]; glossary: GlossaryEntry[] }): BuiltReports {
  const problems: string[] = [];
  const warnings: string[] = [];
  const drafts: BuiltReports['drafts'] = [];
  const byEvaluation = new Map<string, ReportChapter[]>();
  const draftsByEvaluation = new Map<string, ReportChapter[]>();
  const draftChapters: BuiltReports['draftChapters'] = [];
  const unread = new Set<string>();

  for (const f of [...chapterFiles].sort((a, b) => a.file.localeCompare(b.file))) {
    const parsed = parse(f, problems);
    if (!parsed) {
      unread.add(folderOf(f.file));
      continue;
    }
    const meta = chapterSchema.safeParse(parsed.frontMatter);
    if (!meta.success) {
      unread.add(folderOf(f.file));
      problems.push(...schemaProblems(f.file, meta.error.issues));
      continue;
    }
    const folder = folderOf(f.file);
    if (meta.data.evaluation !== folder) {
      problems.push(`${f.file}, front matter field evaluation: "${meta.data.evaluation}", but the chapter is in the folder of "${folder}"; expected the two to match`);
      continue;
    }
    const structure = chapterStructure(parsed.tree, parsed.body, parsed.bodyLineOffset);
    // a draft chapter's problems are its to-do list, not errors
    const own = meta.data.draft ? [] : problems;
    if (meta.data.draft) draftChapters.push({ file: f.file, problems: own });
    for (const p of structure.problems) own.push(`${f.file}:${p.line}: ${p.message}`);
    for (const p of structure.passages) if (!p.id) own.push(`${f.file}:${p.line}: ${p.kind} without an anchor; expected a [#id] marker (npm run report:anchors adds the missing ones)`);
    const stem = nameOf(f.file).replace(/\.mdx$/, '');
    const { order, slug } = chapterSlug(stem);
    const group = meta.data.draft ? draftsByEvaluation : byEvaluation;
    const list = group.get(folder) ?? [];
    list.push({ evaluation: folder, stem, slug, order, file: f.file, meta: meta.data, parsed, structure });
    group.set(folder, list);
  }

  const assemble = (evaluation: string, chapters: ReportChapter[], problemsOf: (c: ReportChapter) => string[]): Report => {
    chapters.sort((a, b) => a.order - b.order);
    const anchors = new Map<string, { chapter: ReportChapter; passage: Passage }>();
    const slugs = new Map<string, string>();
    for (const c of chapters) {
      const other = slugs.get(c.slug);
      if (other) problemsOf(c).push(`${c.file}: chapter slug "${c.slug}" is also the slug of ${other}; expected one chapter per slug (its URL)`);
      slugs.set(c.slug, c.file);
      for (const p of c.structure.passages) {
        for (const a of [p.id, ...p.inner]) {
          if (!a) continue;
          const prev = anchors.get(a);
          if (prev) problemsOf(c).push(`${c.file}:${p.line}: anchor "${a}" is already defined in ${prev.chapter.file}; expected anchors unique within the evaluation`);
          else anchors.set(a, { chapter: c, passage: p });
        }
      }
    }
    const translations: ReportTranslation[] = [];
    return { evaluation, chapters, anchors, translations, translation: (chapter, lang) => translations.find((t) => t.chapter === chapter && t.meta.lang === lang) };
  };
  const reports = new Map<string, Report>();
  for (const [evaluation, chapters] of byEvaluation) reports.set(evaluation, assemble(evaluation, chapters, () => problems));
  // drafts are checked with the published chapters of their evaluation (anchors unique across both)
  const previews = new Map(reports);
  const draftProblems = new Map(draftChapters.map((d) => [d.file, d.problems]));
  for (const [evaluation, chapters] of draftsByEvaluation) {
    const all = [...(reports.get(evaluation)?.chapters ?? []), ...chapters];
    previews.set(evaluation, assemble(evaluation, all, (c) => draftProblems.get(c.file) ?? []));
  }

  const acronyms = acronymRules(registries.actors, registries.glossary);
  const glossary = glossaryRules(registries.glossary);
  for (const f of [...translationFiles].sort((a, b) => a.file.localeCompare(b.file))) {
    const parsed = parse(f, problems);
    if (!parsed) continue;
    const meta = translationSchema.safeParse(parsed.frontMatter);
    if (!meta.success) {
      problems.push(...schemaProblems(f.file, meta.error.issues));
      continue;
    }
    const m = meta.data;
    const expectedName = `${m.chapter}.${m.lang}.mdx`;
    if (m.evaluation !== folderOf(f.file) || nameOf(f.file) !== expectedName) {
      problems.push(`${f.file}: front matter says evaluation "${m.evaluation}", chapter "${m.chapter}", lang "${m.lang}"; expected the file to be content/translations/${m.evaluation}/${expectedName}`);
      continue;
    }
    const report = previews.get(m.evaluation);
    const chapter = report?.chapters.find((c) => c.stem === m.chapter);
    if (!report || !chapter) {
      problems.push(`${f.file}, front matter field chapter: no chapter "${m.chapter}.mdx" in content/reports/${m.evaluation}`);
      continue;
    }
    if (chapter.meta.lang === m.lang) {
      problems.push(`${f.file}, front matter field lang: the chapter is already in "${m.lang}"; expected the other language`);
      continue;
    }
    const structure = chapterStructure(parsed.tree, parsed.body, parsed.bodyLineOffset);
    const reportPassage = (id: string): ReportPassageRef | undefined => {
      const hit = report.anchors.get(id);
      if (!hit || hit.passage.id !== id) return undefined;
      return { chapterFile: hit.chapter.file, lang: hit.chapter.meta.lang, status: hit.chapter.meta.textStatus, passage: hit.passage };
    };
    const checked = checkTranslation({ original: chapter.structure, originalLang: chapter.meta.lang, translation: structure, meta: m, reportPassage, acronyms, glossary });
    const located = checked.problems.map((p) => `${f.file}:${p.line}: ${p.message}`);
    // a translator stamps a file when it is done: until then it is a draft, kept off the pages
    const translation: ReportTranslation = { file: f.file, meta: m, parsed, structure, chapter, checked };
    if (m.draft || chapter.meta.draft || checked.problems.some((p) => p.unstamped)) {
      drafts.push({ file: f.file, problems: located, translation });
      continue;
    }
    problems.push(...located);
    for (const w of checked.warnings) warnings.push(`${f.file}:${w.line}: ${w.message}`);
    for (const [old, now] of Object.entries(m.formerAnchors)) {
      if (!chapter.structure.byId.has(now)) problems.push(`${f.file}, front matter field formerAnchors.${old}: "${now}" is not a passage of the chapter`);
      if (report.anchors.has(old)) problems.push(`${f.file}, front matter field formerAnchors.${old}: "${old}" is a current anchor of the report; expected a retired one`);
    }
    reports.get(m.evaluation)!.translations.push(translation);
  }
  return { reports, problems, warnings, drafts, unread, draftChapters, previews };
}
