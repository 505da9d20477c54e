/** What a chapter page and its side-by-side view show (tested without a build: tests/unit/views.test.ts). */
import type { Lang } from '../../content/model';
import type { Translate } from '../../i18n';
import type { Library } from '../library';
import type { Report, ReportChapter, ReportTranslation } from '../../report/report';
import { chapterHeadings, renderChapter, renderSideBySide, type RenderContext } from '../../report/render';
import type { PassageStatus } from '../../report/translations';
import { itemHeading } from '../labels';
import { itemRoute, urlFor } from '../urls';

export function renderContext(lib: Library, lang: Lang, t: Translate, report: Report, chapter: ReportChapter): RenderContext {
  const evaluation = report.evaluation;
  return {
    lang,
    label: {
      linkToPassage: t('report.linkToPassage'),
      flag: t('flag.label'),
      editorNote: t('editor.label'),
      editorKind: (kind) => t(`editor.${kind}` as Parameters<Translate>[0]),
      backToReference: (n) => t('report.backToReference', { n }),
      notes: t('report.notes'),
      statusMark: (s: PassageStatus) => t(`mark.${s}`),
      statusMarkLong: (s: PassageStatus) => t(`markLong.${s}`),
      itemLink: t('report.itemLink'),
      viewOriginal: t('report.viewOriginal'),
    },
    projectHref: (project) => {
      const evs = lib.evaluations.filter((e) => e.project === project);
      if (!evs.length) throw new Error(`${chapter.file}: <ProjectRef project="${project}">: no evaluation of that project in content/evaluations`);
      return evs.length === 1 ? urlFor(lang, { type: 'evaluation', evaluation: evs[0].id }) : urlFor(lang, { type: 'evaluations' }, `project-${project}`);
    },
    itemsAt: (anchor) => (lib.itemsAtAnchor.get(`${evaluation}#${anchor}`) ?? []).map((it) => ({ href: urlFor(lang, itemRoute(it)), label: itemHeading(it, lang) })),
    sideBySideHref: (anchor) => urlFor(lang, { type: 'side-by-side', evaluation, chapter: chapter.slug }, anchor),
  };
}

export interface TranslationShare {
  /** share of the chapter's original text readable in the language, by kind of text (0–1) */
  translated: number;
  official: number;
  unofficial: number;
  outdated: number;
}

/** How much of a chapter (by length of original text) reads in a language, and whose words. */
export function translationShare(chapter: ReportChapter, translation: ReportTranslation | undefined, lang: Lang): TranslationShare {
  if (chapter.meta.lang === lang) return { translated: 1, official: 0, unofficial: 0, outdated: 0 };
  let total = 0;
  const by: Record<string, number> = {};
  for (const p of chapter.structure.passages) {
    const n = p.source.length;
    total += n;
    const a = p.id ? translation?.checked.aligned.get(p.id) : undefined;
    const s = a?.status ?? 'untranslated';
    by[s] = (by[s] ?? 0) + n;
  }
  const f = (k: string) => (total ? (by[k] ?? 0) / total : 0);
  // passages the report prints in this language elsewhere count as official
  const official = f('official-translation') + f('original');
  return { translated: official + f('unofficial-translation'), official, unofficial: f('unofficial-translation'), outdated: f('outdated') };
}

/**
 * How much of a whole report reads in a language, weighted by the length of the original text:
 * written in it, in the report's own translation (a chapter it prints translated, or passages it
 * translates), in a translation made for the site. `written + official + unofficial = translated`.
 */
export function reportLanguageShares(report: Report, lang: Lang): { rows: { c: ReportChapter; weight: number; share: TranslationShare }[]; written: number; translated: number; official: number; unofficial: number } {
  const rows = report.chapters.map((c) => ({
    c,
    weight: c.structure.passages.reduce((n, p) => n + p.source.length, 0),
    share: translationShare(c, report.translation(c, c.meta.lang === 'es' ? 'en' : 'es'), lang),
  }));
  const total = rows.reduce((n, r) => n + r.weight, 0) || 1;
  const share = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r) * r.weight, 0) / total;
  const inLang = (r: (typeof rows)[number]) => r.c.meta.lang === lang;
  const printedTranslation = (r: (typeof rows)[number]) => inLang(r) && r.c.meta.textStatus === 'official-translation';
  const written = share((r) => (inLang(r) && !printedTranslation(r) ? 1 : 0));
  const official = share((r) => (printedTranslation(r) ? 1 : inLang(r) ? 0 : r.share.official));
  const unofficial = share((r) => (inLang(r) ? 0 : r.share.unofficial));
  return { rows, written, translated: share((r) => r.share.translated), official, unofficial };
}

export function chapterView(lib: Library, lang: Lang, t: Translate, evaluation: string, slug: string) {
  const report = lib.reports.get(evaluation)!;
  const index = report.chapters.findIndex((c) => c.slug === slug);
  const chapter = report.chapters[index];
  const translation = report.translation(chapter, chapter.meta.lang === 'es' ? 'en' : 'es');
  const ctx = renderContext(lib, lang, t, report, chapter);
  return {
    report,
    chapter,
    translation,
    prev: report.chapters[index - 1],
    next: report.chapters[index + 1],
    body: () => renderChapter(chapter, translation, ctx),
    sideBySide: () => renderSideBySide(chapter, translation, ctx),
    share: translationShare(chapter, translation, lang),
    headings: (depth: number) => chapterHeadings(chapter, translation, lang, depth),
  };
}
