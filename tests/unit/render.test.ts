/** Chapters render passage by passage: ids, languages, status marks, footnotes as printed, the side-by-side view. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildReports, type RawFile } from '../../src/report/report';
import { chapterHeadings, renderChapter, renderSideBySide, type RenderContext } from '../../src/report/render';

const chapter = (name: string, lang: 'es' | 'en', body: string, textStatus = 'original'): RawFile => ({
  file: `content/reports/demo/${name}.mdx`,
  raw: `---\nevaluation: demo\ndocument: demo-report\ntitle: { es: T, en: T }\nlang: ${lang}\ntextStatus: ${textStatus}\npart: body\n---\n${body}`,
});
const ES = chapter('08-hallazgos', 'es', '## Hallazgos [#h]\n\n[#p-1] 1. Texto con nota[^71] y <ProjectRef project="demo">otro proyecto</ProjectRef>.\n\n<Flag es="Inconsistencia." en="Inconsistency." />\n\n- [#li-1] Punto [#ap-1] con ancla.\n\n[#t-1]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^71]: Nota setenta y uno.\n');
const EN_OFFICIAL = chapter('13-anexo', 'en', '## Annex [#anexo]\n\n[#en-p-1] 1. Official English text with a note.\n', 'official-translation');
const TR: RawFile = {
  file: 'content/translations/demo/08-hallazgos.en.mdx',
  raw: `---\n${stringify({ evaluation: 'demo', chapter: '08-hallazgos', lang: 'en', fromReport: { 'p-1': 'en-p-1' }, fingerprints: {} })}---\n\n## Findings [#h]\n\n- [#li-1] Point [#ap-1] with anchor.\n\n[#t-1]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^71]: Note seventy-one.\n`,
};

function reports(stamped = true) {
  const first = buildReports([ES, EN_OFFICIAL], [TR], { actors: [], glossary: [] });
  if (!stamped) return first;
  // stamp: record the fingerprints of the originals
  const ch = first.reports.get('demo')!.chapters[0];
  const fp = Object.fromEntries(['h', 'li-1', 't-1', 'fn-71'].map((id) => [id, ch.structure.byId.get(id)!.fingerprint]));
  const raw = TR.raw.replace('fingerprints: {}', `fingerprints:\n${Object.entries(fp).map(([k, v]) => `  ${k}: "${v}"`).join('\n')}`);
  return buildReports([ES, EN_OFFICIAL], [{ ...TR, raw }], { actors: [], glossary: [] });
}

const ctx = (lang: 'es' | 'en'): RenderContext => ({
  lang,
  label: {
    linkToPassage: 'link',
    flag: lang === 'es' ? 'Inconsistencia en el informe' : 'Inconsistency in the report',
    editorNote: 'note',
    editorKind: (k) => k,
    backToReference: (n) => `back ${n}`,
    notes: 'Notes',
    statusMark: (s) => `mark:${s}`,
    statusMarkLong: (s) => `long:${s}`,
    itemLink: 'cite',
    viewOriginal: 'view',
  },
  projectHref: (p) => `/${lang}/project/${p}/`,
  itemsAt: (a) => (a === 'p-1' ? [{ href: `/${lang}/item/1/`, label: 'Finding 1' }] : []),
  sideBySideHref: (a) => `/${lang}/sbs/#${a}`,
});

describe('a chapter in its own language', () => {
  const b = reports();
  const report = b.reports.get('demo')!;
  const { html, counts } = renderChapter(report.chapters[0], report.translations[0], ctx('es'));
  it('has every passage with its id, the report’s footnote number, anchor points, tables in a labelled scrolling region', () => {
    expect(b.problems).toEqual([]);
    for (const id of ['h', 'p-1', 'li-1', 'ap-1', 't-1', 'fn-71']) expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/<sup><a href="#fn-71" id="fnref-71" class="fnref">71<\/a><\/sup>/);
    expect(html).toMatch(/<li class="passage" id="fn-71"><span class="fn-label">71\.<\/span> Nota setenta y uno\./);
    expect(html).toMatch(/<div class="passage table-wrap" id="t-1" role="region" tabindex="0" aria-label="[^"]+">/);
    expect(html).toContain('<a class="xref" href="/es/project/demo/">otro proyecto</a>');
    expect(html).toContain('<strong>Inconsistencia en el informe</strong> Inconsistencia.');
    expect(html).not.toContain('[#');
    expect(counts.original.passages).toBe(5);
  });
  it('links a passage that states an item to the item, and has no status marks', () => {
    expect(html).toContain('href="/es/item/1/"');
    expect(html).not.toContain('pmark');
  });
});

describe('a chapter in the other language', () => {
  const report = reports().reports.get('demo')!;
  const { html, counts } = renderChapter(report.chapters[0], report.translations[0], ctx('en'));
  it('shows each passage in the reader’s language, with the same ids, and a status mark to the original', () => {
    expect(html).toContain('Findings');
    expect(html).toContain('Note seventy-one.');
    expect(html).toContain('Official English text with a note.');
    for (const id of ['h', 'p-1', 'li-1', 'ap-1', 't-1', 'fn-71']) expect(html).toContain(`id="${id}"`);
    expect(html).not.toContain('id="en-p-1"');
    expect(html).toMatch(/id="p-1" data-status="official-translation"/);
    expect(html).toContain('href="/en/sbs/#li-1"');
    expect(counts['official-translation'].passages).toBe(1);
    expect(counts['unofficial-translation'].passages).toBe(4);
    expect(html).toContain('<strong>Inconsistency in the report</strong> Inconsistency.');
  });
  it('shows the original, marked with its language, where there is no stamped translation', () => {
    const draft = reports(false).reports.get('demo')!;
    const out = renderChapter(draft.chapters[0], undefined, ctx('en')).html;
    expect(out).toMatch(/<h2 class="passage" id="h" lang="es" data-status="untranslated">Hallazgos/);
  });
  it('takes its table of contents from the markdown tree, in the reader’s language', () => {
    expect(chapterHeadings(report.chapters[0], report.translations[0], 'en')).toEqual([{ depth: 2, id: 'h', text: 'Findings', lang: 'en' }]);
    expect(chapterHeadings(report.chapters[0], report.translations[0], 'es')[0].text).toBe('Hallazgos');
  });
});

describe('the side-by-side view', () => {
  const report = reports().reports.get('demo')!;
  const html = renderSideBySide(report.chapters[0], report.translations[0], ctx('en'));
  it('has one row per passage, the original and the translation with their languages', () => {
    expect(html.match(/class="pair"/g)).toHaveLength(5);
    expect(html).toMatch(/<div class="pair" id="li-1">[\s\S]*?<div class="cell cell-original" lang="es">[\s\S]*?Punto[\s\S]*?<div class="cell cell-translation" lang="en" data-status="unofficial-translation">[\s\S]*?Point/);
    expect(html).toContain('long:official-translation');
  });
});
