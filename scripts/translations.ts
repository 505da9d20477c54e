/**
 * npm run translations -- <command>: the translators' tool (docs/translation.md).
 *   skeleton <evaluation> <chapter> <lang>   write content/translations/<evaluation>/<chapter>.<lang>.mdx
 *                                            with the chapter's passages to translate in place
 *   check [file|evaluation ...]              check translations against their chapters (exit 1 on problems)
 *   stamp <file> [--refresh id,id]           record the fingerprint of the original of every translated
 *                                            passage that has none (or of the ids given, once redone)
 *   status [evaluation]                      how much of each chapter is translated, and what is outdated
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadRegistries } from '../src/content/disk';
import { LANGS, type Lang } from '../src/content/model';
import { readWorkspace, translationPath } from '../src/report/workspace';
import { splitFrontMatter } from '../src/report/parse';

const root = resolve('.');
const [command, ...args] = process.argv.slice(2);
const registries = loadRegistries(root);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (command === 'skeleton') {
  const [evaluation, chapter, lang] = args;
  if (!evaluation || !chapter || !LANGS.includes(lang as Lang)) fail('usage: npm run translations -- skeleton <evaluation> <chapter file without .mdx> <es|en>');
  const ws = readWorkspace(root, registries, { evaluation });
  const ch = ws.chapters.find((c) => c.stem === chapter);
  if (!ch) fail(`no chapter content/reports/${evaluation}/${chapter}.mdx`);
  if (ch.meta.lang === lang) fail(`${ch.file} is already in ${lang}`);
  const out = translationPath(root, evaluation, chapter, lang as Lang);
  if (existsSync(out) && !args.includes('--force')) fail(`${relative(root, out)} exists (use --force to overwrite)`);
  const blocks: string[] = [];
  for (const p of ch.structure.passages) blocks.push(p.kind === 'table' || p.kind === 'quote' ? `[#${p.id}]\n\n${p.source}` : p.source);
  const front = { evaluation, chapter, lang, fingerprints: {}, fromReport: {}, untranslated: {}, numbersDiffer: {} };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `---\n${stringify(front)}---\n\n${blocks.join('\n\n')}\n`);
  console.log(`wrote ${relative(root, out)}: ${ch.structure.passages.length} passages to translate in place`);
} else if (command === 'check' || command === 'status') {
  const ws = readWorkspace(root, registries);
  const wanted = (f: string) => !args.length || args.some((a) => f.includes(a));
  const problems = ws.problems.filter(wanted);
  const warnings = ws.warnings.filter(wanted);
  if (command === 'status') {
    for (const c of ws.chapters.filter((c) => wanted(c.file))) {
      const other = LANGS.find((l) => l !== c.meta.lang)!;
      const t = ws.translations.find((x) => x.chapter === c);
      const n = c.structure.passages.length;
      if (!t) {
        console.log(`${c.file}  ${other}: not started (${n} passages)`);
        continue;
      }
      const counts: Record<string, number> = {};
      for (const a of t.checked.aligned.values()) counts[a.status] = (counts[a.status] ?? 0) + 1;
      console.log(`${c.file}  ${other}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')} of ${n}`);
    }
  }
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const p of problems) console.error(p);
  console.log(`${problems.length} problem(s), ${warnings.length} warning(s)`);
  if (problems.length) process.exit(1);
} else if (command === 'stamp') {
  const [file] = args;
  if (!file) fail('usage: npm run translations -- stamp <file> [--refresh id,id]');
  const refreshIdx = args.indexOf('--refresh');
  const refresh = new Set(refreshIdx >= 0 ? (args[refreshIdx + 1] ?? '').split(',') : []);
  const ws = readWorkspace(root, registries);
  const t = ws.translations.find((x) => resolve(x.file) === resolve(file));
  if (!t) fail(`${file} is not a readable translation file:\n${ws.problems.filter((p) => p.startsWith(relative(root, resolve(file)))).join('\n')}`);
  // stamp only passages whose structure checks pass: a fingerprint says "this translates that"
  const bad = new Set(t.checked.problems.filter((p) => p.passage && !p.unstamped).map((p) => p.passage));
  let stamped = 0;
  for (const p of t.structure.passages) {
    if (!p.id || bad.has(p.id)) continue;
    const o = t.chapter.structure.byId.get(p.id);
    if (!o) continue;
    if (!t.meta.fingerprints[p.id] || refresh.has(p.id)) {
      t.meta.fingerprints[p.id] = o.fingerprint;
      stamped++;
    }
  }
  const raw = readFileSync(file, 'utf8');
  const { body } = splitFrontMatter(file, raw);
  writeFileSync(file, `---\n${stringify(t.meta)}---\n${body.startsWith('\n') ? '' : '\n'}${body}`);
  console.log(`stamped ${stamped} passage(s); ${bad.size} with problems left unstamped (npm run translations -- check ${file})`);
} else {
  fail('usage: npm run translations -- skeleton|check|stamp|status … (see scripts/translations.ts)');
}
