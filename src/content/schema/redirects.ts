/** Retired chapter URLs (content/redirects.yaml): each sends the reader to the chapter that replaced it. */
import { z } from 'astro/zod';
import { id, needEvaluation, type CheckContext, type Entry } from './common';

export const chapterRedirectSchema = z.strictObject({
  evaluation: id,
  /** the retired chapter's slug (its URL segment) */
  chapter: id,
  /** the slug of the chapter that replaces it */
  to: id,
});
export type ChapterRedirect = z.infer<typeof chapterRedirectSchema>;

export function checkRedirects(ctx: CheckContext, redirects: Entry<ChapterRedirect>[], slugsOf: (evaluation: string) => Set<string>): void {
  for (const r of redirects) {
    const at = `${r.file}: entry "${r.data.evaluation}/${r.data.chapter}"`;
    if (!needEvaluation(ctx, at, 'evaluation', r.data.evaluation)) continue;
    const slugs = slugsOf(r.data.evaluation);
    if (slugs.has(r.data.chapter)) ctx.problems.push(`${at}, field chapter: "${r.data.chapter}" is a current chapter; expected the slug of a retired one`);
    if (!slugs.has(r.data.to)) ctx.problems.push(`${at}, field to: no chapter "${r.data.to}" in content/reports/${r.data.evaluation}; expected the slug of the chapter that replaces it`);
  }
}
