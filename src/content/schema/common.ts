/** Building blocks of every schema: ids, bilingual texts, text statuses, dates; the checks' shared context. */
import { z } from 'astro/zod';
import type { Evaluation } from './evaluations';

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const TEXT_STATUSES = ['original', 'official-translation', 'unofficial-translation'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

// Plain "expected <type>" messages instead of zod's "Invalid input: …" (the path is added by the caller).
z.config({
  customError: (iss) =>
    iss.code === 'invalid_type' ? `expected ${iss.expected === 'array' ? 'a list' : `a value of type ${iss.expected}`}` : undefined,
});

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const id = z
  .string({ error: 'expected an id (lowercase kebab-case string)' })
  .regex(ID_PATTERN, { error: 'expected an id in lowercase kebab-case, e.g. "ministerio-publico"' });

export const text = z.string({ error: 'expected a non-empty string' }).trim().min(1, { error: 'expected a non-empty string' });

/** A text in both languages: a missing language is an error, never a silent gap. */
export const bilingual = z.strictObject({ es: text, en: text }, { error: 'expected an object with exactly the texts "es" and "en"' });
export type Bilingual = z.infer<typeof bilingual>;

export const textStatus = z.enum(TEXT_STATUSES, { error: `expected one of ${TEXT_STATUSES.join(', ')}` });
export const statusPair = z.object(
  { es: textStatus, en: textStatus },
  { error: 'expected a status for both "es" and "en" (original | official-translation | unofficial-translation)' },
);
export type StatusPair = z.infer<typeof statusPair>;

export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a date as YYYY-MM' });

/** What npm run new:evaluation writes where a person must complete a value ("TODO: translate"): never published. */
export const PLACEHOLDER = /^TODO\b/;

/** The language whose text is the report's own (exactly one of a status pair is "original"). */
export const originalLang = (status: StatusPair): Lang => (status.es === 'original' ? 'es' : 'en');

// ---------------------------------------------------------------- integrity checks

export interface Entry<T> {
  data: T;
  file: string;
}

/** What every collection's integrity check can look up (built once per load by src/content/integrity.ts). */
export interface CheckContext {
  problems: string[];
  actorIds: Set<string>;
  themeIds: Set<string>;
  componentIds: Set<string>;
  /** component id → its project */
  componentProjects?: Map<string, string>;
  projectIds: Set<string>;
  evaluations: Map<string, Evaluation>;
  itemIds: Set<string>;
  /** anchors of an evaluation's chapters → the chapter file that defines them */
  anchors: (evaluation: string) => Map<string, string>;
  /** evaluations with a chapter that could not be read: their anchors are not checked (that chapter's error says why) */
  unreadReports?: Set<string>;
  /** a source document's text, normalised for matching (undefined: not a document of the evaluation) */
  sourceText: (evaluation: Evaluation, documentId: string) => string | undefined;
  /** all of an evaluation's documents at once (annexes may be in the other language) */
  allSourceText: (evaluation: Evaluation) => string;
  /** the actors a text of an evaluation names ("el Proyecto" is its project's unit) */
  actorNames: (text: string, evaluation: string) => string[];
  /** an actor's type */
  actorType: (id: string) => string | undefined;
}

export function where(e: Entry<{ id?: string }>, idx?: number): string {
  return `${e.file}: entry "${e.data.id ?? idx}"`;
}

export function needActors(ctx: CheckContext, at: string, field: string, ids: string[]): void {
  ids.forEach((a, i) => {
    if (!ctx.actorIds.has(a)) ctx.problems.push(`${at}, field ${field}[${i}]: unknown actor "${a}"; expected an id defined in content/actors.yaml`);
  });
}

export function needAnchor(ctx: CheckContext, at: string, field: string, evaluation: string, anchor: string | undefined): void {
  if (anchor && !ctx.unreadReports?.has(evaluation) && !ctx.anchors(evaluation).has(anchor)) {
    ctx.problems.push(`${at}, field ${field}: anchor "${anchor}" not found; expected a [#${anchor}] marker in content/reports/${evaluation}/*.mdx`);
  }
}

/** A component that exists and belongs to the evaluation's project. */
export function needComponent(ctx: CheckContext, at: string, field: string, component: string, evaluation: Evaluation): void {
  if (!ctx.componentIds.has(component)) {
    ctx.problems.push(`${at}, field ${field}: unknown component "${component}"; expected an id in content/components.yaml`);
    return;
  }
  const project = ctx.componentProjects?.get(component);
  if (project && project !== evaluation.project) ctx.problems.push(`${at}, field ${field}: component "${component}" belongs to project "${project}"; expected a component of "${evaluation.project}", the project of ${evaluation.id} (content/components.yaml)`);
}

export function needEvaluation(ctx: CheckContext, at: string, field: string, evaluation: string): Evaluation | undefined {
  const ev = ctx.evaluations.get(evaluation);
  if (!ev) ctx.problems.push(`${at}, field ${field}: unknown evaluation "${evaluation}"; expected a file in content/evaluations`);
  return ev;
}
