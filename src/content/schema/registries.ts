/** The registries: actors (institutions), themes, components, projects, glossary — schemas and checks. */
import { z } from 'astro/zod';
import { bilingual, id, needActors, text, where, yearMonth, type CheckContext, type Entry } from './common';
import { foldKey } from '../../lib/slugify';
import { normalizeForMatch } from '../fidelity';

export const ACTOR_TYPES = [
  'national-government',
  'justice',
  'police',
  'regional-government',
  'local-government',
  'autonomous-body',
  'intersectoral-body',
  'ngo',
  'civil-society',
  'donor',
  'un-agency',
  'international-organization',
  'foreign-government',
  'academia',
  'private-sector',
  'evaluator',
  'project-unit',
  'collective',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const THEME_IDS = ['prevention', 'prosecution', 'protection', 'partnership', 'evidence'] as const;

/** printed: the name as a source prints it; editors: the site's rendering or expansion (the UI says so) */
export const NAME_STATUSES = ['printed', 'editors'] as const;

export const actorSchema = z.strictObject({
  id,
  name: bilingual,
  nameStatus: z.strictObject({ es: z.enum(NAME_STATUSES), en: z.enum(NAME_STATUSES) }, { error: 'expected {es, en}, each "printed" (as a source prints it) or "editors" (the site\'s rendering)' }),
  acronym: z.string().min(1).nullable().default(null),
  aliases: z.array(text).default([]),
  type: z.enum(ACTOR_TYPES, { error: `expected one of ${ACTOR_TYPES.join(', ')}` }),
  parent: id.nullable().default(null),
  note: bilingual.optional(),
});
export type Actor = z.infer<typeof actorSchema>;

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** Whether `needle` occurs in `haystack` as whole words ("MP" is not found in "tiempo"). */
export function includesWord(haystack: string, needle: string): boolean {
  if (!needle) return false;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    if (!isWordChar(haystack[i - 1]) && !isWordChar(haystack[i + needle.length])) return true;
  }
  return false;
}

/**
 * Parents resolve; every name, acronym and alias points to one actor only (accent- and
 * case-insensitive); a name marked printed, and every alias, is found in the sources.
 */
export function checkActors(ctx: CheckContext, actors: Entry<Actor>[], printedText: string): void {
  const aliasOwner = new Map<string, string>();
  const printed = (s: string) => includesWord(printedText, foldKey(normalizeForMatch(s)));
  for (const a of actors) {
    const at = where(a);
    for (const l of ['es', 'en'] as const) {
      if (a.data.nameStatus[l] === 'printed' && !printed(a.data.name[l])) ctx.problems.push(`${at}, field name.${l}: "${a.data.name[l]}" is not printed in any source; expected a name as a source prints it, or nameStatus.${l}: editors`);
    }
    a.data.aliases.forEach((al, i) => {
      if (al !== a.data.name.es && al !== a.data.name.en && !printed(al)) ctx.problems.push(`${at}, field aliases[${i}]: "${al}" is not printed in any source; expected every alias to be a spelling the sources use`);
    });
    if (a.data.parent && !ctx.actorIds.has(a.data.parent)) {
      ctx.problems.push(`${at}, field parent: unknown actor "${a.data.parent}"; expected an id defined in content/actors.yaml`);
    }
    const names = new Set([a.data.name.es, a.data.name.en, ...(a.data.acronym ? [a.data.acronym] : []), ...a.data.aliases].map(foldKey));
    for (const n of names) {
      const owner = aliasOwner.get(n);
      if (owner && owner !== a.data.id) ctx.problems.push(`${at}, field aliases: "${n}" also names actor "${owner}"; expected every name and alias to resolve to one actor`);
      else aliasOwner.set(n, a.data.id);
    }
  }
}

export const themeSchema = z.strictObject({
  id: z.enum(THEME_IDS, { error: `expected one of ${THEME_IDS.join(', ')}` }),
  name: bilingual,
  description: bilingual,
});
export type Theme = z.infer<typeof themeSchema>;

export const componentSchema = z.strictObject({
  id,
  project: id,
  name: bilingual,
  description: bilingual.optional(),
  themes: z.array(z.enum(THEME_IDS)).min(1, { error: 'expected at least one theme' }),
});
export type Component = z.infer<typeof componentSchema>;

export function checkComponents(ctx: CheckContext, components: Entry<Component>[]): void {
  for (const c of components) {
    if (!ctx.projectIds.has(c.data.project)) ctx.problems.push(`${where(c)}, field project: unknown project "${c.data.project}"; expected an id in content/projects.yaml`);
    c.data.themes.forEach((t, i) => {
      if (!ctx.themeIds.has(t)) ctx.problems.push(`${where(c)}, field themes[${i}]: unknown theme "${t}"; expected an id in content/themes.yaml`);
    });
  }
}

export const projectSchema = z.strictObject({
  id,
  name: bilingual,
  code: text,
  donor: z.array(id).min(1),
  implementer: z.array(id).min(1),
  period: z.object({ start: yearMonth, end: yearMonth }),
  /** the actor the reports mean by "el Proyecto" / "the Project" (its team) */
  unit: id.optional(),
  /** written for the site (not the reports' words); the UI says so */
  description: bilingual,
});
export type Project = z.infer<typeof projectSchema>;

export function checkProjects(ctx: CheckContext, projects: Entry<Project>[]): void {
  for (const p of projects) {
    needActors(ctx, where(p), 'donor', p.data.donor);
    needActors(ctx, where(p), 'implementer', p.data.implementer);
    if (p.data.unit) needActors(ctx, where(p), 'unit', [p.data.unit]);
  }
}

export const glossaryEntrySchema = z.strictObject({
  term: bilingual,
  acronym: z.object({ es: z.string(), en: z.string() }).partial().optional(),
  definition: bilingual,
  note: z.union([text, bilingual]).optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/**
 * Finds the registry actors a text names, by any of their names, acronyms or aliases: whole
 * words, longest first (so "OIT-Oficinas país" is the country offices, not the ILO); acronyms
 * case-sensitively, names accent- and case-insensitively.
 */
export function actorNameIndex(actors: Actor[]): (text: string) => string[] {
  const entries: { key: string; acronym: boolean; actor: string }[] = [];
  for (const a of actors) {
    for (const n of new Set([a.name.es, a.name.en, ...(a.acronym ? [a.acronym] : []), ...a.aliases])) {
      const acronym = /^[A-ZÁÉÍÓÚÑ0-9&.-]{2,}s?$/.test(n);
      entries.push({ key: acronym ? n : foldKey(n), acronym, actor: a.id });
    }
  }
  entries.sort((x, y) => y.key.length - x.key.length);
  return (text: string) => {
    const folded = foldKey(text);
    const raw = text;
    // same length in both (foldKey only folds characters; collapse whitespace first to keep offsets aligned)
    const taken: boolean[] = [];
    const found = new Set<string>();
    for (const e of entries) {
      const hay = e.acronym ? raw.replace(/\s+/g, ' ') : folded;
      for (let i = hay.indexOf(e.key); i >= 0; i = hay.indexOf(e.key, i + 1)) {
        const before = hay[i - 1];
        const after = hay[i + e.key.length];
        const word = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
        if (word(before) || word(after)) continue;
        if (taken.slice(i, i + e.key.length).some(Boolean)) continue;
        for (let j = i; j < i + e.key.length; j++) taken[j] = true;
        found.add(e.actor);
      }
    }
    return [...found];
  };
}
