/**
 * The example evaluation of docs/examples/ (docs/adding-an-evaluation.md) added to a copy of the
 * library as a maintainer would: its files copied into content/, its project, component and
 * evaluator appended to the registries, its source's line added to SHA256SUMS. content:check's
 * function then finds no problem and no draft, the report's text is the source's, and the library
 * indexes it with the others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibraryFromDisk } from '../../src/content/disk';
import { ContentError } from '../../src/content/yaml-entries';
import { checkReportFidelity } from '../../src/content/report-fidelity';
import { indexLibrary } from '../../src/lib/library';
import { evaluationOfRoute } from '../../src/lib/incremental';
import { allRoutes } from '../../src/lib/routes';
import { urlFor } from '../../src/lib/urls';
import { LOAD_BUDGET_MS, ROOT } from '../support/library';

const EXAMPLE = join(ROOT, 'docs', 'examples', 'ejemplo-rutas-2025');
const ID = 'ejemplo-rutas-2025';

let dir: string;
let loaded: ReturnType<typeof loadLibraryFromDisk> | undefined;
let indexedLib: ReturnType<typeof indexLibrary> | undefined;
/** the library with the example, indexed once for the tests that read it */
const indexed = () => (indexedLib ??= indexLibrary(loaded!, { checked: loaded!.checked }));
let problems: string[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'example-evaluation-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(EXAMPLE, 'content'), join(dir, 'content'), { recursive: true });
  for (const f of readdirSync(join(EXAMPLE, 'append'))) appendFileSync(join(dir, 'content', f), `\n${readFileSync(join(EXAMPLE, 'append', f), 'utf8')}`);
  // as `sha256sum ejemplo-rutas-2025-report.es.txt >> SHA256SUMS`, run in content/sources
  const file = `${ID}-report.es.txt`;
  const sha = createHash('sha256').update(readFileSync(join(dir, 'content/sources', file))).digest('hex');
  appendFileSync(join(dir, 'content/sources/SHA256SUMS'), `${sha}  ${file}\n`);
  try {
    loaded = loadLibraryFromDisk(dir, { production: true });
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    problems = e.problems;
  }
}, LOAD_BUDGET_MS);
// a copy of the whole library: not left behind
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the example evaluation of docs/examples/', () => {
  it('passes every check of content:check, even a production one: no problem, no draft', () => {
    expect(problems).toEqual([]);
    expect(loaded!.checked.drafts).toEqual([]);
    expect(loaded!.evaluations.map((e) => e.data.id)).toContain(ID);
    expect(loaded!.items.filter((i) => i.data.evaluation === ID).map((i) => i.data.kind)).toEqual(['finding', 'conclusion', 'recommendation']);
  });

  it('is the source’s own words, block by block', () => {
    const report = loaded!.checked.reports.get(ID)!;
    const { checked, failures } = checkReportFidelity({ evaluations: loaded!.evaluations, sources: loaded!.sources, reports: new Map([[ID, report]]) });
    expect(checked).toBeGreaterThan(5);
    expect(failures).toEqual([]);
  });

  it('is indexed with the rest of the library: its recommendation is addressed to the Ministerio Público', () => {
    const lib = indexed();
    expect(lib.itemsByEvaluation.get(ID)).toHaveLength(3);
    expect(lib.recommendationsByAddressee.get('ministerio-publico')!.map((i) => i.id)).toContain(`${ID}-recommendation-1`);
    expect(lib.evaluations.length).toBe(new Set(loaded!.evaluations.map((e) => e.data.id)).size);
  });

  it('gets its pages from the page registry, in both languages: evaluation, report, chapters, items', () => {
    const lib = indexed();
    const routes = allRoutes(lib).filter((r) => evaluationOfRoute(r) === ID);
    const types = new Set(routes.map((r) => r.type));
    for (const t of ['evaluation', 'report', 'chapter', 'side-by-side', 'kind', 'item'] as const) expect(types, t).toContain(t);
    expect(routes.filter((r) => r.type === 'item')).toHaveLength(3);
    const es = routes.map((r) => urlFor('es', r));
    const en = routes.map((r) => urlFor('en', r));
    expect(new Set([...es, ...en]).size).toBe(2 * routes.length);
    expect(es.every((u) => u.startsWith(`/es/evaluaciones/${ID}/`))).toBe(true);
  });
});
