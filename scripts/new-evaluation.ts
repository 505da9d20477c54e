/**
 * npm run new:evaluation -- --id <id> --source <report.pdf|report.txt> --language <es|en> [--root <dir>]
 *
 * Drafts a new evaluation from its report (src/ingest/scaffold.ts): the source's text into
 * content/sources/ and its sha256 into SHA256SUMS, the evaluation record, the report split into
 * anchored chapters, and the candidate items with their versions — all `draft: true`. Prints what
 * it found and what needs a person; its last line is one JSON object with the counts.
 */
import { resolve } from 'node:path';
import { writeScaffold } from '../src/ingest/scaffold';
import { ContentError } from '../src/content/yaml-entries';
import type { Lang } from '../src/content/model';

const USAGE = 'usage: npm run new:evaluation -- --id <id> --source <report.pdf|report.txt> --language <es|en> [--root <dir>]';

function args(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = argv[i].match(/^--([a-z]+)(?:=(.*))?$/);
    if (!m) throw new ContentError([`unexpected argument "${argv[i]}"; ${USAGE}`]);
    out[m[1]] = m[2] ?? argv[++i] ?? '';
  }
  return out;
}

try {
  const a = args(process.argv.slice(2));
  const missing = ['id', 'source', 'language'].filter((k) => !a[k]);
  const unknown = Object.keys(a).filter((k) => !['id', 'source', 'language', 'root'].includes(k));
  if (missing.length || unknown.length) throw new ContentError([...missing.map((k) => `--${k} is missing`), ...unknown.map((k) => `--${k} is not an option`), USAGE]);
  // npm runs scripts from the project's root: paths are the caller's, relative to where npm was run
  const here = process.env.INIT_CWD ?? process.cwd();
  const root = a.root ? resolve(here, a.root) : process.cwd();
  const draft = await writeScaffold({ id: a.id, source: resolve(here, a.source), language: a.language as Lang, root });
  console.log(`Drafted ${a.id} from ${a.source} into ${root}:`);
  for (const f of draft.written.filter((f) => !f.includes('/reports/'))) console.log(`  ${f}`);
  console.log(`  content/reports/${a.id}/ (${draft.summary.chapters} chapters)`);
  console.log('\nFound:');
  for (const f of draft.found) console.log(`  - ${f}`);
  console.log('\nRepaired:');
  for (const r of draft.repaired.length ? draft.repaired : ['nothing needed repair']) console.log(`  - ${r}`);
  console.log(`\nNeeds a person (${draft.needsReview.length}):`);
  for (const r of draft.needsReview) console.log(`  - ${r}`);
  console.log('\nNext: npm run content:check (lists what is left to do in the drafts), then docs/adding-an-evaluation.md.');
  console.log(JSON.stringify(draft.summary));
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.problems.map((p) => `new:evaluation: ${p}`).join('\n'));
    process.exit(1);
  }
  throw e;
}
