import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlListLoader } from './content/loaders';
import {
  actorSchema,
  chapterSchema,
  componentSchema,
  evaluationSchema,
  followUpSchema,
  indicatorSchema,
  budgetLineSchema,
  informantRecommendationSchema,
  glossaryEntrySchema,
  itemSchema,
  projectSchema,
  themeSchema,
} from './content/model';
import { CONTENT_PATHS } from './content/paths';
import { slugify } from './lib/slugify';

// Schemas live in ./content/model.ts; cross-collection checks in ./content/integrity.ts.
export const collections = {
  actors: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.actors, actorSchema), schema: actorSchema }),
  themes: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.themes, themeSchema), schema: themeSchema }),
  components: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.components, componentSchema), schema: componentSchema }),
  projects: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.projects, projectSchema), schema: projectSchema }),
  evaluations: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.evaluations, evaluationSchema), schema: evaluationSchema }),
  items: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.items, itemSchema), schema: itemSchema }),
  glossary: defineCollection({
    loader: yamlListLoader(CONTENT_PATHS.glossary, glossaryEntrySchema, (e) => slugify((e.term as { en: string }).en)),
    schema: glossaryEntrySchema,
  }),
  indicators: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.indicators, indicatorSchema), schema: indicatorSchema }),
  budget: defineCollection({ loader: yamlListLoader(CONTENT_PATHS.budget, budgetLineSchema), schema: budgetLineSchema }),
  followUps: defineCollection({
    loader: yamlListLoader(CONTENT_PATHS.followUp, followUpSchema, (e) => String(e.midtermItem)),
    schema: followUpSchema,
  }),
  informantRecommendations: defineCollection({
    loader: yamlListLoader(CONTENT_PATHS.informantRecommendations, informantRecommendationSchema),
    schema: informantRecommendationSchema,
  }),
  chapters: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: CONTENT_PATHS.reports }),
    schema: chapterSchema,
  }),
};
