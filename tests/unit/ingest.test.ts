/**
 * The scaffold on a text report (src/ingest/): its contents say where chapters begin; items are
 * found by the numbering conventions of evaluation reports, located in the executive summary and
 * the body as versions of one item; recommendation notes and Recipient rows are read; numbered
 * lists that are not items (evaluation questions, lists of references) are left alone; the text's
 * damage is repaired and its stray markup cannot break the MDX.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildBlocks } from '../../src/ingest/blocks';
import { fromText } from '../../src/ingest/extract';
import { draftEvaluation } from '../../src/ingest/scaffold';
import { parseMdxFile } from '../../src/report/parse';
import { chapterStructure, componentProblems } from '../../src/report/passages';
import type { Actor } from '../../src/content/model';

const REPORT = `INFORME DE EVALUACIÓN FINAL DEL PROYECTO DEMO

Marzo 2024

CONTENIDO

- RESUMEN EJECUTIVO 3
- HALLAZGOS 5
- CONCLUSIONES 8
- LECCIONES APRENDIDAS 9
- BUENAS PRÁCTICAS 9
- RECOMENDACIONES 10
- ANEXOS 12
 - Anexo A: Executive Summary 12

RESUMEN EJECUTIVO

HALLAZGOS

1. ¿En qué medida respondió el proyecto a las necesidades de las instituciones?

DISEÑO

1. El proyecto fortaleció la capacidad de la fiscalía para investigar casos de trata de personas.

RESULTADOS

2. La coordinación con los gobiernos regionales mejoró la respuesta a las víctimas en Loreto.

OTROS DATOS

a) Una lista que no es de hallazgos y no sigue su numeración.

RECOMENDACIONES

PARA GOBIERNO

1. Crear un sistema único de seguimiento de víctimas que integre los registros del Ministerio Público.

HALLAZGOS

Preguntas de evaluación:

1. ¿En qué medida el proyecto respondió a las necesidades de las instituciones?

HALLAZGO I: El proyecto fortaleció la capacidad de la fiscalía para investigar casos de trata de personas.

El texto que desarrolla el hallazgo continúa aquí con el detalle de los casos investigados en la región y de los operadores capaci-
tados, que siguen en la

página siguiente, donde el párrafo termina.

HALLAZGO 2: La coordinación con los gobiernos regionales mejoró la respuesta a las víctimas en Loreto.

CONCLUSIONES

Conclusión 1: La estrategia del proyecto fue pertinente y eficaz para fortalecer a las instituciones que persiguen el delito.

Hallazgos asociados

- *Hallazgo 1*

LECCIONES APRENDIDAS

LA1. La rotación del personal obliga a repetir la capacitación de manera periódica en cada institución.

BUENAS PRÁCTICAS

a) Las publicaciones conjuntas.

La elaboración y publicación conjunta de guías con las instituciones es una excelente forma de institucionalizar los instrumentos del proyecto y de asegurar su uso por los operadores de justicia.

RECOMENDACIONES

R1. Revisar la teoría de cambio

La teoría de cambio debe revisarse cada año con las contrapartes, de modo que el diseño siga los cambios que se quiere promover y no solo las actividades.

Recipient	Ministerio Público, USAID
Priority level	High
Implementation period	Short

Recomendación 2. Implementar un sistema de seguimiento de resultados con indicadores que cumplan los criterios SMART; para ello se propone lo siguiente:
- Definir los indicadores de los componentes.
- Medirlos cada semestre.

Nota: Criterio de evaluación relacionado (Diseño), Responsabilidad (Ministerio Público), Prioridad (Alta), Tiempo (Corto plazo).

Un costo de {US$ 3,000} <y> más, con <b>negrita</b> y un [#falso] marcador.

ANEXOS

ANEXO A: EXECUTIVE SUMMARY

FINDINGS

1. The project strengthened the prosecution service's capacity to investigate trafficking cases.
2. Coordination with the regional governments improved the response to victims in Loreto.
`;

const ACTORS: Actor[] = [
  { id: 'ministerio-publico', name: { es: 'Ministerio Público', en: "Public Prosecutor's Office" }, nameStatus: { es: 'printed', en: 'editors' }, acronym: 'MP', aliases: [], type: 'justice', parent: null },
  { id: 'usaid', name: { es: 'USAID', en: 'USAID' }, nameStatus: { es: 'printed', en: 'printed' }, acronym: 'USAID', aliases: [], type: 'donor', parent: null },
  { id: 'gobierno-peru', name: { es: 'Gobierno del Perú', en: 'Government of Peru' }, nameStatus: { es: 'editors', en: 'editors' }, acronym: null, aliases: ['GOBIERNO'], type: 'collective', parent: null },
];

const draft = draftEvaluation({ id: 'demo-2024', lang: 'es', text: REPORT, sourceFile: 'demo-2024-report.es.txt', original: { name: 'demo.txt', sha256: '0'.repeat(64) }, actors: ACTORS });
const items = parse(draft.files.get('content/items/demo-2024.yaml')!) as Record<string, any>[];
const item = (id: string) => items.find((i) => i.id === `demo-2024-${id}`)!;

describe('chapters', () => {
  it('begin where the table of contents says, and an annex is a chapter of its own', () => {
    const stems = [...draft.files.keys()].filter((f) => f.startsWith('content/reports/')).map((f) => f.split('/').pop());
    // the executive summary repeats "HALLAZGOS" and "RECOMENDACIONES": the chapters are the later ones
    expect(stems).toEqual(['01-portada.mdx', '02-resumen-ejecutivo.mdx', '03-hallazgos.mdx', '04-conclusiones.mdx', '05-lecciones-aprendidas.mdx', '06-buenas-practicas.mdx', '07-recomendaciones.mdx', '08-anexo-a.mdx']);
    const exec = draft.files.get('content/reports/demo-2024/02-resumen-ejecutivo.mdx')!;
    expect(exec).toMatch(/^part: summary$/m);
    expect(exec).toMatch(/^summary: true$/m);
    expect(exec).toMatch(/^title: \{ es: "RESUMEN EJECUTIVO", en: "Executive summary" \}$/m);
    expect(draft.files.get('content/reports/demo-2024/08-anexo-a.mdx')).toMatch(/^lang: en$/m);
  });

  it('are valid MDX with an anchor on every passage, whatever markup the text carries', () => {
    for (const [file, mdx] of draft.files) {
      if (!file.endsWith('.mdx')) continue;
      const parsed = parseMdxFile(file, mdx);
      expect(componentProblems(parsed.tree, parsed.bodyLineOffset), file).toEqual([]);
      const s = chapterStructure(parsed.tree, parsed.body, parsed.bodyLineOffset);
      expect(s.problems, file).toEqual([]);
      expect(s.passages.filter((p) => !p.id).map((p) => p.line), file).toEqual([]);
      expect(mdx, file).toMatch(/^draft: true$/m);
    }
    const recs = draft.files.get('content/reports/demo-2024/07-recomendaciones.mdx')!;
    expect(recs).toContain('Un costo de \\{US$ 3,000\\} &lt;y> más, con **negrita** y un \\[#falso] marcador.');
  });

  it('repair a word hyphenated across lines and a paragraph cut in two', () => {
    const findings = draft.files.get('content/reports/demo-2024/03-hallazgos.mdx')!;
    expect(findings).toContain('de los operadores capacitados, que siguen en la página siguiente, donde el párrafo termina.');
  });
});

describe('items', () => {
  it('are found by their labels and by the numbering under a heading that names the kind, and nothing else is', () => {
    expect(items.map((i) => i.id)).toEqual([
      'demo-2024-finding-1',
      'demo-2024-finding-2',
      'demo-2024-conclusion-1',
      'demo-2024-lesson-la1',
      'demo-2024-practice-a',
      'demo-2024-recommendation-1',
      'demo-2024-recommendation-2',
      'demo-2024-recommendation-r1',
    ]);
    expect(draft.summary).toEqual({ chapters: 8, paragraphs: expect.any(Number), pages: null, items: { finding: 2, conclusion: 1, lesson: 1, practice: 1, recommendation: 3 }, needsReview: draft.needsReview.length });
    expect(items.every((i) => i.draft === true)).toBe(true);
  });

  it('printed in the executive summary, the body and a translated annex are one item, the body printing its text', () => {
    const f = item('finding-1');
    expect(f.label).toBe('HALLAZGO I');
    expect(f.text).toEqual({ es: 'El proyecto fortaleció la capacidad de la fiscalía para investigar casos de trata de personas.', en: 'TODO: translate' });
    expect(f.source).toMatchObject({ document: 'demo-2024-report', locator: 'HALLAZGO I', anchor: 'hallazgo-1' });
    // the executive summary's question "1. ¿En qué medida…?" is not a finding
    expect(f.versions[0].text).toBe('El proyecto fortaleció la capacidad de la fiscalía para investigar casos de trata de personas.');
    expect(f.versions.map((v: any) => [v.place, v.lang, v.label, v.status, v.anchor, v.translationOf])).toEqual([
      ['executive-summary', 'es', '1', 'original', 'rs-hallazgo-1', undefined],
      ['body', 'es', 'HALLAZGO I', 'original', 'hallazgo-1', undefined],
      ['annex', 'en', '1', 'official-translation', 'an-finding-1', 'rs-hallazgo-1'],
    ]);
    expect(f.components).toEqual(['todo']);
  });

  it('take a short printed title and the statement under it (lettered practices, R1 headings)', () => {
    expect(item('practice-a')).toMatchObject({ label: 'a)', title: { es: 'Las publicaciones conjuntas.' }, text: { es: expect.stringMatching(/^La elaboración y publicación conjunta de guías/) } });
    expect(item('recommendation-r1')).toMatchObject({ label: 'R1', title: { es: 'Revisar la teoría de cambio' }, text: { es: expect.stringMatching(/^La teoría de cambio debe revisarse cada año/) } });
  });

  it('read recommendation notes and Recipient rows, and the heading that names the addressees', () => {
    expect(item('recommendation-r1')).toMatchObject({ recommendation: { responsibility: 'Ministerio Público, USAID', priority: 'High', timeframe: 'Short' }, addresseeHeading: 'Recipient: Ministerio Público, USAID', addressees: ['ministerio-publico', 'usaid'] });
    const r2 = item('recommendation-2');
    expect(r2.recommendation).toEqual({ criterion: 'Diseño', responsibility: 'Ministerio Público', priority: 'Alta', timeframe: 'Corto plazo' });
    // a statement that introduces a list keeps it
    expect(r2.text.es).toMatch(/se propone lo siguiente:\nDefinir los indicadores de los componentes\.\nMedirlos cada semestre\.$/);
    expect(item('recommendation-1')).toMatchObject({ addresseeHeading: 'PARA GOBIERNO', addressees: ['gobierno-peru'] });
  });
});

describe('repairs', () => {
  it('join a hyphenated word unless the text hyphenates it elsewhere too', () => {
    const join = (text: string) => buildBlocks(fromText(text).lines, false).blocks.map((b) => b.text);
    expect(join('La capaci-\ndad instalada.\n')).toEqual(['La capacidad instalada.']);
    expect(join('Un enfoque socio-\neconómico.\n\nOtro enfoque socio-económico.\n')).toEqual(['Un enfoque socio-económico.', 'Otro enfoque socio-económico.']);
  });
});
