/** File-system helpers for the benchmark: sizes, walks, and a node_modules that points at the project's. */
import { existsSync, lstatSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const MiB = 1024 * 1024;

/** Every file under `dir` (recursive), as absolute paths. */
export function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Total size in bytes of the files under `dir`. */
export function dirBytes(dir: string): number {
  return walk(dir).reduce((s, f) => s + statSync(f).size, 0);
}

/**
 * node_modules for a temporary project: a real folder whose entries are symlinks to the project's
 * node_modules entries. The packages are the project's (same Astro, same Pagefind), but the caches
 * Astro and Vite write under node_modules (.astro, .vite) stay in the temporary folder, so every
 * benchmark build starts cold and the project's own caches are never touched.
 */
export function linkNodeModules(projectRoot: string, target: string): void {
  const src = join(projectRoot, 'node_modules');
  const dst = join(target, 'node_modules');
  mkdirSync(dst, { recursive: true });
  for (const name of readdirSync(src)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue; // caches: keep them per run
    if (name === '.bin') {
      // .bin holds relative symlinks (../astro/…): recreate them as links to the project's .bin entries
      const binDst = join(dst, '.bin');
      mkdirSync(binDst, { recursive: true });
      for (const b of readdirSync(join(src, '.bin'))) symlinkSync(join(src, '.bin', b), join(binDst, b));
      continue;
    }
    const p = join(src, name);
    if (name.startsWith('@') && lstatSync(p).isDirectory()) {
      // scoped packages: link each package, so the scope folder is ours too
      mkdirSync(join(dst, name), { recursive: true });
      for (const s of readdirSync(p)) symlinkSync(join(p, s), join(dst, name, s));
      continue;
    }
    symlinkSync(p, join(dst, name));
  }
}
