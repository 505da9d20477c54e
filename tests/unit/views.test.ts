/** Page data computed by the view models, on the real library, without a build. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { itemView, sentenceDescription } from '../../src/lib/views/item';
import { chapterView, reportLanguageShares, translationShare } from '../../src/lib/views/chapter';
import type { Library } from '../../src/lib/library';
import { library, LOAD_BUDGET_MS } from '../support/library';

let lib: Library;
beforeAll(() => {
  lib = library();
}, LOAD_BUDGET_MS);

describe('item view', () => {
  it('separates addressees from the other actors, merges stated and inverse relations, and links the passage in both languages', () => {
    const rec = lib.items.find((i) => i.kind === 'recommendation' && i.actors.length > i.addressees.length)!;
    const v = itemView(lib, 'es', useTranslations('es'), rec);
    expect(v.addressees.map((a) => a.id)).toEqual(rec.addressees);
    expect(v.concerned.every((a) => !rec.addressees.includes(a.id))).toBe(true);
    expect(v.passage.href.es).toMatch(new RegExp(`^/es/evaluaciones/${rec.evaluation}/informe/[a-z0-9-]+/#${rec.source.anchor}$`));
    expect(v.passage.href.en).toMatch(new RegExp(`^/en/evaluations/${rec.evaluation}/report/[a-z0-9-]+/#${rec.source.anchor}$`));
    const target = lib.items.find((i) => lib.relatedFrom.has(i.id))!;
    const tv = itemView(lib, 'en', useTranslations('en'), target);
    expect(tv.related.length).toBeGreaterThanOrEqual(lib.relatedFrom.get(target.id)!.length);
  });

  it('describes an item in whole sentences, never cut mid-word', () => {
    expect(sentenceDescription('Primera oración. Segunda oración más larga que no cabe entera.', 30)).toBe('Primera oración.');
    for (const it of lib.items) {
      const d = itemView(lib, 'en', useTranslations('en'), it).description;
      expect(d.length, it.id).toBeLessThanOrEqual(300);
      expect(d, it.id).toMatch(/[.!?…:;)"”»]$|\w$/);
    }
  });
});

describe('chapter view', () => {
  it('counts how much of a chapter reads in each language, and whose words', () => {
    for (const report of lib.reports.values()) {
      for (const c of report.chapters) {
        const other = c.meta.lang === 'es' ? 'en' : 'es';
        expect(translationShare(c, report.translation(c, other), c.meta.lang).translated).toBe(1);
        const s = translationShare(c, report.translation(c, other), other);
        expect(s.translated).toBeGreaterThanOrEqual(0);
        expect(s.translated).toBeLessThanOrEqual(1.0000001);
        expect(s.official + s.unofficial).toBeCloseTo(s.translated, 6);
      }
    }
  });

  it('renders a chapter with every passage id, in both languages', () => {
    // a long chapter of whichever report has one (not the first report: a new, small one may come first)
    const c = [...lib.reports.values()].flatMap((r) => r.chapters).find((x) => x.structure.passages.length > 20)!;
    const report = lib.reports.get(c.evaluation)!;
    for (const lang of ['es', 'en'] as const) {
      const v = chapterView(lib, lang, useTranslations(lang), report.evaluation, c.slug);
      const { html } = v.body();
      for (const p of c.structure.passages) expect(html, `${c.file}#${p.id} (${lang})`).toContain(`id="${p.id}"`);
    }
  });
});

describe('report language shares', () => {
  it('split each report, in each language, into written, the report’s own translation and the site’s, none negative, adding up', () => {
    const lib = library();
    for (const [id, report] of lib.reports) {
      for (const lang of ['es', 'en'] as const) {
        const s = reportLanguageShares(report, lang);
        for (const k of ['written', 'official', 'unofficial', 'translated'] as const) {
          expect(s[k], `${id} ${lang} ${k}`).toBeGreaterThanOrEqual(0);
          expect(s[k], `${id} ${lang} ${k}`).toBeLessThanOrEqual(1 + 1e-9);
        }
        expect(s.written + s.official + s.unofficial, `${id} ${lang}`).toBeCloseTo(s.translated, 9);
      }
    }
    // the USAID report is Spanish, with its own English executive summary; ILO 2021 translates nothing
    // (its English summary reads in Spanish in the report's own Spanish words)
    expect(reportLanguageShares(lib.reports.get('usaid-chs-2020')!, 'es').written).toBeGreaterThan(0.8);
    expect(reportLanguageShares(lib.reports.get('usaid-chs-2020')!, 'es').official).toBeGreaterThan(0.05);
    expect(reportLanguageShares(lib.reports.get('usaid-chs-2020')!, 'en').official).toBeGreaterThan(0.05);
    expect(reportLanguageShares(lib.reports.get('ilo-alianzas-2021')!, 'en').official).toBe(0);
  }, LOAD_BUDGET_MS);
});
