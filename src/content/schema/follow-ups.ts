/**
 * What became of a recommendation (content/followup/<evaluation>.yaml): the status a later
 * evaluation gives it, in that evaluation's words, with the passage — or, explicitly,
 * `not-assessed`, so that silence is never mistaken for implementation.
 */
import { z } from 'astro/zod';
import { LANGS, bilingual, id, needAnchor, needEvaluation, originalLang, statusPair, text, type CheckContext, type Entry, type TextStatus } from './common';
import type { Evaluation } from './evaluations';
import { sourceLocatorSchema } from './items';
import { findInSource } from '../fidelity';

export const FOLLOW_UP_STATUSES = [
  'implemented',
  'partly-implemented',
  'not-implemented',
  'rejected',
  'rejected-then-adopted',
  'unclear',
  'not-assessed',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

const quoted = z.strictObject({ text: bilingual, textStatus: statusPair, document: id, section: text, anchor: id });

export const followUpSchema = z
  .strictObject({
    /** the recommendation */
    item: id,
    /** the editors' reading of the later report */
    status: z.enum(FOLLOW_UP_STATUSES, { error: `expected one of ${FOLLOW_UP_STATUSES.join(', ')}` }),
    /** the evaluation that assesses it (null when not assessed) */
    assessedIn: id.nullable().default(null),
    /** how the later report renders the recommendation, in its own words and language */
    asRendered: z.strictObject({ label: text, lang: z.enum(LANGS), text }).optional(),
    /** the later report's words on what became of it */
    text: bilingual.optional(),
    textStatus: statusPair.optional(),
    source: sourceLocatorSchema.optional(),
    evidence: z.array(quoted).default([]),
    note: bilingual.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.status === 'not-assessed') {
      for (const k of ['assessedIn', 'text', 'source', 'asRendered'] as const) {
        if (f[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'a recommendation not assessed has no assessing evaluation, text or passage; expected this field absent' });
      }
    } else {
      for (const k of ['assessedIn', 'text', 'textStatus', 'source'] as const) {
        if (!f[k]) ctx.addIssue({ code: 'custom', path: [k], message: `expected ${k} for status "${f.status}" (the later report's words and passage)` });
      }
    }
  });
export type FollowUp = z.infer<typeof followUpSchema>;

/** A quoted passage of a later report: its document, its anchor, and its words found in the source. */
function checkQuote(ctx: CheckContext, at: string, ev: Evaluation, p: { field: string; document: string; anchor: string; text: { es: string; en: string }; textStatus: { es: TextStatus; en: TextStatus } }): void {
  const src = ctx.sourceText(ev, p.document);
  if (src === undefined) {
    ctx.problems.push(`${at}, field ${p.field}: unknown document "${p.document}"; expected a document of ${ev.id}`);
    return;
  }
  needAnchor(ctx, at, p.field.replace(/text$/, 'anchor'), ev.id, p.anchor);
  const lang = originalLang(p.textStatus);
  for (const para of p.text[lang].split(/\n\s*\n/)) {
    const r = findInSource(para, src);
    if (!r.found) ctx.problems.push(`${at}, field ${p.field}.${lang}: text not found in "${p.document}" (from: "${r.missing}…"); expected the report's own words`);
  }
}

export function checkFollowUps(ctx: CheckContext, followUps: Entry<FollowUp>[], recommendations: Map<string, { kind: string; evaluation: string }>): void {
  const seen = new Set<string>();
  for (const f of followUps) {
    const at = `${f.file}: entry "${f.data.item}"`;
    const target = recommendations.get(f.data.item);
    if (!target || target.kind !== 'recommendation') ctx.problems.push(`${at}, field item: "${f.data.item}" is not a recommendation; expected the id of a recommendation in content/items`);
    if (seen.has(f.data.item)) ctx.problems.push(`${at}, field item: a second follow-up of the same recommendation; expected one per recommendation`);
    seen.add(f.data.item);
    if (!f.data.assessedIn) {
      // evidence without a verdict (a later report on the same subject): each quote is checked in its own document
      f.data.evidence.forEach((e, i) => {
        const owner = [...ctx.evaluations.values()].find((ev) => ev.documents.some((d) => d.id === e.document));
        if (!owner) {
          ctx.problems.push(`${at}, field evidence[${i}].document: unknown document "${e.document}"; expected a document id of an evaluation`);
          return;
        }
        checkQuote(ctx, at, owner, { field: `evidence[${i}].text`, ...e });
      });
      continue;
    }
    const ev = needEvaluation(ctx, at, 'assessedIn', f.data.assessedIn);
    if (!ev) continue;
    if (target && ctx.evaluations.get(target.evaluation)?.date && ctx.evaluations.get(target.evaluation)!.date >= ev.date) {
      ctx.problems.push(`${at}, field assessedIn: "${ev.id}" is not later than the recommendation's evaluation; expected a later evaluation`);
    }
    const passages = [
      ...(f.data.source && f.data.text && f.data.textStatus ? [{ field: 'text', document: f.data.source.document, anchor: f.data.source.anchor, text: f.data.text, textStatus: f.data.textStatus }] : []),
      ...f.data.evidence.map((e, i) => ({ field: `evidence[${i}].text`, ...e })),
    ];
    for (const p of passages) checkQuote(ctx, at, ev, p);
    if (f.data.asRendered && !findInSource(f.data.asRendered.text.split(/\n\s*\n/)[0], ctx.allSourceText(ev)).found) {
      ctx.problems.push(`${at}, field asRendered.text: not found in the sources of ${ev.id}; expected the later report's own words`);
    }
  }
}
