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
