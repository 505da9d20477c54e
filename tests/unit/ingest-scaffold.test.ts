/**
 * npm run new:evaluation into a copy of the small valid library: the source and its sha256 go
 * into content/sources/, every file it writes is a draft that content:check accepts outside
 * production (listing what is left to do: only the values marked TODO) and refuses in it; it
 * overwrites nothing; the command's last line is the JSON summary.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibraryFromDisk } from '../../src/content/disk';
import { ContentError } from '../../src/content/yaml-entries';
import { writeScaffold } from '../../src/ingest/scaffold';
import { makePdf, paragraph } from '../support/pdf';
import { cleanTempDirsAfterAll, tempDir } from '../support/tmp';

cleanTempDirsAfterAll();

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'valid');

const REPORT = `EVALUACIÓN FINAL DEL PROYECTO DE PRUEBA

Diciembre 2023

RESUMEN EJECUTIVO

HALLAZGOS

1. El proyecto fortaleció la capacidad de la fiscalía para investigar casos de trata de personas.

RECOMENDACIONES

PARA GOBIERNO

1. Crear un sistema único de seguimiento de víctimas que integre los registros del Ministerio Público.

HALLAZGOS

HALLAZGO 1: El proyecto fortaleció la capacidad de la fiscalía para investigar casos de trata de personas.

El texto que desarrolla el hallazgo continúa aquí con el detalle de los casos investigados.

RECOMENDACIONES

PARA GOBIERNO

1. Crear un sistema único de seguimiento de víctimas que integre los registros del Ministerio Público.
`;

function project(): { root: string; source: string } {
  const root = tempDir('scaffold-');
  cpSync(FIXTURE, root, { recursive: true });
  const source = join(root, 'Informe final.txt');
  writeFileSync(source, REPORT);
  return { root, source };
}

const load = (root: string, production = false) => {
  try {
    return { lib: loadLibraryFromDisk(root, { production }), problems: [] as string[] };
  } catch (e) {
    if (e instanceof ContentError) return { lib: undefined, problems: e.problems };
    throw e;
  }
};

describe('npm run new:evaluation', () => {
  it('adds the source and its sha256, and drafts that content:check accepts outside production, listing only what a person must complete', async () => {
    const { root, source } = project();
    const draft = await writeScaffold({ id: 'demo-2023', source, language: 'es', root });
    const text = readFileSync(join(root, 'content/sources/demo-2023-report.es.txt'), 'utf8');
    expect(text).toBe(REPORT);
    const sha = createHash('sha256').update(text).digest('hex');
    expect(readFileSync(join(root, 'content/sources/SHA256SUMS'), 'utf8').trim().split('\n').at(-1)).toBe(`${sha}  demo-2023-report.es.txt`);
    expect(draft.written).toEqual(expect.arrayContaining(['content/evaluations/demo-2023.yaml', 'content/items/demo-2023.yaml', 'content/reports/demo-2023/02-resumen-ejecutivo.mdx']));
    // the record says where it came from and what to complete
    const record = readFileSync(join(root, 'content/evaluations/demo-2023.yaml'), 'utf8');
    expect(record).toMatch(/^# Informe final\.txt \(sha256 [0-9a-f]{64}\)\.$/m);
    expect(record).toMatch(/^date: 2023-12 {2}# TODO: check — guessed from "Diciembre 2023"/m);
    expect(record).toMatch(/^project: todo {2}# TODO/m);

    const { lib, problems } = load(root);
    expect(problems).toEqual([]);
    expect(lib!.evaluations.map((e) => e.data.id)).not.toContain('demo-2023');
    expect(lib!.checked.drafts).toEqual(expect.arrayContaining(['content/evaluations/demo-2023.yaml: entry "demo-2023"', 'content/items/demo-2023.yaml: entry "demo-2023-finding-1"', 'content/reports/demo-2023/03-hallazgos.mdx']));
    // texts found in the source, anchors resolved, versions consistent: what is left is the placeholders
    const left = lib!.checked.draftProblems.filter((p) => !/the placeholder "TODO|unknown (component|actor|project) "todo"/.test(p));
    expect(left).toEqual([]);
    expect(lib!.checked.draftProblems.join('\n')).toMatch(/content\/items\/demo-2023\.yaml: entry "demo-2023-recommendation-1", field text\.en: the placeholder "TODO: translate"/);
    // the recommendation's addressee is the heading's institution
    expect(readFileSync(join(root, 'content/items/demo-2023.yaml'), 'utf8')).toMatch(/addressees: \["gobierno-peru"\]/);
  }, 120_000);

  it('is refused by a production build until the drafts are done', async () => {
    const { root, source } = project();
    await writeScaffold({ id: 'demo-2023', source, language: 'es', root });
    const { problems } = load(root, true);
    expect(problems).toContainEqual(expect.stringMatching(/^content\/evaluations\/demo-2023\.yaml: entry "demo-2023", field draft: true \(work in progress, not published\); expected no drafts in a production build/));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/reports\/demo-2023\/03-hallazgos\.mdx, front matter field draft: true/));
  }, 120_000);

  it('overwrites nothing and says what it expected of its arguments', async () => {
    const { root, source } = project();
    await writeScaffold({ id: 'demo-2023', source, language: 'es', root });
    const again = await writeScaffold({ id: 'demo-2023', source, language: 'es', root }).catch((e: unknown) => e);
    expect((again as ContentError).problems).toEqual(['content/evaluations/demo-2023.yaml already exists; expected a new evaluation id', 'content/reports/demo-2023/ already exists; expected a new evaluation id']);
    const bad = await writeScaffold({ id: 'Demo 2023', source: join(root, 'nope.doc'), language: 'fr' as 'es', root }).catch((e: unknown) => e);
    expect((bad as ContentError).problems).toEqual([
      '--id "Demo 2023": expected an id in lowercase kebab-case, e.g. "unicef-trata-2025"',
      '--language "fr": expected es or en (the language of the report\'s body)',
      `--source "${join(root, 'nope.doc')}": file not found; expected a .pdf or .txt file`,
    ]);
  }, 120_000);

  it('from a PDF, writes its text as the source of record and records the PDF it came from', async () => {
    const { root } = project();
    const pdf = join(root, 'informe.pdf');
    writeFileSync(pdf, makePdf([[{ text: 'HALLAZGOS', y: 90, size: 14, bold: true }, ...paragraph(['Hallazgo 1: El proyecto fortaleció la capacidad de la fiscalía para investigar', 'casos de trata de personas.'], 120)]]));
    const draft = await writeScaffold({ id: 'demo-2023', source: pdf, language: 'es', root });
    expect(draft.summary.pages).toBe(1);
    expect(readFileSync(join(root, 'content/sources/demo-2023-report.es.txt'), 'utf8')).toBe('HALLAZGOS\n\nHallazgo 1: El proyecto fortaleció la capacidad de la fiscalía para investigar\ncasos de trata de personas.\n');
    const pdfSha = createHash('sha256').update(readFileSync(pdf)).digest('hex');
    expect(readFileSync(join(root, 'content/evaluations/demo-2023.yaml'), 'utf8')).toContain(`# informe.pdf (sha256 ${pdfSha}), whose text is content/sources/demo-2023-report.es.txt.`);
    expect(load(root).problems).toEqual([]);
  }, 120_000);

  it('prints what it found and what needs a person, and as its last line one JSON object', () => {
    const { root, source } = project();
    const run = spawnSync('npx', ['tsx', 'scripts/new-evaluation.ts', '--id', 'demo-2023', '--source', source, '--language', 'es', '--root', root], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toEqual({ chapters: 4, paragraphs: expect.any(Number), pages: null, items: { finding: 1, conclusion: 0, lesson: 0, practice: 0, recommendation: 1 }, needsReview: expect.any(Number) });
    expect(run.stdout).toMatch(/^Needs a person \(\d+\):$/m);
    expect(existsSync(join(root, 'content/reports/demo-2023/03-hallazgos.mdx'))).toBe(true);
    const bad = spawnSync('npx', ['tsx', 'scripts/new-evaluation.ts', '--id', 'demo-2023'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^new:evaluation: --source is missing$/m);
  }, 240_000);
});
