/**
 * Content-layer loader for YAML lists spread over one or more files (items are one file per
 * evaluation, actors one file). Astro's file() loader takes a single file and glob() one entry
 * per file; this keeps one file per evaluation and still reports file, entry and field on error.
 */
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { readYamlEntries, yamlFiles } from './yaml-entries';

export function yamlListLoader(
  path: string,
  schema: z.ZodType,
  idOf: (entry: Record<string, unknown>) => string = (e) => String(e.id),
): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, config, parseData, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const abs = resolve(root, path);
      const files = yamlFiles(abs);
      // Throws ContentError with every problem: the build stops here.
      const entries = readYamlEntries(files, schema, root);
      store.clear();
      for (const { data, file } of entries) {
        const entry = data as Record<string, unknown>;
        const id = idOf(entry);
        const parsed = await parseData({ id, data: entry, filePath: file });
        store.set({ id, data: parsed, filePath: file, digest: generateDigest(entry) });
      }
      watcher?.add(abs);
    },
  };
}
