import type { Lang } from '../content/model';
import type { ChapterRef, Library } from './library';

/** The executive summary to show for a language: the one written in it (original or official
 * translation) if the report has one, else the report's own summary in its original language. */
export function summaryChapter(lib: Library, evaluation: string, lang: Lang): ChapterRef | undefined {
  const summaries = (lib.chaptersByEvaluation.get(evaluation) ?? []).filter((c) => c.data.summary);
  return summaries.find((c) => c.data.lang === lang) ?? summaries.find((c) => c.data.textStatus === 'original') ?? summaries[0];
}

export interface TocHeading { depth: number; id: string; text: string }

/** Headings of a chapter read from its MDX source (cheap: no rendering needed for a table of contents). */
export function chapterHeadings(body: string, maxDepth = 3): TocHeading[] {
  const out: TocHeading[] = [];
  for (const m of body.matchAll(/^(#{2,6})\s+(.+?)\s+\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/gm)) {
    const depth = m[1].length;
    if (depth > maxDepth) continue;
    out.push({ depth, id: m[3], text: m[2].replace(/<[^>]+>/g, '').replace(/[*_`]/g, '').replace(/\\([{}<])/g, '$1').trim() });
  }
  return out;
}
