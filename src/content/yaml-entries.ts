/**
 * Reads YAML files that each hold a list of entries, validates every entry against a schema and
 * reports problems as "file: entry "id" (#n), field a.b: expectation". Used by the Astro loader
 * (src/content/loaders.ts), by `npm run content:check` and by the tests, so all three see the
 * same errors.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';

export class ContentError extends Error {
  /** shown by Astro under the message (its own guess would come from words such as "document") */
  readonly hint = 'Fix the files listed above; `npm run content:check` runs the same checks in seconds, without a build.';
  constructor(readonly problems: string[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
    // no stack frames: Astro would print them and take a location (":0:0") from them
    this.stack = `${this.name}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in content/`;
  }

  // Astro picks its hint by searching this string for "document" or "window" (browser APIs)
  override toString(): string {
    return `${this.name}: invalid content`;
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

/** "file:line:col: not valid YAML: why; the line reads "…"; expected …" for a YAML syntax error. */
export function yamlProblem(rel: string, text: string, e: { message: string; linePos?: [{ line: number; col: number }, ...{ line: number; col: number }[]] }, lineOffset = 0): string {
  const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
  const why = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const line = (text.split(/\r?\n/)[pos.line - 1] ?? '').trim();
  const shown = line.length > 120 ? `${line.slice(0, 117)}...` : line;
  return `${rel}:${pos.line + lineOffset}:${pos.col}: not valid YAML: ${why}; the line reads "${shown}"; expected YAML (quote a text that contains ": " or " #", indent nested fields by two spaces)`;
}

export function describeEntry(file: string, index: number, raw: unknown, root: string): string {
  const rid = raw && typeof raw === 'object' && 'id' in raw ? ` "${String((raw as { id: unknown }).id)}"` : '';
  return `${relative(root, file) || file}: entry${rid} (#${index + 1})`;
}

/**
 * An entry marked `draft: true`: work in progress (e.g. scaffolded by npm run new:evaluation).
 * Not published; its problems are listed, not errors; a production build refuses it.
 */
export interface DraftEntry {
  file: string;
  index: number;
  id: string;
  /** the entry as the schema reads it (undefined: it does not pass the schema yet, see problems) */
  data: unknown;
  problems: string[];
}

/** The problem a draft is in a production build. */
export function draftRefused(where: string): string {
  return `${where}, field draft: true (work in progress, not published); expected no drafts in a production build (SITE_URL is set): finish it and remove draft: true`;
}

/**
 * Parse and validate every entry of every file. Throws a ContentError listing all problems
 * (not just the first), including duplicate ids across files. Drafts come back apart.
 */
export function readYamlCollection<S extends z.ZodType>(
  paths: string[],
  schema: S,
  root: string = process.cwd(),
): { entries: Located<z.output<S>>[]; drafts: DraftEntry[] } {
  const problems: string[] = [];
  const out: Located<z.output<S>>[] = [];
  const drafts: DraftEntry[] = [];
  const seen = new Map<string, string>();
  for (const file of paths) {
    const rel = relative(root, file) || file;
    const text = readFileSync(file, 'utf8');
    const parsed = parseDocument(text);
    if (parsed.errors.length) {
      problems.push(...parsed.errors.map((e) => yamlProblem(rel, text, e)));
      continue;
    }
    let doc: unknown = parsed.toJS();
    // A file holds a list of entries, or a single entry (one evaluation per file).
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) doc = [doc];
    if (!Array.isArray(doc)) {
      problems.push(`${rel}: expected a YAML list of entries (or one entry) at the top level`);
      continue;
    }
    doc.forEach((entry, index) => {
      const where = describeEntry(file, index, entry, root);
      // `draft` is the library's, not the collection's: taken off before the schema reads the entry
      let raw: unknown = entry;
      let draft = false;
      if (entry && typeof entry === 'object' && 'draft' in entry) {
        const { draft: d, ...rest } = entry as Record<string, unknown>;
        if (typeof d !== 'boolean') {
          problems.push(`${where}, field draft: expected true or false${found(entry, ['draft'])}`);
          return;
        }
        raw = rest;
        draft = d;
      }
      const result = schema.safeParse(raw);
      const issues = result.success ? [] : result.error.issues.map((issue) => `${where}, field ${formatPath(issue.path)}: ${issue.message}${found(raw, issue.path)}`);
      const key = (result.success ? (result.data as { id?: string }).id : undefined) ?? (raw as { id?: string })?.id;
      if (key !== undefined) {
        const prev = seen.get(key);
        if (prev) {
          problems.push(`${where}, field id: duplicate id "${key}" (already defined in ${prev}); expected ids to be unique`);
          return;
        }
        seen.set(key, where);
      }
      if (draft) {
        drafts.push({ file: rel, index, id: String(key ?? `#${index + 1}`), data: result.success ? result.data : undefined, problems: issues });
        return;
      }
      if (!result.success) {
        problems.push(...issues);
        return;
      }
      out.push({ data: result.data, file: rel, index });
    });
  }
  if (problems.length) throw new ContentError(problems);
  return { entries: out, drafts };
}

/** The published entries of a collection (drafts left out); see readYamlCollection. */
export function readYamlEntries<S extends z.ZodType>(paths: string[], schema: S, root: string = process.cwd()): Located<z.output<S>>[] {
  return readYamlCollection(paths, schema, root).entries;
}
