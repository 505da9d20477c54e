/**
 * The content model: every schema of the library in one module (docs/content-model.md explains it).
 * Pure zod, no Astro virtual modules, so the same schemas run in the build, in
 * `npm run content:check` and in the unit tests.
 */
import { z } from 'astro/zod';

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const ITEM_KINDS = ['finding', 'conclusion', 'lesson', 'practice', 'recommendation'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const TEXT_STATUSES = ['original', 'official-translation', 'unofficial-translation'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

export const ACTOR_TYPES = [
  'national-government',
  'justice',
  'police',
  'regional-government',
  'local-government',
  'autonomous-body',
  'intersectoral-body',
  'ngo',
  'civil-society',
  'donor',
  'un-agency',
  'international-organization',
  'foreign-government',
  'academia',
  'private-sector',
  'evaluator',
  'project-unit',
  'collective',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const THEME_IDS = ['prevention', 'prosecution', 'protection', 'partnership', 'evidence'] as const;

// Plain "expected <type>" messages instead of zod's "Invalid input: …" (the path is added by the caller).
z.config({
  customError: (iss) =>
    iss.code === 'invalid_type' ? `expected ${iss.expected === 'array' ? 'a list' : `a value of type ${iss.expected}`}` : undefined,
});

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const id = z
  .string({ error: 'expected an id (lowercase kebab-case string)' })
  .regex(ID_PATTERN, { error: 'expected an id in lowercase kebab-case, e.g. "ministerio-publico"' });

const text = z.string({ error: 'expected a non-empty string' }).trim().min(1, { error: 'expected a non-empty string' });

/** A text in both languages: a missing language is an error, never a silent gap. */
export const bilingual = z.object(
  { es: text, en: text },
  { error: 'expected an object with both "es" and "en" texts' },
);
export type Bilingual = z.infer<typeof bilingual>;

export const textStatus = z.enum(TEXT_STATUSES, {
  error: `expected one of ${TEXT_STATUSES.join(', ')}`,
});
export const statusPair = z.object(
  { es: textStatus, en: textStatus },
  { error: 'expected a status for both "es" and "en" (original | official-translation | unofficial-translation)' },
);

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a date as YYYY-MM' });

// ---------------------------------------------------------------- registries

export const actorSchema = z.strictObject({
  id,
  name: bilingual,
  acronym: z.string().min(1).nullable().default(null),
  aliases: z.array(text).default([]),
  type: z.enum(ACTOR_TYPES, { error: `expected one of ${ACTOR_TYPES.join(', ')}` }),
  parent: id.nullable().default(null),
  note: bilingual.optional(),
});
export type Actor = z.infer<typeof actorSchema>;

export const themeSchema = z.strictObject({
  id: z.enum(THEME_IDS, { error: `expected one of ${THEME_IDS.join(', ')}` }),
  name: bilingual,
  description: bilingual,
});
export type Theme = z.infer<typeof themeSchema>;

export const componentSchema = z.strictObject({
  id,
  project: id,
  name: bilingual,
  description: bilingual.optional(),
  themes: z.array(z.enum(THEME_IDS)).min(1, { error: 'expected at least one theme' }),
});
export type Component = z.infer<typeof componentSchema>;

export const projectSchema = z.strictObject({
  id,
  name: bilingual,
  code: text,
  donor: z.array(id).min(1),
  implementer: z.array(id).min(1),
  period: z.object({ start: yearMonth, end: yearMonth }),
  /** written for the site (not the reports' words); the UI says so */
  description: bilingual,
});
export type Project = z.infer<typeof projectSchema>;

export const glossaryEntrySchema = z.strictObject({
  term: bilingual,
  acronym: z.object({ es: z.string(), en: z.string() }).partial().optional(),
  definition: bilingual,
  note: z.union([text, bilingual]).optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

// ---------------------------------------------------------------- evaluations

export const documentSchema = z.strictObject({
  id,
  file: z.string().regex(/^[a-z0-9-]+\.(es|en)\.txt$/, { error: 'expected a file name in content/sources, e.g. x.es.txt' }),
  sha256: z.string({ error: 'expected a lowercase hex sha256 string' }).regex(/^[0-9a-f]{64}$/, { error: 'expected a lowercase hex sha256' }),
  language: z.enum(LANGS),
  kind: z.enum(['report', 'summary', 'brief']),
  title: bilingual,
});
export type SourceDocument = z.infer<typeof documentSchema>;

export const evaluationSchema = z.strictObject({
  id,
  title: bilingual,
  titleStatus: statusPair,
  /** short name for lists and search filters, e.g. "USAID/CHS 2020" */
  shortTitle: bilingual,
  project: id,
  code: text,
  donor: z.array(id).min(1),
  implementer: z.array(id).min(1),
  evaluator: z.array(id).min(1),
  /** who issued the report: the institution of its citations */
  publisher: z.array(id).min(1),
  /** the people who signed the report, as printed; the evaluating firm is `evaluator` */
  authors: z.array(z.strictObject({ family: text, given: text })).default([]),
  type: z.enum(['mid-term', 'final'], { error: 'expected mid-term or final' }),
  date: yearMonth,
  period: z.object({ start: yearMonth, end: yearMonth }),
  regions: z.array(text).min(1),
  language: z.enum(LANGS),
  documents: z.array(documentSchema).min(1),
  /** written for the site (not the reports' words); the UI says so */
  summary: bilingual,
  notes: z.array(bilingual).default([]),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

// ---------------------------------------------------------------- items

export const VERSION_PLACES = ['executive-summary', 'body', 'annex', 'template', 'summary-document', 'brief'] as const;

export const versionSchema = z.strictObject({
  place: z.enum(VERSION_PLACES, { error: `expected one of ${VERSION_PLACES.join(', ')}` }),
  document: id,
  lang: z.enum(LANGS),
  label: z.string().optional(),
  text,
  status: textStatus,
  locator: z.string().optional(),
  anchor: id.optional(),
});
export type ItemVersion = z.infer<typeof versionSchema>;

export const sourceLocatorSchema = z.strictObject(
  { document: id, section: text, locator: text, anchor: id },
  { error: 'expected the source locator {document, section, locator, anchor}' },
);

/** The one formula for an item's id (stable forever): evaluation-kind-key. */
export const itemId = (evaluation: string, kind: ItemKind, key: string) => `${evaluation}-${kind}-${key}`;

/** based-on and see-also are links the report states; inferred links are proposed by the site's editors and labelled so. */
export const RELATIONS = ['based-on', 'see-also', 'inferred'] as const;

export const itemSchema = z
  .strictObject({
    id,
    evaluation: id,
    kind: z.enum(ITEM_KINDS, { error: `expected one of ${ITEM_KINDS.join(', ')}` }),
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a short lowercase key, e.g. "1", "a", "r1"' }),
    label: text,
    title: bilingual.nullable().default(null),
    text: bilingual,
    textStatus: statusPair,
    challenge: bilingual.optional(),
    challengeStatus: statusPair.optional(),
    actors: z.array(id).default([]),
    addressees: z.array(id).default([]),
    addresseeHeading: z.string().optional(),
    components: z.array(id).min(1, { error: 'expected at least one component id' }),
    source: sourceLocatorSchema,
    versions: z.array(versionSchema).default([]),
    differences: z.array(bilingual).default([]),
    related: z.array(z.strictObject({ item: id, relation: z.enum(RELATIONS) })).default([]),
    notes: z.array(bilingual).default([]),
    recommendation: z
      .strictObject({
        criterion: z.string().optional(),
        responsibility: z.string().optional(),
        priority: z.string().optional(),
        resources: z.string().optional(),
        timeframe: z.string().optional(),
      })
      .optional(),
    template: z
      .strictObject({ anchor: id, fields: z.array(z.strictObject({ name: text, text })) })
      .optional(),
  })
  .superRefine((item, ctx) => {
    const expectedId = itemId(item.evaluation, item.kind, item.key);
    if (item.id !== expectedId) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `expected "${expectedId}" (evaluation-kind-key)` });
    }
    if (item.kind === 'recommendation' && item.addressees.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['addressees'], message: 'expected at least one addressee for a recommendation' });
    }
    if (item.kind !== 'recommendation' && item.addressees.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['addressees'], message: 'only recommendations have addressees; use "actors"' });
    }
    for (const a of item.addressees) {
      if (!item.actors.includes(a)) {
        ctx.addIssue({ code: 'custom', path: ['actors'], message: `expected the addressee "${a}" to be listed in actors too` });
      }
    }
    if (item.challenge && !item.challengeStatus) {
      ctx.addIssue({ code: 'custom', path: ['challengeStatus'], message: 'expected a status per language for the challenge text' });
    }
    const originals = (['es', 'en'] as const).filter((l) => item.textStatus[l] === 'original');
    if (originals.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['textStatus'], message: 'expected exactly one language with status "original"' });
    }
  });
