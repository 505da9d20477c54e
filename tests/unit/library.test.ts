/**
 * The real library: it loads with every check passing (schemas, references, anchors, aliases,
 * hashes, item fidelity), the report chapters are the sources' words, and each evaluation has
 * the items its report numbers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibraryFromDisk } from '../../src/content/disk';
import { checkReportFidelity } from '../../src/content/report-fidelity';
import { findInSource, normalizeForMatch } from '../../src/content/fidelity';
import type { RawLibrary } from '../../src/content/integrity';
import { foldKey } from '../../src/lib/slugify';

const ROOT = join(import.meta.dirname, '..', '..');
let lib: RawLibrary;
beforeAll(() => {
  lib = loadLibraryFromDisk(ROOT);
});

const count = (evaluation: string, kind: string) => lib.items.filter((i) => i.data.evaluation === evaluation && i.data.kind === kind).length;

describe('content/sources', () => {
  it('match the sha256 recorded in SHA256SUMS', () => {
    const sums = readFileSync(join(ROOT, 'content/sources/SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.length).toBe(5);
    for (const line of sums) {
      const [hash, file] = line.split(/\s+/);
      expect(createHash('sha256').update(readFileSync(join(ROOT, 'content/sources', file))).digest('hex'), file).toBe(hash);
    }
  });
});

describe('USAID/CHS 2020', () => {
  it('has every item the report numbers: 18 findings, 8 conclusions, 9 lessons, 6 good practices, 17 recommendations', () => {
    expect(count('usaid-chs-2020', 'finding')).toBe(18);
    expect(count('usaid-chs-2020', 'conclusion')).toBe(8);
    expect(count('usaid-chs-2020', 'lesson')).toBe(9);
    expect(count('usaid-chs-2020', 'practice')).toBe(6);
    expect(count('usaid-chs-2020', 'recommendation')).toBe(17);
  });
  it('gives every item the official English of Annex A where Annex A has it', () => {
    const annex = normalizeForMatch(lib.sources.get('usaid-chs-2020-report.es.txt')!);
    for (const { data: it } of lib.items.filter((i) => i.data.evaluation === 'usaid-chs-2020')) {
      if (it.textStatus.en === 'official-translation') expect(findInSource(it.text.en, annex).found, it.id).toBe(true);
    }
  });
});

describe('ILO Alianzas', () => {
  it('2021 has its numbered recommendations, conclusions, lesson and practices; 2024 has F1–F74, R1–R9, LA1–LA2, BP1–BP4', () => {
    expect(count('ilo-alianzas-2021', 'recommendation')).toBe(4);
    expect(count('ilo-alianzas-2021', 'conclusion')).toBe(5);
    expect(count('ilo-alianzas-2021', 'lesson')).toBe(1);
    expect(count('ilo-alianzas-2021', 'practice')).toBe(3);
    expect(count('ilo-alianzas-2021', 'finding')).toBe(16);
    expect(count('ilo-alianzas-2024', 'finding')).toBe(74);
    expect(count('ilo-alianzas-2024', 'recommendation')).toBe(9);
    expect(count('ilo-alianzas-2024', 'lesson')).toBe(2);
    expect(count('ilo-alianzas-2024', 'practice')).toBe(4);
  });
  it('every 2021 recommendation has a follow-up from the 2024 evaluation, quoted from it', () => {
    const recs = lib.items.filter((i) => i.data.evaluation === 'ilo-alianzas-2021' && i.data.kind === 'recommendation').map((i) => i.data.id);
    const followed = lib.followUps.map((f) => f.data.midtermItem);
    expect(followed.sort()).toEqual(recs.sort());
    const src = normalizeForMatch(lib.sources.get('ilo-alianzas-2024-final-report.en.txt')!);
    for (const f of lib.followUps) {
      expect(f.data.assessedIn).toBe('ilo-alianzas-2024');
      for (const para of f.data.statusText.split(/\n\s*\n/)) expect(findInSource(para, src).found, f.data.midtermItem).toBe(true);
    }
  });
  it('2021 executive summary has an unofficial English translation, labelled as such, with its own anchors', () => {
    const summaries = lib.chapters.filter((c) => c.data.evaluation === 'ilo-alianzas-2021' && c.data.summary);
    expect(summaries.map((c) => [c.data.lang, c.data.textStatus]).sort()).toEqual([['en', 'unofficial-translation'], ['es', 'original']]);
    const en = summaries.find((c) => c.data.lang === 'en')!;
    expect(en.body).toContain('[#en-p-1]');
    expect(en.order).toBeGreaterThan(3);
    expect(en.order).toBeLessThan(4);
  });
  it('2024 texts marked as official Spanish are found in the official Spanish summary', () => {
    const summary = normalizeForMatch(lib.sources.get('ilo-alianzas-2024-final-summary.es.txt')!);
    const official = lib.items.filter((i) => i.data.evaluation === 'ilo-alianzas-2024' && i.data.textStatus.es === 'official-translation');
    expect(official.length).toBeGreaterThan(20);
    for (const { data: it } of official) expect(findInSource(it.text.es, summary).found, it.id).toBe(true);
  });
});

describe('indicators and budget', () => {
  it('2021: 48 output and 38 outcome indicators, as para. 38 states; 2024: Annexes 5 and 6', () => {
    const n = (ev: string, level: string) => lib.indicators.filter((i) => i.data.evaluation === ev && i.data.level === level).length;
    expect(n('ilo-alianzas-2021', 'output')).toBe(48);
    expect(n('ilo-alianzas-2021', 'outcome')).toBe(38);
    expect(n('ilo-alianzas-2024', 'outcome')).toBeGreaterThan(20);
    expect(n('ilo-alianzas-2024', 'output')).toBeGreaterThan(50);
  });
  it('ids are typed by level, so an output and an outcome sharing a code stay distinct', () => {
    const byCode = new Map<string, Set<string>>();
    for (const { data: i } of lib.indicators) byCode.set(`${i.evaluation} ${i.code}`, (byCode.get(`${i.evaluation} ${i.code}`) ?? new Set()).add(i.level));
    expect([...byCode.values()].some((levels) => levels.size > 1)).toBe(true);
    expect(new Set(lib.indicators.map((i) => i.data.id)).size).toBe(lib.indicators.length);
  });
  it('disagreements between the text and the annexes are recorded beside the indicator', () => {
    expect(lib.indicators.filter((i) => i.data.notes.length).length).toBeGreaterThan(20);
    expect(lib.budget.length).toBeGreaterThan(100);
  });
});

describe('items', () => {
  it('original-language texts are found in their source document', () => {
    const failures: string[] = [];
    for (const { data: it } of lib.items) {
      const ev = lib.evaluations.find((e) => e.data.id === it.evaluation)!.data;
      const doc = ev.documents.find((d) => d.id === it.source.document)!;
      const lang = it.textStatus.es === 'original' ? 'es' : 'en';
      if (!findInSource(it.text[lang], normalizeForMatch(lib.sources.get(doc.file)!)).found) failures.push(it.id);
    }
    expect(failures).toEqual([]);
  });
  it('translations made for the site are labelled unofficial, never passed off as the report’s', () => {
    for (const { data: it } of lib.items) {
      for (const lang of ['es', 'en'] as const) {
        expect(['original', 'official-translation', 'unofficial-translation'], it.id).toContain(it.textStatus[lang]);
      }
      expect(it.textStatus.es === 'original' || it.textStatus.en === 'original', it.id).toBe(true);
    }
  });
});

describe('actors', () => {
  it('every name, acronym and alias resolves to exactly one actor', () => {
    const owner = new Map<string, string>();
    for (const { data: a } of lib.actors) {
      for (const n of new Set([a.name.es, a.name.en, a.acronym ?? '', ...a.aliases].filter(Boolean).map(foldKey))) {
        expect(owner.get(n) ?? a.id, `"${n}" names ${owner.get(n)} and ${a.id}`).toBe(a.id);
        owner.set(n, a.id);
      }
    }
  });
  it('resolves the spellings the reports use for the same institution', () => {
    const find = (alias: string) => lib.actors.find((a) => [a.data.name.es, a.data.name.en, a.data.acronym, ...a.data.aliases].some((n) => n && foldKey(n) === foldKey(alias)))?.data.id;
    expect(new Set(['MP', 'MPFN', 'Ministerio Público', 'Public Ministry'].map(find)).size).toBe(1);
    expect(new Set(['MIMP', 'Ministerio de la Mujer y Poblaciones Vulnerables'].map(find)).size).toBe(1);
    expect(new Set(['CHS', 'CHS Alternativo', 'Capital Humano y Social Alternativo'].map(find)).size).toBe(1);
    expect(find('el Donante')).toBe(find('USDOS'));
  });
});

describe('report chapters', () => {
  it('are the sources’ own words, block by block', () => {
    const { checked, failures } = checkReportFidelity(lib);
    expect(checked).toBeGreaterThan(5000);
    expect(failures.map((f) => `${f.file}: ${f.text}\n  ${f.context}`)).toEqual([]);
  });
});
