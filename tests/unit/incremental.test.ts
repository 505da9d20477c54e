/** The incremental build's page keys (src/lib/incremental.ts) over the real library. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cacheKeys, contentDigests, evaluationOfFile, linkedEvaluations, type DigestedEntry } from '../../src/lib/incremental';
import { allRoutes } from '../../src/lib/routes';
import { library, LOAD_BUDGET_MS, rawLibrary } from '../support/library';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Every entry of the raw library with the file it came from, as the content layer gives them. */
function entries(): DigestedEntry[] {
  const raw = rawLibrary();
  const out: DigestedEntry[] = [];
  for (const [name, list] of Object.entries(raw)) {
    if (!Array.isArray(list) || name === 'drafts') continue;
    for (const e of list as { file: string; data?: unknown; raw?: string }[]) out.push({ file: e.file, digest: sha(e.raw ?? JSON.stringify(e.data)) });
  }
  return out;
}

describe('incremental build keys', () => {
  it('assigns files to evaluations by name or folder, and the rest to no evaluation', () => {
    const ids = new Set(['ilo-alianzas-2021', 'ilo-alianzas-2024']);
    expect(evaluationOfFile('content/items/ilo-alianzas-2021.yaml', ids)).toBe('ilo-alianzas-2021');
    expect(evaluationOfFile('content/reports/ilo-alianzas-2024/03-hallazgos.mdx', ids)).toBe('ilo-alianzas-2024');
    expect(evaluationOfFile('content/translations/ilo-alianzas-2024/en/03.mdx', ids)).toBe('ilo-alianzas-2024');
    expect(evaluationOfFile('content/actors.yaml', ids)).toBe(undefined);
    expect(evaluationOfFile('content/items/ilo-alianzas-2021-k2.yaml', ids)).toBe(undefined);
  });

  it(
    'links the evaluations whose pages show each other’s content (follow-ups, related items)',
    () => {
      const lib = library();
      const links = linkedEvaluations(lib);
      // the 2024 evaluation assesses the 2021 recommendations: each page shows the other's words
      expect(links.get('ilo-alianzas-2021')?.has('ilo-alianzas-2024')).toBe(true);
      expect(links.get('ilo-alianzas-2024')?.has('ilo-alianzas-2021')).toBe(true);
      for (const [id, linked] of links) expect(linked.has(id)).toBe(true);
      // the USAID evaluation shares threads with them, but an item page shows only a thread's title
      expect([...links.get('usaid-chs-2020')!]).toEqual(['usaid-chs-2020']);
    },
    LOAD_BUDGET_MS,
  );

  it(
    'changes the keys of the changed evaluation’s pages, of its linked ones and of the library-wide pages — and no other',
    () => {
      const lib = library();
      const all = entries();
      const before = cacheKeys(lib, contentDigests(all, new Set(lib.evaluations.map((e) => e.id))));
      const routes = allRoutes(lib);
      // one chapter of the USAID report is edited
      const chapter = all.find((e) => e.file.includes('reports/usaid-chs-2020/'))!;
      const edited = all.map((e) => (e === chapter ? { ...e, digest: sha(`${e.digest}!`) } : e));
      const after = cacheKeys(lib, contentDigests(edited, new Set(lib.evaluations.map((e) => e.id))));
      const linked = linkedEvaluations(lib).get('usaid-chs-2020')!;
      let changed = 0;
      let kept = 0;
      for (const r of routes) {
        const evaluation = r.type === 'moved' ? r.old.evaluation : 'evaluation' in r ? r.evaluation : undefined;
        const expectChange = evaluation === undefined || linked.has(evaluation);
        expect(before(r) !== after(r), `${JSON.stringify(r)}`).toBe(expectChange);
        if (expectChange) changed++;
        else kept++;
      }
      // the ILO evaluations' own pages (325 today) are kept
      expect(kept).toBeGreaterThan(300);
      expect(changed).toBeGreaterThan(0);
      // a registry change (an actor's name) reaches every page
      const registry = all.find((e) => e.file.endsWith('actors.yaml'))!;
      const renamed = all.map((e) => (e === registry ? { ...e, digest: sha(`${e.digest}!`) } : e));
      const third = cacheKeys(lib, contentDigests(renamed, new Set(lib.evaluations.map((e) => e.id))));
      for (const r of routes) expect(third(r)).not.toBe(before(r));
    },
    LOAD_BUDGET_MS,
  );
});