export type Item = z.infer<typeof itemSchema>;

// ---------------------------------------------------------------- follow-up of recommendations

export const FOLLOW_UP_STATUSES = [
  'implemented',
  'partly-implemented',
  'not-implemented',
  'rejected',
  'rejected-then-adopted',
  'unclear',
] as const;

/**
 * What a later evaluation says became of an earlier evaluation's recommendation
 * (content/followup/<earlier evaluation>.yaml). `status` is the editors' reading; `statusText`
 * and `evidence[].text` are the assessing report's own words, `*Es` their unofficial translation.
 */
export const followUpSchema = z.strictObject({
  midtermItem: id,
  midtermLabel: text,
  midtermText: text,
  assessedIn: id,
  status: z.enum(FOLLOW_UP_STATUSES, { error: `expected one of ${FOLLOW_UP_STATUSES.join(', ')}` }),
  statusText: text,
  statusTextEs: text,
  source: sourceLocatorSchema,
  evidence: z
    .array(z.strictObject({ text, textEs: text, document: id, section: text, anchor: id }))
    .default([]),
  note: bilingual.optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** Recommendations made by the informants (ILO 2024, Annex 8): kept apart from the evaluators'. */
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

// ---------------------------------------------------------------- indicators and budget

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

// ---------------------------------------------------------------- report chapters (MDX front matter)

export const chapterSchema = z.strictObject({
  evaluation: id,
  document: id,
  title: bilingual,
  lang: z.enum(LANGS),
  /** unofficial-translation: a chapter translated for the site (e.g. an executive summary), labelled so */
  textStatus: textStatus,
  part: z.enum(['front', 'summary', 'body', 'annex']),
  summary: z.boolean().default(false),
});
export type ChapterMeta = z.infer<typeof chapterSchema>;

// ---------------------------------------------------------------- translations of report chapters

/**
 * Front matter of a chapter's translation (content/translations/<evaluation>/<chapter>.<lang>.mdx).
 * The body repeats the chapter's passages, with the same anchors in the same order, translated
 * for the site (unofficial). Passages whose text in this language the report itself prints
 * elsewhere are mapped in `fromReport`; passages left in the original say why in `untranslated`.
 */
export const translationSchema = z.strictObject({
  evaluation: id,
  /** the original chapter's file name without ".mdx", e.g. "08-hallazgos" */
  chapter: z.string().regex(/^\d+[a-z]?-[a-z0-9-]+$/, { error: 'expected the chapter file name without .mdx, e.g. "08-hallazgos"' }),
  lang: z.enum(LANGS, { error: 'expected es or en' }),
  /** passage id → fingerprint of the original passage the translation was made from (npm run translations -- stamp) */
  fingerprints: z.record(z.string(), z.string().regex(/^[0-9a-f]{12}$/, { error: 'expected a 12-digit hex fingerprint' })).default({}),
  /** passage id → id of the passage that prints this text in this language elsewhere in the report */
  fromReport: z.record(z.string(), id).default({}),
  /** passage id → why it is shown in the original language only (e.g. a list of names) */
  untranslated: z.record(z.string(), text).default({}),
  /** passage id → why its figures differ from the original's (the check compares every number) */
  numbersDiffer: z.record(z.string(), text).default({}),
  /** anchor once published on this language's page → the passage it is now (the page keeps the old id as a link target) */
  formerAnchors: z.record(z.string(), id).default({}),
});
export type TranslationMeta = z.infer<typeof translationSchema>;
