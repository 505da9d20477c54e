/**
 * The scaffold's PDF path (src/ingest/pdf.ts, extract.ts) on a PDF made for the test: the text is
 * read with pdfjs-dist, the running header and the page numbers are taken out, the printed page of
 * every passage is kept as a marker, words hyphenated across lines and a paragraph cut by a page
 * break are rejoined, and the items printed in the executive summary and the body are one item.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf, type PdfPage } from '../../src/ingest/pdf';
import { draftEvaluation, type Draft } from '../../src/ingest/scaffold';
import { makePdf, paragraph, type PdfTextLine } from '../support/pdf';

const HEADER: PdfTextLine = { text: 'Evaluación final del Proyecto Demo', y: 40, size: 9 };
const folio = (n: string): PdfTextLine => ({ text: n, y: 760, size: 9, x: 300 });

export const REPORT_PDF = makePdf([
  [HEADER, { text: 'RESUMEN EJECUTIVO', y: 90, size: 14, bold: true }, ...paragraph(['Hallazgo 1: El proyecto fortaleció la capacidad de la fiscalía para investigar casos.'], 120), ...paragraph(['Recomendación 1: Crear un sistema único de seguimiento de víctimas.'], 150), folio('11')],
  [
    HEADER,
    { text: 'HALLAZGOS', y: 90, size: 14, bold: true },
    ...paragraph(['Hallazgo 1: El proyecto fortaleció la capacidad de la fiscalía para investigar', 'casos de trata de personas en Loreto.'], 120),
    ...paragraph(['El texto del hallazgo continúa con detalle sobre la capaci-', 'dad instalada en Loreto y en Cusco, donde sigue en la pági-'], 170),
    folio('12'),
  ],
  [HEADER, ...paragraph(['na siguiente, donde termina.'], 90), { text: 'RECOMENDACIONES', y: 130, size: 14, bold: true }, ...paragraph(['Recomendación 1: Crear un sistema único de seguimiento de víctimas que integre los', 'registros del Ministerio Público.'], 160), folio('13')],
  [HEADER, { text: 'CONCLUSIONES', y: 90, size: 14, bold: true }, ...paragraph(['1. Las conclusiones del informe de prueba se presentan aquí en una sola línea.'], 120)],
]);

let pages: PdfPage[];
let draft: Draft;
beforeAll(async () => {
  pages = await readPdf(REPORT_PDF);
  draft = draftEvaluation({ id: 'demo-2024', lang: 'es', pdf: pages, sourceFile: 'demo-2024-report.es.txt', original: { name: 'demo.pdf', sha256: '0'.repeat(64) }, actors: [] });
}, 60_000);

const chapter = (stem: string) => draft.files.get(`content/reports/demo-2024/${stem}.mdx`)!;

describe('a PDF report', () => {
  it('is read page by page, in reading order, with sizes and weights', () => {
    expect(pages).toHaveLength(4);
    expect(pages[1].lines.map((l) => l.plain)).toEqual([HEADER.text, 'HALLAZGOS', 'Hallazgo 1: El proyecto fortaleció la capacidad de la fiscalía para investigar', 'casos de trata de personas en Loreto.', 'El texto del hallazgo continúa con detalle sobre la capaci-', 'dad instalada en Loreto y en Cusco, donde sigue en la pági-', '12']);
    expect(pages[1].lines[1]).toMatchObject({ bold: true, size: 14, text: '**HALLAZGOS**' });
  });

  it('becomes a text of record without its running header and page numbers, pages apart', () => {
    expect(draft.sourceText).not.toContain(HEADER.text);
    expect(draft.sourceText.split('\f')).toHaveLength(4);
    expect(draft.sourceText).not.toMatch(/^\s*1[1-3]\s*$/m);
    expect(draft.sourceText).toContain('sobre la capaci-\ndad instalada');
    expect(draft.sourceText).toContain('sigue en la pági-\n\f\nna siguiente');
    expect(draft.repaired.join('\n')).toMatch(/running headers\/footers removed from every page: "evaluación final del proyecto demo"/);
  });

  it('keeps the printed page of every passage: a marker where each page begins', () => {
    const hallazgos = chapter('02-hallazgos');
    // the page number printed on the page, not its place in the file; the last one deduced
    expect(hallazgos).toMatch(/^## \[#pag-12\] HALLAZGOS \[#hallazgos\]$/m);
    // a chapter that starts in the middle of a page adds no marker: page 13 began in the previous one
    expect(chapter('03-recomendaciones')).toMatch(/^## RECOMENDACIONES \[#recomendaciones\]$/m);
    expect([...draft.files.values()].join('\n').match(/\[#pag-13\]/g)).toHaveLength(1);
    expect(chapter('04-conclusiones')).toMatch(/^## \[#pag-14\] CONCLUSIONES \[#conclusiones\]$/m);
    expect(draft.needsReview.join('\n')).toMatch(/printed page number deduced from the neighbouring pages on PDF pages 4/);
  });

  it('joins a word hyphenated across lines, and a paragraph cut by a page break, marking the page inside it', () => {
    const hallazgos = chapter('02-hallazgos');
    // "pági-" at the foot of page 12, "na siguiente" at the top of 13: one word, the marker before it
    expect(hallazgos).toMatch(/\[#hallazgos-1\] El texto del hallazgo continúa con detalle sobre la capacidad instalada en Loreto y en Cusco, donde sigue en la \[#pag-13\] página siguiente, donde termina\./);
    expect(draft.repaired.join('\n')).toMatch(/2 words hyphenated across lines joined/);
    expect(draft.repaired.join('\n')).toMatch(/1 paragraphs cut by a page break/);
  });

  it('finds the items; one printed in the executive summary and in the body is one item with both versions, each with its page', () => {
    expect(draft.summary).toEqual({ chapters: 4, paragraphs: expect.any(Number), pages: 4, items: { finding: 1, conclusion: 1, lesson: 0, practice: 0, recommendation: 1 }, needsReview: draft.needsReview.length });
    const items = draft.files.get('content/items/demo-2024.yaml')!;
    const finding = items.slice(items.indexOf('- id: "demo-2024-finding-1"'), items.indexOf('- id: "demo-2024-conclusion-1"'));
    expect(finding).toMatch(/- \{ place: executive-summary, document: "demo-2024-report", lang: es, label: "Hallazgo 1", text: "El proyecto fortaleció la capacidad de la fiscalía para investigar casos\.", status: original, locator: "p\. 11", anchor: "rs-hallazgo-1" \}/);
    expect(finding).toMatch(/- \{ place: body, document: "demo-2024-report", lang: es, label: "Hallazgo 1", text: "El proyecto fortaleció la capacidad de la fiscalía para investigar casos de trata de personas en Loreto\.", status: original, locator: "p\. 12", anchor: "hallazgo-1" \}/);
    // the body printing is the item's text
    expect(finding).toMatch(/source: \{ document: "demo-2024-report", section: "HALLAZGOS", locator: "Hallazgo 1", anchor: "hallazgo-1" \}/);
    expect(items).toMatch(/- id: "demo-2024-conclusion-1"[\s\S]*label: "1"[\s\S]*locator: "p\. 14"/);
  });
});
