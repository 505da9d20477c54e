import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { z as Z } from 'astro/zod';
import { textFilesLoader, yamlListLoader } from './content/loaders';
import { CONTENT_PATHS } from './content/paths';
import { YAML_COLLECTIONS as Y } from './content/collections';

// Schemas: src/content/model.ts (one file per collection in src/content/schema/); the YAML
// collections' table: src/content/collections.ts; cross-collection checks: src/content/integrity.ts.
// Chapters, translations and sources are text: src/report/ parses and checks them.
const yaml = <S extends Z.ZodType>(c: { path: string; schema: S; idOf?: (e: Record<string, unknown>) => string }) =>
  defineCollection({ loader: yamlListLoader(c.path, c.schema, c.idOf), schema: c.schema });
const text = (path: string, ext: string | RegExp, depth: 1 | 2) => defineCollection({ loader: textFilesLoader(path, ext, depth), schema: z.object({}) });

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
  redirects: yaml(Y.redirects),
  threads: yaml(Y.threads),
  chapters: text(CONTENT_PATHS.reports, '.mdx', 2),
  translations: text(CONTENT_PATHS.translations, '.mdx', 2),
  // the sources and their checksums (SHA256SUMS, checked in src/content/integrity.ts)
  sources: text(CONTENT_PATHS.sources, /(\.txt|^SHA256SUMS)$/, 1),
};
