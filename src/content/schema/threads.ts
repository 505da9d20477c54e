/**
 * Recommendation threads (content/threads.yaml): the same recommendation made again across
 * evaluations and years — an editorial record, labelled on the pages as the editors' synthesis.
 */
import { z } from 'astro/zod';
import { bilingual, id, type CheckContext, type Entry } from './common';

export const threadSchema = z.strictObject({
  id,
  title: bilingual,
  /** why these are one recommendation made again, and how they differ (the editors' words) */
  rationale: bilingual,
  /** the recommendations, in date order */
  items: z.array(id).min(2, { error: 'expected at least two recommendations (a thread is a recommendation made again)' }),
});
export type Thread = z.infer<typeof threadSchema>;

export function checkThreads(ctx: CheckContext, threads: Entry<Thread>[], items: Map<string, { kind: string; evaluation: string }>): void {
  const inThread = new Map<string, string>();
  for (const t of threads) {
    const at = `${t.file}: entry "${t.data.id}"`;
    const dates: string[] = [];
    t.data.items.forEach((itemId, i) => {
      const it = items.get(itemId);
      if (!it || it.kind !== 'recommendation') {
        ctx.problems.push(`${at}, field items[${i}]: "${itemId}" is not a recommendation; expected the id of a recommendation in content/items`);
        return;
      }
      if (inThread.has(itemId)) ctx.problems.push(`${at}, field items[${i}]: "${itemId}" is already in thread "${inThread.get(itemId)}"; expected a recommendation in one thread at most`);
      inThread.set(itemId, t.data.id);
      dates.push(ctx.evaluations.get(it.evaluation)?.date ?? '');
    });
    if (dates.some((d, i) => i > 0 && d < dates[i - 1])) ctx.problems.push(`${at}, field items: not in date order; expected the recommendations from the earliest evaluation to the latest`);
    const evaluations = new Set(t.data.items.map((i) => items.get(i)?.evaluation).filter(Boolean));
    if (evaluations.size < 2) ctx.problems.push(`${at}, field items: all from one evaluation; expected recommendations from two or more evaluations`);
  }
}
