/**
 * The YAML collections of the library: where each lives and its schema. The build
 * (src/content.config.ts) and the disk loader (src/content/disk.ts) both read this table.
 */
import {
  actorSchema,
  budgetLineSchema,
  componentSchema,
  evaluationSchema,
  followUpSchema,
  glossaryEntrySchema,
  indicatorSchema,
  informantRecommendationSchema,
  chapterRedirectSchema,
  itemSchema,
  projectSchema,
  themeSchema,
  threadSchema,
} from './model';
import { CONTENT_PATHS } from './paths';
import { slugify } from '../lib/slugify';

type IdOf = (entry: Record<string, unknown>) => string;

export const YAML_COLLECTIONS = {
  actors: { path: CONTENT_PATHS.actors, schema: actorSchema },
  themes: { path: CONTENT_PATHS.themes, schema: themeSchema },
  components: { path: CONTENT_PATHS.components, schema: componentSchema },
  projects: { path: CONTENT_PATHS.projects, schema: projectSchema },
  evaluations: { path: CONTENT_PATHS.evaluations, schema: evaluationSchema },
  items: { path: CONTENT_PATHS.items, schema: itemSchema },
  // glossary entries have no id: their English term gives one
  glossary: { path: CONTENT_PATHS.glossary, schema: glossaryEntrySchema, idOf: ((e) => slugify((e.term as { en: string }).en)) as IdOf },
  indicators: { path: CONTENT_PATHS.indicators, schema: indicatorSchema },
  budget: { path: CONTENT_PATHS.budget, schema: budgetLineSchema },
  // one follow-up per recommendation
  followUps: { path: CONTENT_PATHS.followUp, schema: followUpSchema, idOf: ((e) => String(e.item)) as IdOf },
  informantRecommendations: { path: CONTENT_PATHS.informantRecommendations, schema: informantRecommendationSchema },
  threads: { path: CONTENT_PATHS.threads, schema: threadSchema },
  redirects: { path: CONTENT_PATHS.redirects, schema: chapterRedirectSchema, idOf: ((e) => `${e.evaluation}/${e.chapter}`) as IdOf },
} as const;

export type YamlCollectionName = keyof typeof YAML_COLLECTIONS;
