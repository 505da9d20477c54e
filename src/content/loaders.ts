/**
 * Content-layer loaders for the library's files. YAML lists may span several files (items are
 * one file per evaluation) and are validated entry by entry with file, entry and field on error;
 * report chapters, translations and sources are kept as text (src/report/ parses them). Every
 * loader watches its files in `astro dev`: an edit reloads the collection.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve, sep } from 'node:path';
import { readYamlEntries, yamlFiles } from './yaml-entries';

function watch(ctx: LoaderContext, abs: string, reload: () => Promise<void>): void {
  if (!ctx.watcher) return;
  ctx.watcher.add(abs);
  const inside = (p: string) => p === abs || p.startsWith(abs + sep);
  const onEvent = async (p: string) => {
    if (!inside(p)) return;
    ctx.logger.info(`reloading ${relative(fileURLToPath(ctx.config.root), p)}`);
    await reload();
  };
  ctx.watcher.on('change', onEvent);
  ctx.watcher.on('add', onEvent);
  ctx.watcher.on('unlink', onEvent);
}

export function yamlListLoader(path: string, schema: z.ZodType, idOf: (entry: Record<string, unknown>) => string = (e) => String(e.id)): Loader {
  return {
    name: 'yaml-list-loader',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const abs = resolve(root, path);
      const sync = async () => {
        // throws ContentError with every problem: the build stops here
        const entries = readYamlEntries(yamlFiles(abs), schema, root);
        ctx.store.clear();
        for (const { data, file } of entries) {
          const entry = data as Record<string, unknown>;
          const id = idOf(entry);
          const parsed = await ctx.parseData({ id, data: entry, filePath: file });
          ctx.store.set({ id, data: parsed, filePath: file, digest: ctx.generateDigest(entry) });
        }
      };
      await sync();
      watch(ctx, abs, sync);
    },
  };
}

/** Files kept as text: `<dir>/<folder>/<name><ext>` (depth 2) or `<dir>/<name><ext>` (depth 1). */
export function textFilesLoader(path: string, ext: string, depth: 1 | 2): Loader {
  return {
    name: 'text-files-loader',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const abs = resolve(root, path);
      const sync = async () => {
        ctx.store.clear();
        if (!existsSync(abs)) return;
        const files: string[] = [];
        for (const f of readdirSync(abs).sort()) {
          const p = join(abs, f);
          if (depth === 1 && f.endsWith(ext)) files.push(p);
          if (depth === 2 && statSync(p).isDirectory()) for (const g of readdirSync(p).sort()) if (g.endsWith(ext)) files.push(join(p, g));
        }
        for (const p of files) {
          const file = relative(root, p).split(sep).join('/');
          const body = readFileSync(p, 'utf8');
          const id = depth === 1 ? file.split('/').pop()! : file;
          ctx.store.set({ id, data: {}, body, filePath: file, digest: ctx.generateDigest(body) });
        }
      };
      await sync();
      watch(ctx, abs, sync);
    },
  };
}
