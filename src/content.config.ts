import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { yamlListLoader } from './content/loaders';
import { chapterSchema } from './content/model';
import { CONTENT_PATHS } from './content/paths';
import { YAML_COLLECTIONS as Y } from './content/collections';

// Schemas live in ./content/model.ts, the YAML collections' table in ./content/collections.ts,
// cross-collection checks in ./content/integrity.ts.
const yaml = <S extends z.ZodType>(c: { path: string; schema: S; idOf?: (e: Record<string, unknown>) => string }) =>
  defineCollection({ loader: yamlListLoader(c.path, c.schema, c.idOf), schema: c.schema });

export const collections = {
  actors: yaml(Y.actors),
  themes: yaml(Y.themes),
  components: yaml(Y.components),
  projects: yaml(Y.projects),
  evaluations: yaml(Y.evaluations),
  items: yaml(Y.items),
  glossary: yaml(Y.glossary),
  indicators: yaml(Y.indicators),
  budget: yaml(Y.budget),
  followUps: yaml(Y.followUps),
  informantRecommendations: yaml(Y.informantRecommendations),
  chapters: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: CONTENT_PATHS.reports }),
    schema: chapterSchema,
  }),
};
