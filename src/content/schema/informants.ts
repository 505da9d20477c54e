/** Recommendations made by the informants (ILO 2024, Annex 8): kept apart from the evaluators'. */
import { z } from 'astro/zod';
import { bilingual, id, needActors, needAnchor, needEvaluation, originalLang, statusPair, text, where, type CheckContext, type Entry } from './common';
import { findInSource } from '../fidelity';

export const informantRecommendationSchema = z.strictObject({
  id,
  evaluation: id,
  label: text,
  title: bilingual,
  group: text,
  text: bilingual,
  textStatus: statusPair,
  actors: z.array(id).default([]),
  anchor: id,
});
export type InformantRecommendation = z.infer<typeof informantRecommendationSchema>;

export function checkInformantRecommendations(ctx: CheckContext, recs: Entry<InformantRecommendation>[]): void {
  for (const r of recs) {
    const at = where(r);
    const ev = needEvaluation(ctx, at, 'evaluation', r.data.evaluation);
    if (!ev) continue;
    needActors(ctx, at, 'actors', r.data.actors);
    needAnchor(ctx, at, 'anchor', ev.id, r.data.anchor);
    const original = originalLang(r.data.textStatus);
    const src = ctx.allSourceText(ev);
    for (const line of r.data.text[original].split(/\n+/)) {
      const clean = line.replace(/^\s*[-•]\s*/, '');
      if (clean.trim() && !findInSource(clean, src).found) ctx.problems.push(`${at}, field text.${original}: "${clean.slice(0, 60)}…" not found in the sources of ${ev.id}; expected the report's own words`);
    }
  }
}
