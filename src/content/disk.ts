/**
 * Loads and checks a content folder straight from disk, with the same schemas and integrity
 * checks the build applies: used by `npm run content:check` and by the tests (including the
 * fixtures of bad content), without starting Astro.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { chapterSchema, type Actor, type GlossaryEntry } from './model';
import { YAML_COLLECTIONS, type YamlCollectionName } from './collections';
import { CONTENT_PATHS } from './paths';
import { ContentError, readYamlEntries, yamlFiles } from './yaml-entries';
import { checkIntegrity, chapterSlug, type Chapter, type RawLibrary } from './integrity';

function readChapters(root: string): Chapter[] {
  const base = join(root, CONTENT_PATHS.reports);
  if (!existsSync(base)) return [];
  const problems: string[] = [];
  const chapters: Chapter[] = [];
  for (const evaluation of readdirSync(base).sort()) {
    const dir = join(base, evaluation);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.mdx')).sort()) {
      const file = join(dir, f);
      const rel = relative(root, file);
      const raw = readFileSync(file, 'utf8');
      const m = raw.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
      if (!m) {
        problems.push(`${rel}: expected YAML front matter between --- lines`);
        continue;
      }
      const parsed = chapterSchema.safeParse(parse(m[1]));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${rel}, field ${issue.path.join('.') || '(front matter)'}: ${issue.message}`);
        continue;
      }
      const { order, slug } = chapterSlug(f);
      chapters.push({ id: `${evaluation}/${f.replace(/\.mdx$/, '')}`, slug, order, file: rel, data: parsed.data, body: m[2] });
    }
  }
  if (problems.length) throw new ContentError(problems);
  return chapters;
}

function readSources(root: string): Map<string, string> {
  const dir = join(root, CONTENT_PATHS.sources);
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir)) if (f.endsWith('.txt')) out.set(f, readFileSync(join(dir, f), 'utf8'));
  return out;
}

/** Read every collection under `root` (a project or fixture folder); throws ContentError listing all problems. */
export function loadLibraryFromDisk(root: string): RawLibrary {
  const problems: string[] = [];
  const read = (name: YamlCollectionName) => {
    const c = YAML_COLLECTIONS[name];
    try {
      return readYamlEntries(yamlFiles(join(root, c.path)), c.schema, root).map((e) => ({ data: e.data, file: e.file }));
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
      return [];
    }
  };
  const lib = {
    ...(Object.fromEntries((Object.keys(YAML_COLLECTIONS) as YamlCollectionName[]).map((name) => [name, read(name)])) as Omit<RawLibrary, 'chapters' | 'sources'>),
    chapters: [] as Chapter[],
    sources: readSources(root),
  } satisfies RawLibrary;
  try {
    lib.chapters = readChapters(root);
  } catch (e) {
    if (e instanceof ContentError) problems.push(...e.problems);
    else throw e;
  }
  if (problems.length) throw new ContentError(problems);
  checkIntegrity(lib);
  return lib;
}

/** The actor registry and glossary only (what the translation checks need), without the integrity pass. */
export function loadRegistries(root: string): { actors: Actor[]; glossary: GlossaryEntry[] } {
  const read = <T,>(name: 'actors' | 'glossary') => readYamlEntries(yamlFiles(join(root, YAML_COLLECTIONS[name].path)), YAML_COLLECTIONS[name].schema, root).map((e) => e.data as T);
  return { actors: read<Actor>('actors'), glossary: read<GlossaryEntry>('glossary') };
}
