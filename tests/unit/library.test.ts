/**
 * The real library: what its reports number and state (the checks of the content model are
 * enforced when it loads; these are facts about the three evaluations), and that the report
 * chapters are the sources' own words, block by block.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReportFidelity } from '../../src/content/report-fidelity';
import { foldKey } from '../../src/lib/slugify';
import { normalizeForMatch } from '../../src/content/fidelity';
import { plainText } from '../../src/report/translations';
import type { Library } from '../../src/lib/library';
import { library, rawLibrary, LOAD_BUDGET_MS } from '../support/library';

let lib: Library;
beforeAll(() => {
  lib = library();
}, LOAD_BUDGET_MS);

const count = (evaluation: string, kind: string) => lib.items.filter((i) => i.evaluation === evaluation && i.kind === kind).length;

describe('USAID/CHS 2020', () => {
  it('has every item the report numbers: 18 findings, 8 conclusions, 9 lessons, 6 good practices, 17 recommendations', () => {
    expect([count('usaid-chs-2020', 'finding'), count('usaid-chs-2020', 'conclusion'), count('usaid-chs-2020', 'lesson'), count('usaid-chs-2020', 'practice'), count('usaid-chs-2020', 'recommendation')]).toEqual([18, 8, 9, 6, 17]);
  });
});

describe('ILO Alianzas', () => {
  it('2021 has 16 findings, 5 conclusions, 4 recommendations, 1 lesson, 3 practices; 2024 has F1–F74, R1–R9, LA1–LA2, BP1–BP4', () => {
    expect([count('ilo-alianzas-2021', 'finding'), count('ilo-alianzas-2021', 'conclusion'), count('ilo-alianzas-2021', 'recommendation'), count('ilo-alianzas-2021', 'lesson'), count('ilo-alianzas-2021', 'practice')]).toEqual([16, 5, 4, 1, 3]);
    expect([count('ilo-alianzas-2024', 'finding'), count('ilo-alianzas-2024', 'recommendation'), count('ilo-alianzas-2024', 'lesson'), count('ilo-alianzas-2024', 'practice')]).toEqual([74, 9, 2, 4]);
    const f = lib.items.filter((i) => i.evaluation === 'ilo-alianzas-2024' && i.kind === 'finding').map((i) => i.label);
    expect(f).toEqual(Array.from({ length: 74 }, (_, n) => `F${n + 1}`));
  });
  it('2021: each finding is the report’s own "Hallazgo N" statement (executive summary, para. 5), its body paragraphs located versions', () => {
    const summary = lib.reports.get('ilo-alianzas-2021')!;
    for (const it of lib.items.filter((i) => i.evaluation === 'ilo-alianzas-2021' && i.kind === 'finding')) {
      expect(it.source.anchor, it.id).toBe(`rs-hallazgo-${it.key}`);
      const passage = plainText(summary.anchors.get(it.source.anchor)!.passage.node).replace(new RegExp(`^Hallazgo ${it.key}:\\s*`), '');
      expect(normalizeForMatch(it.text.es), it.id).toBe(normalizeForMatch(passage));
      expect(it.versions.filter((v) => v.place === 'body').length, it.id).toBeGreaterThan(0);
    }
  });
  it('2024: 21 conclusions numbered as printed, each under its criterion in both languages', () => {
    const c = lib.items.filter((i) => i.evaluation === 'ilo-alianzas-2024' && i.kind === 'conclusion');
    expect(c.map((i) => i.label)).toEqual(Array.from({ length: 21 }, (_, n) => String(n + 1)));
    for (const i of c) expect(i.group?.es && i.group?.en, i.id).toBeTruthy();
    expect(c.flatMap((i) => i.formerIds)).toHaveLength(26);
  });
  it('every 2021 recommendation has a follow-up from the 2024 evaluation', () => {
    const recs = lib.items.filter((i) => i.evaluation === 'ilo-alianzas-2021' && i.kind === 'recommendation');
    for (const r of recs) expect(lib.followUpByItem.get(r.id)?.assessedIn, r.id).toBe('ilo-alianzas-2024');
  });
  it('the 2021 report’s 212 numbered paragraphs are anchored p-1 … p-212', () => {
    const anchors = lib.reports.get('ilo-alianzas-2021')!.anchors;
    for (let n = 1; n <= 212; n++) expect(anchors.has(`p-${n}`), `p-${n}`).toBe(true);
  });
});

describe('indicators and budget', () => {
  it('2021: 48 output and 38 outcome indicators, as para. 38 states; ids typed by level', () => {
    const n = (ev: string, level: string) => (lib.indicatorsByEvaluation.get(ev) ?? []).filter((i) => i.level === level).length;
    expect([n('ilo-alianzas-2021', 'output'), n('ilo-alianzas-2021', 'outcome')]).toEqual([48, 38]);
    const byCode = new Map<string, Set<string>>();
    for (const i of [...lib.indicatorsByEvaluation.values()].flat()) byCode.set(`${i.evaluation} ${i.code}`, (byCode.get(`${i.evaluation} ${i.code}`) ?? new Set()).add(i.level));
    expect([...byCode.values()].some((levels) => levels.size > 1)).toBe(true);
  });
});

describe('actors', () => {
  it('resolve the spellings the reports use for the same institution', () => {
    const find = (alias: string) => lib.actors.find((a) => [a.name.es, a.name.en, a.acronym, ...a.aliases].some((n) => n && foldKey(n) === foldKey(alias)))?.id;
    expect(new Set(['MP', 'MPFN', 'Ministerio Público', 'Public Ministry'].map(find)).size).toBe(1);
    expect(new Set(['MIMP', 'Ministerio de la Mujer y Poblaciones Vulnerables'].map(find)).size).toBe(1);
    expect(new Set(['CHS', 'CHS Alternativo'].map(find)).size).toBe(1);
    expect(find('el Donante')).toBe(find('USDOS'));
  });
});

describe('report chapters', () => {
  it('are the sources’ own words, block by block', () => {
    const raw = rawLibrary();
    const { checked, failures } = checkReportFidelity({ evaluations: raw.evaluations, sources: raw.sources, reports: lib.reports });
    expect(checked).toBeGreaterThan(5000);
    expect(failures.map((f) => `${f.file}: ${f.text}\n  ${f.context}`)).toEqual([]);
  });
});
