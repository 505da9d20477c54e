/** Evaluations and their source documents: schema and checks (actors, project, sha256 of every source). */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { LANGS, bilingual, id, needActors, statusPair, text, where, yearMonth, type CheckContext, type Entry } from './common';

export const documentSchema = z.strictObject({
  id,
  file: z.string().regex(/^[a-z0-9-]+\.(es|en)\.txt$/, { error: 'expected a file name in content/sources, e.g. x.es.txt' }),
  sha256: z.string({ error: 'expected a lowercase hex sha256 string' }).regex(/^[0-9a-f]{64}$/, { error: 'expected a lowercase hex sha256' }),
  language: z.enum(LANGS),
  kind: z.enum(['report', 'summary', 'brief']),
  title: bilingual,
});
export type SourceDocument = z.infer<typeof documentSchema>;

export const evaluationSchema = z.strictObject({
  id,
  title: bilingual,
  titleStatus: statusPair,
  /** short name for lists and search filters, e.g. "USAID/CHS 2020" */
  shortTitle: bilingual,
  project: id,
  /** the award or project code the report prints: not a report number (none of the reports has one) */
  code: text,
  /** what `code` is: a donor's award ("Convenio AID-527-A-14-00004") or an implementer's project code ("PER/17/51/USA") */
  codeKind: z.enum(['award', 'project'], { error: 'expected award or project' }),
  /** the place of publication, only where the report prints it (ISO 690 prints "S.l." otherwise) */
  publisherPlace: text.optional(),
  donor: z.array(id).min(1),
  implementer: z.array(id).min(1),
  evaluator: z.array(id).min(1),
  /** who issued the report: the institution of its citations */
  publisher: z.array(id).min(1),
  /** the people who signed the report, as printed; the evaluating firm is `evaluator` */
  authors: z.array(z.strictObject({ family: text, given: text })).default([]),
  type: z.enum(['mid-term', 'final'], { error: 'expected mid-term or final' }),
  date: yearMonth,
  period: z.object({ start: yearMonth, end: yearMonth }),
  regions: z.array(text).min(1),
  language: z.enum(LANGS),
  documents: z.array(documentSchema).min(1),
  /** written for the site (not the reports' words); the UI says so */
  summary: bilingual,
  notes: z.array(bilingual).default([]),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export function checkEvaluations(ctx: CheckContext, evaluations: Entry<Evaluation>[], sources: Map<string, string>): void {
  for (const e of evaluations) {
    const at = where(e);
    if (!ctx.projectIds.has(e.data.project)) ctx.problems.push(`${at}, field project: unknown project "${e.data.project}"; expected an id in content/projects.yaml`);
    needActors(ctx, at, 'donor', e.data.donor);
    needActors(ctx, at, 'implementer', e.data.implementer);
    needActors(ctx, at, 'evaluator', e.data.evaluator);
    needActors(ctx, at, 'publisher', e.data.publisher);
    e.data.documents.forEach((d, i) => {
      const raw = sources.get(d.file);
      if (raw === undefined) {
        ctx.problems.push(`${at}, field documents[${i}].file: "${d.file}" not found; expected a file in content/sources`);
        return;
      }
      const sha = createHash('sha256').update(raw, 'utf8').digest('hex');
      if (sha !== d.sha256) ctx.problems.push(`${at}, field documents[${i}].sha256: expected ${sha} (the hash of content/sources/${d.file}), found ${d.sha256}`);
    });
  }
}

export const CHECKSUMS_FILE = 'SHA256SUMS';

/**
 * content/sources/SHA256SUMS (as `sha256sum *.txt` prints it, run in content/sources) lists every
 * source with its hash: a line per file, no other file, each hash the file's own.
 */
export function checkSourceSums(ctx: CheckContext, checksums: string | undefined, sources: Map<string, string>, dir = 'content/sources'): void {
  const file = `${dir}/${CHECKSUMS_FILE}`;
  if (checksums === undefined) {
    if (sources.size) ctx.problems.push(`${file}: missing; expected one line "<sha256>  <file>" per source (run sha256sum *.txt > ${CHECKSUMS_FILE} in ${dir})`);
    return;
  }
  const listed = new Map<string, number>();
  checksums.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const at = `${file}:${i + 1}`;
    const m = line.match(/^([0-9a-f]{64}) [ *](.+)$/);
    if (!m) {
      ctx.problems.push(`${at}: "${line.length > 100 ? `${line.slice(0, 97)}...` : line}" is not a checksum line; expected "<64 lowercase hex digits>  <file name>", as sha256sum prints it`);
      return;
    }
    const [, sha, name] = m;
    if (listed.has(name)) {
      ctx.problems.push(`${at}: "${name}" is already listed on line ${listed.get(name)}; expected one line per file`);
      return;
    }
    listed.set(name, i + 1);
    const raw = sources.get(name);
    if (raw === undefined) {
      ctx.problems.push(`${at}: "${name}" not found in ${dir}; expected a line for each source there and for no other file`);
      return;
    }
    const actual = createHash('sha256').update(raw, 'utf8').digest('hex');
    if (actual !== sha) ctx.problems.push(`${at}: "${name}" has sha256 ${actual}, the line says ${sha}; expected the hash of the file as it is (a source is never edited; if it was replaced on purpose, update its line and the evaluation's documents[].sha256)`);
  });
  for (const name of [...sources.keys()].sort()) {
    if (!listed.has(name)) ctx.problems.push(`${dir}/${name}: not listed in ${file}; expected its line (run sha256sum ${name} >> ${CHECKSUMS_FILE} in ${dir})`);
  }
}
