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
import { ContentError, draftRefused, readYamlCollection, yamlFiles, type DraftEntry } from './yaml-entries';

// one listener per watcher and path: Astro may run a loader again (a config change), and a stale
// listener would write into the store of the previous run
const reloads = new WeakMap<object, Map<string, () => Promise<void>>>();

function watch(ctx: LoaderContext, abs: string, reads: (file: string) => boolean, reload: () => Promise<void>): void {
  if (!ctx.watcher) return;
  let byPath = reloads.get(ctx.watcher);
  if (!byPath) reloads.set(ctx.watcher, (byPath = new Map()));
  const known = byPath.has(abs);
  byPath.set(abs, reload);
  if (known) return;
  ctx.watcher.add(abs);
  // the files the loader reads (not an editor's temporary files beside them)
  const inside = (p: string) => p === abs || (p.startsWith(abs + sep) && reads(p));
  const onEvent = async (p: string) => {
    if (!inside(p)) return;
    ctx.logger.info(`reloading ${relative(fileURLToPath(ctx.config.root), p)}`);
    try {
      await byPath.get(abs)!();
    } catch (e) {
      // keep serving the last good content and say what is wrong (an unhandled rejection would hide it)
      if (e instanceof ContentError) ctx.logger.error(e.message);
      else throw e;
    }
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
        const { entries, drafts } = readYamlCollection(yamlFiles(abs), schema, root);
        const where = (d: DraftEntry) => `${d.file}: entry "${d.id}"`;
        if (drafts.length && process.env.SITE_URL) throw new ContentError(drafts.map((d) => draftRefused(where(d))));
        for (const d of drafts) ctx.logger.warn(`draft (not published): ${where(d)}`);
        ctx.store.clear();
        for (const { data, file } of entries) {
          const entry = data as Record<string, unknown>;
          const id = idOf(entry);
          const parsed = await ctx.parseData({ id, data: entry, filePath: file });
          ctx.store.set({ id, data: parsed, filePath: file, digest: ctx.generateDigest(entry) });
        }
      };
      await sync();
      watch(ctx, abs, (p) => /\.ya?ml$/.test(p), sync);
    },
  };
}

/** Files kept as text: `<dir>/<folder>/<name>` (depth 2) or `<dir>/<name>` (depth 1), names ending in `ext` or matching it. */
export function textFilesLoader(path: string, ext: string | RegExp, depth: 1 | 2): Loader {
  const wanted = (f: string) => (typeof ext === 'string' ? f.endsWith(ext) : ext.test(f));
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
          if (depth === 1 && wanted(f)) files.push(p);
          if (depth === 2 && statSync(p).isDirectory()) for (const g of readdirSync(p).sort()) if (wanted(g)) files.push(join(p, g));
        }
        for (const p of files) {
          const file = relative(root, p).split(sep).join('/');
          const body = readFileSync(p, 'utf8');
          const id = depth === 1 ? file.split('/').pop()! : file;
          ctx.store.set({ id, data: {}, body, filePath: file, digest: ctx.generateDigest(body) });
        }
      };
      await sync();
      watch(ctx, abs, (p) => wanted(p.split(sep).pop()!), sync);
    },
  };
}
