/** The report chapters and translations of a content folder, read from disk and built (src/report/report.ts). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Actor, GlossaryEntry, Lang } from '../content/model';
import { CONTENT_PATHS } from '../content/paths';
import { buildReports, type RawFile, type ReportChapter, type ReportTranslation } from './report';

export type { ReportChapter as ChapterFile, ReportTranslation as TranslationFile };

export function translationPath(root: string, evaluation: string, stem: string, lang: Lang): string {
  return join(root, CONTENT_PATHS.translations, evaluation, `${stem}.${lang}.mdx`);
}

/** Every `<folder>/<file>.mdx` under a content directory, as raw files with project-relative paths. */
export function readMdxFiles(root: string, dir: string, only?: string): RawFile[] {
  const base = join(root, dir);
  if (!existsSync(base)) return [];
  const out: RawFile[] = [];
  for (const folder of readdirSync(base).sort()) {
    if (only && folder !== only) continue;
    const d = join(base, folder);
    if (!statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d).filter((x) => x.endsWith('.mdx')).sort()) {
      const abs = join(d, f);
      out.push({ file: relative(root, abs), raw: readFileSync(abs, 'utf8') });
    }
  }
  return out;
}

export interface Workspace {
  chapters: ReportChapter[];
  translations: ReportTranslation[];
  problems: string[];
  warnings: string[];
}

/** Reads every chapter and translation under `root`, checks each translation against its chapter. */
export function readWorkspace(root: string, registries: { actors: Actor[]; glossary: GlossaryEntry[] }, only?: { evaluation?: string }): Workspace {
  const built = buildReports(readMdxFiles(root, CONTENT_PATHS.reports, only?.evaluation), readMdxFiles(root, CONTENT_PATHS.translations, only?.evaluation), registries);
  const reports = [...built.reports.values()];
  return {
    // the translators' tool sees drafts too: draft chapters (a new evaluation) and draft translations
    chapters: [...built.previews.values()].flatMap((r) => r.chapters),
    translations: [...reports.flatMap((r) => r.translations), ...built.drafts.map((d) => d.translation)],
    problems: [...built.problems, ...built.draftChapters.flatMap((d) => d.problems), ...built.drafts.flatMap((d) => d.problems)],
    warnings: built.warnings,
  };
}
