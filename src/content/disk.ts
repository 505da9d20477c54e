/**
 * Reads a content folder straight from disk into the same raw shape the build's loaders give
 * (src/content.config.ts), so `npm run content:check`, the translators' tool and the tests see
 * exactly what the build sees, without starting Astro.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKSUMS_FILE, type Actor, type GlossaryEntry } from './model';
import { YAML_COLLECTIONS, type YamlCollectionName } from './collections';
import { CONTENT_PATHS } from './paths';
import { ContentError, readYamlCollection, readYamlEntries, yamlFiles } from './yaml-entries';
import { checkIntegrity, type CheckOptions, type CheckedLibrary, type RawLibrary } from './integrity';
import { readMdxFiles } from '../report/workspace';

function readSources(root: string): { sources: Map<string, string>; checksums?: string } {
  const dir = join(root, CONTENT_PATHS.sources);
  const sources = new Map<string, string>();
  if (!existsSync(dir)) return { sources };
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) sources.set(f, readFileSync(join(dir, f), 'utf8'));
  const sums = join(dir, CHECKSUMS_FILE);
  return { sources, checksums: existsSync(sums) ? readFileSync(sums, 'utf8') : undefined };
}

/** Every collection under `root` (a project or fixture folder), unchecked; throws ContentError on schema problems. */
export function readRawLibrary(root: string): RawLibrary {
  const problems: string[] = [];
  const drafts: NonNullable<RawLibrary['drafts']> = [];
  const read = (name: YamlCollectionName) => {
    const c = YAML_COLLECTIONS[name];
    try {
      const { entries, drafts: d } = readYamlCollection(yamlFiles(join(root, c.path)), c.schema, root);
      drafts.push(...d.map((x) => ({ ...x, collection: name })));
      return entries.map((e) => ({ data: e.data, file: e.file }));
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
      return [];
    }
  };
  const lib = {
    ...(Object.fromEntries((Object.keys(YAML_COLLECTIONS) as YamlCollectionName[]).map((name) => [name, read(name)])) as Omit<RawLibrary, 'chapters' | 'translations' | 'sources' | 'checksums' | 'drafts'>),
    chapters: readMdxFiles(root, CONTENT_PATHS.reports),
    translations: readMdxFiles(root, CONTENT_PATHS.translations),
    ...readSources(root),
    drafts,
  } satisfies RawLibrary;
  if (problems.length) throw new ContentError(problems);
  return lib;
}

/** Read and check every collection under `root`; throws ContentError listing all problems. */
export function loadLibraryFromDisk(root: string, options: CheckOptions = {}): RawLibrary & { checked: CheckedLibrary } {
  const raw = readRawLibrary(root);
  return { ...raw, checked: checkIntegrity(raw, options) };
}

/** The actor registry and glossary only (what the translation checks need), without the integrity pass. */
export function loadRegistries(root: string): { actors: Actor[]; glossary: GlossaryEntry[] } {
  const read = <T,>(name: 'actors' | 'glossary') => readYamlEntries(yamlFiles(join(root, YAML_COLLECTIONS[name].path)), YAML_COLLECTIONS[name].schema, root).map((e) => e.data as T);
  return { actors: read<Actor>('actors'), glossary: read<GlossaryEntry>('glossary') };
}
