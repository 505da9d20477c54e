/**
 * The report chapters and translations of a content folder, read from disk and aligned: what
 * `npm run translations`, `npm run content:check`, the build and the tests share.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chapterSchema, translationSchema, type Actor, type ChapterMeta, type GlossaryEntry, type Lang, type TranslationMeta } from '../content/model';
import { CONTENT_PATHS } from '../content/paths';
import { parseMdxFile, ParseError, type ParsedFile } from './parse';
import { chapterStructure, type ChapterStructure } from './passages';
import { acronymRules, checkTranslation, glossaryRules, type CheckedTranslation, type ReportPassageRef } from './translations';

export interface ChapterFile {
  evaluation: string;
  /** file name without .mdx, e.g. "08-hallazgos" */
  stem: string;
  file: string;
  meta: ChapterMeta;
  parsed: ParsedFile;
  structure: ChapterStructure;
}

export interface TranslationFile {
  file: string;
  meta: TranslationMeta;
  parsed: ParsedFile;
  structure: ChapterStructure;
  chapter: ChapterFile;
  checked: CheckedTranslation;
}

export function translationPath(root: string, evaluation: string, stem: string, lang: Lang): string {
  return join(root, CONTENT_PATHS.translations, evaluation, `${stem}.${lang}.mdx`);
}

function schemaProblems(file: string, issues: { path: PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${file}, front matter field ${i.path.map(String).join('.') || '(front matter)'}: ${i.message}`);
}

export function readChapterFile(root: string, evaluation: string, name: string, problems: string[]): ChapterFile | undefined {
  const abs = join(root, CONTENT_PATHS.reports, evaluation, name);
  const file = relative(root, abs);
  let parsed: ParsedFile;
  try {
    parsed = parseMdxFile(file, readFileSync(abs, 'utf8'));
  } catch (e) {
    if (e instanceof ParseError) {
      problems.push(e.message);
      return undefined;
    }
    throw e;
  }
  const meta = chapterSchema.safeParse(parsed.frontMatter);
  if (!meta.success) {
    problems.push(...schemaProblems(file, meta.error.issues));
    return undefined;
  }
  const structure = chapterStructure(parsed.tree, parsed.body, parsed.bodyLineOffset);
  for (const p of structure.problems) problems.push(`${file}:${p.line}: ${p.message}`);
  for (const p of structure.passages) if (!p.id) problems.push(`${file}:${p.line}: ${p.kind} without an anchor; expected a [#id] marker (npm run report:anchors adds the missing ones)`);
  return { evaluation, stem: name.replace(/\.mdx$/, ''), file, meta: meta.data, parsed, structure };
}

export interface Workspace {
  chapters: ChapterFile[];
  translations: TranslationFile[];
  problems: string[];
  warnings: string[];
}

/** Reads every chapter and translation under `root`, checks each translation against its chapter. */
export function readWorkspace(root: string, registries: { actors: Actor[]; glossary: GlossaryEntry[] }, only?: { evaluation?: string }): Workspace {
  const problems: string[] = [];
  const warnings: string[] = [];
  const chapters: ChapterFile[] = [];
  const reports = join(root, CONTENT_PATHS.reports);
  const evaluations = existsSync(reports) ? readdirSync(reports).sort() : [];
  for (const evaluation of evaluations) {
    if (only?.evaluation && evaluation !== only.evaluation) continue;
    for (const f of readdirSync(join(reports, evaluation)).filter((x) => x.endsWith('.mdx')).sort()) {
      const ch = readChapterFile(root, evaluation, f, problems);
      if (ch) chapters.push(ch);
    }
  }
  const acronyms = acronymRules(registries.actors, registries.glossary);
  const glossary = glossaryRules(registries.glossary);
  const byEvaluation = new Map<string, ChapterFile[]>();
  for (const c of chapters) byEvaluation.set(c.evaluation, [...(byEvaluation.get(c.evaluation) ?? []), c]);

  const translations: TranslationFile[] = [];
  const tdir = join(root, CONTENT_PATHS.translations);
  for (const evaluation of existsSync(tdir) ? readdirSync(tdir).sort() : []) {
    if (only?.evaluation && evaluation !== only.evaluation) continue;
    for (const f of readdirSync(join(tdir, evaluation)).filter((x) => x.endsWith('.mdx')).sort()) {
      const file = relative(root, join(tdir, evaluation, f));
      let parsed: ParsedFile;
      try {
        parsed = parseMdxFile(file, readFileSync(join(tdir, evaluation, f), 'utf8'));
      } catch (e) {
        if (e instanceof ParseError) {
          problems.push(e.message);
          continue;
        }
        throw e;
      }
      const meta = translationSchema.safeParse(parsed.frontMatter);
      if (!meta.success) {
        problems.push(...schemaProblems(file, meta.error.issues));
        continue;
      }
      const m = meta.data;
      const expectedName = `${m.chapter}.${m.lang}.mdx`;
      if (m.evaluation !== evaluation || f !== expectedName) {
        problems.push(`${file}: front matter says evaluation "${m.evaluation}", chapter "${m.chapter}", lang "${m.lang}"; expected the file at ${CONTENT_PATHS.translations}/${m.evaluation}/${expectedName}`);
        continue;
      }
      const chapter = (byEvaluation.get(evaluation) ?? []).find((c) => c.stem === m.chapter);
      if (!chapter) {
        problems.push(`${file}, front matter field chapter: no chapter "${m.chapter}.mdx" in ${CONTENT_PATHS.reports}/${evaluation}`);
        continue;
      }
      if (chapter.meta.lang === m.lang) {
        problems.push(`${file}, front matter field lang: the chapter is already in "${m.lang}"; expected the other language`);
        continue;
      }
      const structure = chapterStructure(parsed.tree, parsed.body, parsed.bodyLineOffset);
      const reportPassage = (id: string): ReportPassageRef | undefined => {
        for (const c of byEvaluation.get(evaluation) ?? []) {
          const p = c.structure.byId.get(id);
          if (p) return { chapterFile: c.file, lang: c.meta.lang, status: c.meta.textStatus, passage: p };
        }
        return undefined;
      };
      const checked = checkTranslation({ original: chapter.structure, originalLang: chapter.meta.lang, translation: structure, meta: m, reportPassage, acronyms, glossary });
      for (const p of checked.problems) problems.push(`${file}:${p.line}: ${p.message}`);
      for (const w of checked.warnings) warnings.push(`${file}:${w.line}: ${w.message}`);
      translations.push({ file, meta: m, parsed, structure, chapter, checked });
    }
  }
  return { chapters, translations, problems, warnings };
}
