/**
 * Builds a synthetic library of N evaluations in a temporary project: a copy of the project's
 * config, src/, public/ and content/, plus copies of the real evaluations under new ids until there
 * are N. Copy k of evaluation E gets the id `E-kK` (e.g. `usaid-chs-2020-k2`).
 *
 * Everything that belongs to one evaluation is replicated generically, so files added to content/
 * after this script was written are handled too:
 *   - every YAML file named `<E>.yaml` anywhere under content/ (evaluations/, items/, followup/,
 *     informant-recommendations/, indicators/, budget/…), and every folder named `<E>` (reports/<E>/);
 *   - inside them, every string value equal to an id that copy k renames is rewritten: the evaluation
 *     id itself, and the `id` of every entry of E's per-evaluation files (`E-…` → `E-kK-…`; ids that do
 *     not start with `E-` get the suffix `-kK`), former ids included. So `evaluation:`, `related[].item`, `midtermItem`,
 *     `assessedIn`… all follow, and references to an evaluation that has no copy k keep pointing at the
 *     original. Document ids are not renamed (they are unique per evaluation only), nor are anchors,
 *     texts, actors, components, themes or projects, which stay shared;
 *   - MDX/Markdown front matter: any `field: value` whose value is a renamed id;
 *   - the evaluation record's `shortTitle` gets the suffix " #k" (it is also the search filter value).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse, parseDocument, visit, isScalar } from 'yaml';
import { walk } from './fs';

export interface SynthPlan {
  real: string[];
  copies: { source: string; k: number; id: string }[];
}

/** Real evaluation ids (content/evaluations/*.yaml, by their `id` field). */
export function realEvaluations(contentDir: string): string[] {
  const dir = join(contentDir, 'evaluations');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const doc = parse(readFileSync(join(dir, f), 'utf8'));
      return String((Array.isArray(doc) ? doc[0] : doc).id);
    });
}

export function plan(real: string[], n: number): SynthPlan {
  if (n < real.length) throw new Error(`--evaluations ${n} is fewer than the ${real.length} real evaluations (${real.join(', ')})`);
  const copies: SynthPlan['copies'] = [];
  for (let i = 0; i < n - real.length; i++) {
    const source = real[i % real.length];
    const k = 2 + Math.floor(i / real.length);
    copies.push({ source, k, id: `${source}-k${k}` });
  }
  return { real, copies };
}

/** Files and folders under content/ that belong to evaluation `e` (named after it). */
function perEvaluationPaths(contentDir: string, e: string): { yaml: string[]; dirs: string[] } {
  const yaml: string[] = [];
  const dirs: string[] = [];
  const visitDir = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        if (name === e) dirs.push(p);
        else visitDir(p);
      } else if (name === `${e}.yaml` || name === `${e}.yml`) yaml.push(p);
    }
  };
  visitDir(contentDir);
  return { yaml, dirs };
}

function entryIds(file: string): string[] {
  const doc = parse(readFileSync(file, 'utf8'));
  const list = Array.isArray(doc) ? doc : doc && typeof doc === 'object' ? [doc] : [];
  // an entry's former ids are ids too: a copy's old URLs are its own, not the original's
  return list.flatMap((e: unknown) =>
    e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string'
      ? [(e as { id: string }).id, ...(((e as { formerIds?: unknown }).formerIds as string[] | undefined) ?? [])]
      : [],
  );
}

function renamedId(id: string, e: string, k: number): string {
  if (id === e) return `${e}-k${k}`;
  if (id.startsWith(`${e}-`)) return `${e}-k${k}-${id.slice(e.length + 1)}`;
  return `${id}-k${k}`;
}

function rewriteYaml(text: string, map: Map<string, string>, shortTitleSuffix?: string): string {
  const doc = parseDocument(text);
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key') return; // map keys are field names
      if (typeof node.value === 'string' && map.has(node.value)) node.value = map.get(node.value)!;
    },
  });
  if (shortTitleSuffix !== undefined) {
    for (const lang of ['es', 'en']) {
      const node = doc.getIn(['shortTitle', lang], true);
      if (isScalar(node) && typeof node.value === 'string') node.value = `${node.value}${shortTitleSuffix}`;
    }
  }
  return doc.toString({ lineWidth: 0 });
}

function rewriteFrontMatter(text: string, map: Map<string, string>): string {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  if (!m) return text;
  const fm = m[1].replace(/^(\s*[A-Za-z_][\w-]*:\s*)(["']?)([a-z0-9]+(?:-[a-z0-9]+)*)\2(\s*(?:#.*)?)$/gm, (all, pre, q, value, post) =>
    map.has(value) ? `${pre}${q}${map.get(value)}${q}${post}` : all,
  );
  return text.replace(m[1], () => fm);
}

export interface SynthResult {
  plan: SynthPlan;
  filesWritten: number;
}

/**
 * Copy the project into `dest` (config, src/, public/, content/) and add the copies of the plan.
 * `node_modules` is linked separately by the caller.
 */
export function buildSyntheticProject(projectRoot: string, dest: string, n: number): SynthResult {
  mkdirSync(dest, { recursive: true });
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(projectRoot, f))) cpSync(join(projectRoot, f), join(dest, f));
  }
  for (const d of ['src', 'public', 'content']) {
    if (existsSync(join(projectRoot, d))) cpSync(join(projectRoot, d), join(dest, d), { recursive: true });
  }
  const contentDir = join(dest, 'content');
  const real = realEvaluations(contentDir);
  const p = plan(real, n);
  let filesWritten = 0;

  const paths = new Map(real.map((e) => [e, perEvaluationPaths(contentDir, e)]));
  const ids = new Map(real.map((e) => [e, [...new Set(paths.get(e)!.yaml.filter((f) => !f.includes(`${join(contentDir, 'evaluations')}/`)).flatMap(entryIds))]]));

  const ks = [...new Set(p.copies.map((c) => c.k))];
  for (const k of ks) {
    const inCopy = p.copies.filter((c) => c.k === k).map((c) => c.source);
    // Every id that copy k renames, for all evaluations that have a copy k.
    const map = new Map<string, string>();
    for (const e of inCopy) {
      map.set(e, renamedId(e, e, k));
      for (const id of ids.get(e)!) map.set(id, renamedId(id, e, k));
    }
    for (const e of inCopy) {
      const newId = renamedId(e, e, k);
      const { yaml, dirs } = paths.get(e)!;
      for (const file of yaml) {
        const out = join(dirname(file), basename(file).replace(e, newId));
        const isEvaluationRecord = dirname(file) === join(contentDir, 'evaluations');
        writeFileSync(out, rewriteYaml(readFileSync(file, 'utf8'), map, isEvaluationRecord ? ` #${k}` : undefined));
        filesWritten++;
      }
      for (const dir of dirs) {
        const outDir = join(dirname(dir), newId);
        for (const file of walk(dir)) {
          const out = join(outDir, relative(dir, file));
          mkdirSync(dirname(out), { recursive: true });
          if (/\.(mdx|md)$/.test(file)) writeFileSync(out, rewriteFrontMatter(readFileSync(file, 'utf8'), map));
          else if (/\.ya?ml$/.test(file)) writeFileSync(out, rewriteYaml(readFileSync(file, 'utf8'), map));
          else cpSync(file, out);
          filesWritten++;
        }
      }
    }
  }
  return { plan: p, filesWritten };
}
