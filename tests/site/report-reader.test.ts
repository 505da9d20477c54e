/**
 * The report reader over the built site: every passage of every chapter is on its page in both
 * languages with the same id, marked with its status and linked to the original; passages that
 * state an item link to it; the side-by-side view has every passage; and the report text on
 * /es/ pages reads in Spanish, on /en/ pages in English.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { franc } from 'franc-min';
import { LANGS, type Lang } from '../../src/content/model';
import { itemRoute, urlFor } from '../../src/lib/urls';
import type { Library } from '../../src/lib/library';
import { readPage, requireDist } from '../support/dist';
import { library, LOAD_BUDGET_MS } from '../support/library';

let lib: Library;
beforeAll(() => {
  requireDist();
  lib = library();
}, LOAD_BUDGET_MS);

const chapters = () => [...lib.reports.values()].flatMap((r) => r.chapters.map((c) => ({ report: r, chapter: c })));
const reportText = (html: string) => html.split('<div class="report-text">')[1]?.split('<nav class="chapter-nav"')[0] ?? '';

describe('chapter pages', () => {
  it('have every passage of the chapter, with the same id, in both languages', () => {
    const problems: string[] = [];
    for (const { report, chapter } of chapters()) {
      for (const lang of LANGS) {
        const html = reportText(readPage(urlFor(lang, { type: 'chapter', evaluation: report.evaluation, chapter: chapter.slug })));
        for (const p of chapter.structure.passages) {
          if (!html.includes(`id="${p.id}"`)) problems.push(`${chapter.file}#${p.id} (${lang})`);
          else if (!html.includes(`class="passage-link" href="#${p.id}"`) && p.kind !== 'footnote') problems.push(`${chapter.file}#${p.id} (${lang}): no link to the passage`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('mark every passage not in the report’s own words of that language, with a link to it side by side', () => {
    const problems: string[] = [];
    let marked = 0;
    for (const { report, chapter } of chapters()) {
      const lang: Lang = chapter.meta.lang === 'es' ? 'en' : 'es';
      const html = reportText(readPage(urlFor(lang, { type: 'chapter', evaluation: report.evaluation, chapter: chapter.slug })));
      const sbs = urlFor(lang, { type: 'side-by-side', evaluation: report.evaluation, chapter: chapter.slug });
      for (const m of html.matchAll(/<(?:p|li|h\d|div|blockquote) class="passage[^"]*" id="([^"]+)"[^>]*data-status="([^"]+)"/g)) {
        marked++;
        if (!html.includes(`href="${sbs}#${m[1]}"`)) problems.push(`${chapter.file}#${m[1]} (${lang}, ${m[2]}): no link to the original`);
      }
    }
    expect(marked).toBeGreaterThan(1000);
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('link every passage that states an item to the item’s page, in both languages', () => {
    const problems: string[] = [];
    for (const it of lib.items) {
      const chapter = lib.reports.get(it.evaluation)!.anchors.get(it.source.anchor)!.chapter;
      for (const lang of LANGS) {
        const html = readPage(urlFor(lang, { type: 'chapter', evaluation: it.evaluation, chapter: chapter.slug }));
        const passage = html.split(`id="${it.source.anchor}"`)[1]?.split('class="passage-link"')[0] ?? '';
        if (!passage.includes(`href="${urlFor(lang, itemRoute(it))}"`)) problems.push(`${it.id} (${lang})`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe('the side-by-side view', () => {
  it('has a row for every passage, with the original and the translation in their languages', () => {
    const problems: string[] = [];
    for (const { report, chapter } of chapters()) {
      for (const lang of LANGS) {
        const html = readPage(urlFor(lang, { type: 'side-by-side', evaluation: report.evaluation, chapter: chapter.slug }));
        for (const p of chapter.structure.passages) if (!html.includes(`<div class="pair" id="${p.id}">`)) problems.push(`${chapter.file}#${p.id} (${lang})`);
        if (!html.includes(`class="cell cell-original" lang="${chapter.meta.lang}"`)) problems.push(`${chapter.file} (${lang}): no original column`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe('the language of the report text', () => {
  it('is the page’s: at least 95% of the report text on /es/ pages is Spanish, on /en/ pages English', () => {
    const share: Record<Lang, { inLang: number; total: number }> = { es: { inLang: 0, total: 0 }, en: { inLang: 0, total: 0 } };
    const code = { es: 'spa', en: 'eng' } as const;
    for (const { report, chapter } of chapters()) {
      for (const lang of LANGS) {
        const tree = fromHtml(reportText(readPage(urlFor(lang, { type: 'chapter', evaluation: report.evaluation, chapter: chapter.slug }))), { fragment: true });
        for (const el of selectAll('.passage', tree)) {
          const text = toText(el).replace(/\s+/g, ' ').trim();
          if (text.length < 60) continue;
          share[lang].total += text.length;
          if (franc(text, { only: ['spa', 'eng'] }) === code[lang]) share[lang].inLang += text.length;
        }
      }
    }
    const pct = (l: Lang) => share[l].inLang / share[l].total;
    console.log(`report text in the page's language: es ${(100 * pct('es')).toFixed(1)} %, en ${(100 * pct('en')).toFixed(1)} %`);
    expect(pct('es')).toBeGreaterThanOrEqual(0.95);
    expect(pct('en')).toBeGreaterThanOrEqual(0.95);
  });
});
