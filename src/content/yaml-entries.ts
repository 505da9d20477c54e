/**
 * Reads YAML files that each hold a list of entries, validates every entry against a schema and
 * reports problems as "file: entry "id" (#n), field a.b: expectation". Used by the Astro loader
 * (src/content/loaders.ts), by `npm run content:check` and by the tests, so all three see the
 * same errors.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

export interface Located<T> {
  data: T;
  file: string;
  index: number;
}

/** Files matching `*.yaml` in a folder (sorted), or the single file given. Missing folder → []. */
export function yamlFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(path, f));
}

function formatPath(path: PropertyKey[]): string {
  return path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(entry)';
}

/** ", found: <value>" for an error message, when the entry has a value at that path. */
function found(raw: unknown, path: PropertyKey[]): string {
  let v: unknown = raw;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return '';
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  if (v === undefined) return ' (missing)';
  const s = JSON.stringify(v);
  return ` (found ${s.length > 60 ? s.slice(0, 57) + '...' : s})`;
}

export function describeEntry(file: string, index: number, raw: unknown, root: string): string {
  const rid = raw && typeof raw === 'object' && 'id' in raw ? ` "${String((raw as { id: unknown }).id)}"` : '';
  return `${relative(root, file) || file}: entry${rid} (#${index + 1})`;
}

/**
 * Parse and validate every entry of every file. Throws a ContentError listing all problems
 * (not just the first), including duplicate ids across files.
 */
export function readYamlEntries<S extends z.ZodType>(
  paths: string[],
  schema: S,
  root: string = process.cwd(),
): Located<z.output<S>>[] {
  const problems: string[] = [];
  const out: Located<z.output<S>>[] = [];
  const seen = new Map<string, string>();
  for (const file of paths) {
    const rel = relative(root, file) || file;
    let doc: unknown;
    try {
      doc = parse(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push(`${rel}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    // A file holds a list of entries, or a single entry (one evaluation per file).
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) doc = [doc];
    if (!Array.isArray(doc)) {
      problems.push(`${rel}: expected a YAML list of entries (or one entry) at the top level`);
      continue;
    }
    doc.forEach((raw, index) => {
      const where = describeEntry(file, index, raw, root);
      const result = schema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push(`${where}, field ${formatPath(issue.path)}: ${issue.message}${found(raw, issue.path)}`);
        }
        return;
      }
      const data = result.data as { id?: string };
      const key = data.id ?? (raw as { id?: string })?.id;
      if (key !== undefined) {
        const prev = seen.get(key);
        if (prev) {
          problems.push(`${where}, field id: duplicate id "${key}" (already defined in ${prev}); expected ids to be unique`);
          return;
        }
        seen.set(key, where);
      }
      out.push({ data: result.data, file: rel, index });
    });
  }
  if (problems.length) throw new ContentError(problems);
  return out;
}
