/**
 * The published JSON records, as schemas: the builders in ./json.ts are typed by them, and the
 * JSON Schemas published beside the data (data/schemas/<file>.schema.json) are generated from
 * them, so the files, their types and their published schemas are one definition.
 */
import { z } from 'astro/zod';
import { ITEM_KINDS, LANGS, TEXT_STATUSES, VERSION_PLACES, RELATIONS, FOLLOW_UP_STATUSES, ACTOR_TYPES, THEME_IDS, evaluationSchema, indicatorSchema, budgetLineSchema, informantRecommendationSchema, themeSchema, componentSchema } from '../../content/model';
import { PRIORITIES, TIMEFRAMES } from '../facets';
import type { DATA_JSON } from './names';

const str = z.string();
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const bi = z.strictObject({ es: str, en: str });
/** a page or passage URL per language: absolute with SITE_URL, else site-relative */
const urls = z.strictObject({ es: str, en: str });
const status = z.enum(TEXT_STATUSES);
const statusPair = z.strictObject({ es: status, en: status });
const locator = z.strictObject({ document: id, section: str, locator: str, anchor: id, url: urls });

export const itemRecord = z.strictObject({
  id,
  evaluation: id,
  kind: z.enum(ITEM_KINDS),
  label: str.describe('the label as the report prints it'),
  title: bi.nullable(),
  text: bi.describe('plain text; the main version in its language and its translation in the other'),
  textStatus: statusPair,
  challenge: bi.nullable(),
  addressees: z.array(id).describe('actors the item is directed at (actors.json ids)'),
  actors: z.array(id).describe('actors the item concerns (actors.json ids)'),
  components: z.array(id).min(1).describe('project components (components.json ids)'),
  source: locator,
  versions: z.array(
    z.strictObject({
      place: z.enum(VERSION_PLACES),
      document: id,
      lang: z.enum(LANGS),
      status,
      label: str.nullable(),
      locator: str.nullable(),
      anchor: id.nullable(),
      translationOf: id.nullable(),
      text: str,
      url: urls.nullable(),
    }),
  ),
  formerIds: z.array(id).describe('ids the item was published under before; their URLs redirect'),
  group: bi.nullable(),
  titleStatus: statusPair.nullable(),
  related: z.array(z.strictObject({ item: id, relation: z.enum(RELATIONS) })),
  recommendation: z
    .strictObject({
      criterion: str.optional(),
      responsibility: str.optional(),
      priority: str.optional(),
      resources: str.optional(),
      timeframe: str.optional(),
      priorityLevel: z.enum(PRIORITIES).nullable(),
      timeframeLevel: z.enum(TIMEFRAMES).nullable(),
    })
    .nullable(),
  followUp: z
    .strictObject({
      status: z.enum(FOLLOW_UP_STATUSES),
      assessedIn: id.nullable(),
      text: bi.nullable(),
      textStatus: statusPair.nullable(),
      source: locator.nullable(),
      /** passages of a later report on the subject: evidence, not a verdict */
      evidence: z.array(z.strictObject({ text: bi, textStatus: statusPair, document: id, section: str, anchor: id, url: urls })),
      note: bi.nullable().describe('the editors’ note'),
    })
    .nullable(),
  url: urls,
});
export type ItemRecord = z.infer<typeof itemRecord>;

export const actorRecord = z.strictObject({
  id,
  name: bi,
  acronym: str.nullable(),
  aliases: z.array(str),
  type: z.enum(ACTOR_TYPES),
  parent: id.nullable(),
  url: urls,
});
export type ActorRecord = z.infer<typeof actorRecord>;

export const componentsRecord = z.strictObject({
  themes: z.array(themeSchema),
  components: z.array(componentSchema),
});

export const evaluationRecord = evaluationSchema.extend({ url: urls });
export const informantRecommendationRecord = informantRecommendationSchema.extend({ text: bi, url: urls });

export const threadRecord = z.strictObject({
  id,
  title: bi,
  rationale: bi.describe('the editors’ synthesis, not the reports’ words'),
  items: z.array(id).min(2).describe('recommendation ids (items.json), in date order'),
  url: urls,
});
export const matrixCellRecord = z.strictObject({
  actor: id.describe('actors.json id'),
  theme: z.enum(THEME_IDS),
  recommendations: z.array(id).describe('recommendations addressed to the actor in the theme (items.json ids)'),
  items: z.array(id).describe('items of any kind concerning the actor in the theme'),
});

/** Every JSON file of the open data, with the schema of its content. */
export const JSON_RECORDS: Record<(typeof DATA_JSON)[number], z.ZodType> = {
  'items.json': z.array(itemRecord),
  'actors.json': z.array(actorRecord),
  'components.json': componentsRecord,
  'evaluations.json': z.array(evaluationRecord),
  'indicators.json': z.array(indicatorSchema),
  'budget.json': z.array(budgetLineSchema),
  'informant-recommendations.json': z.array(informantRecommendationRecord),
  'recommendation-threads.json': z.array(threadRecord),
  'actor-theme-matrix.json': z.array(matrixCellRecord),
};
export type JsonDataName = (typeof DATA_JSON)[number];

/** The JSON Schema (draft 2020-12) of a JSON file, as the content of the file (not the YAML) is. */
export function jsonSchemaOf(name: JsonDataName, baseUrl: string): object {
  const schema = z.toJSONSchema(JSON_RECORDS[name], { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' });
  return { ...schema, $id: `${baseUrl}${name.replace(/\.json$/, '.schema.json')}`, title: name };
}

