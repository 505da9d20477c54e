/** Logframe indicators and budget-table rows, as the ILO evaluations print them: schemas and checks. */
import { z } from 'astro/zod';
import { bilingual, id, needAnchor, needComponent, needEvaluation, originalLang, statusPair, text, where, type CheckContext, type Entry } from './common';
import type { Evaluation } from './evaluations';
import { findInSource } from '../fidelity';

export const INDICATOR_LEVELS = ['impact', 'purpose', 'outcome', 'intermediate-outcome', 'output'] as const;

/** One logframe indicator as an evaluation prints it (content/indicators/<evaluation>.yaml). */
export const indicatorSchema = z
  .strictObject({
    id,
    evaluation: id,
    level: z.enum(INDICATOR_LEVELS, { error: `expected one of ${INDICATOR_LEVELS.join(', ')}` }),
    code: text,
    parent: z.string().optional(),
    text: bilingual,
    textStatus: statusPair,
    component: id.optional(),
    values: z
      .array(
        z.strictObject({
          source: text,
          anchor: id.optional(),
          baseline: z.string().optional(),
          target: z.string().optional(),
          value: z.string().optional(),
          progress: z.string().optional(),
          status: z.string().optional(),
          date: z.string().optional(),
        }),
      )
      .default([]),
    smart: z
      .strictObject({
        specific: z.boolean(),
        measurable: z.boolean(),
        achievable: z.boolean(),
        relevant: z.boolean(),
        timebound: z.boolean(),
        comment: z.string().optional(),
      })
      .optional(),
    sheet: z.array(z.strictObject({ name: text, text })).optional(),
    notes: z.array(bilingual).default([]),
  })
  .superRefine((ind, ctx) => {
    // typed ids: an output and an outcome can share a code
    const expected = `${ind.evaluation}-${ind.level}-${ind.code.replace(/\./g, '-')}`;
    if (!ind.id.startsWith(expected)) ctx.addIssue({ code: 'custom', path: ['id'], message: `expected an id starting with "${expected}" (evaluation-level-code)` });
  });
export type Indicator = z.infer<typeof indicatorSchema>;

/** One printed row of a budget table (content/budget/<evaluation>.yaml). */
export const budgetLineSchema = z.strictObject({
  id,
  evaluation: id,
  table: text,
  anchor: id,
  row: text,
  component: id.optional(),
  columns: z.array(z.strictObject({ name: z.string(), value: z.string() })).min(1),
  notes: z.array(bilingual).default([]),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

function checkComponent(ctx: CheckContext, at: string, component: string | undefined, ev: Evaluation): void {
  if (component) needComponent(ctx, at, 'component', component, ev);
}

export function checkIndicators(ctx: CheckContext, indicators: Entry<Indicator>[]): void {
  for (const rec of indicators) {
    const at = where(rec);
    const ev = needEvaluation(ctx, at, 'evaluation', rec.data.evaluation);
    if (!ev) continue;
    checkComponent(ctx, at, rec.data.component, ev);
    rec.data.values.forEach((v, i) => needAnchor(ctx, at, `values[${i}].anchor`, ev.id, v.anchor));
    const src = ctx.allSourceText(ev);
    const check = (field: string, t: string) => {
      if (!findInSource(t, src).found) ctx.problems.push(`${at}, field ${field}: text not found in the sources of ${ev.id}; expected the report's own words`);
    };
    const original = originalLang(rec.data.textStatus);
    check(`text.${original}`, rec.data.text[original]);
    if (rec.data.smart?.comment) for (const para of rec.data.smart.comment.split(/\n\s*\n/)) check('smart.comment', para);
    rec.data.sheet?.forEach((f, i) => check(`sheet[${i}].text`, f.text));
  }
}

export function checkBudget(ctx: CheckContext, lines: Entry<BudgetLine>[]): void {
  for (const rec of lines) {
    const at = where(rec);
    const ev = needEvaluation(ctx, at, 'evaluation', rec.data.evaluation);
    if (!ev) continue;
    checkComponent(ctx, at, rec.data.component, ev);
    needAnchor(ctx, at, 'anchor', ev.id, rec.data.anchor);
  }
}
