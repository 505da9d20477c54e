import { describe, expect, it } from 'vitest';
import { findInSource, normalizeForMatch } from '../../src/content/fidelity';

const source = normalizeForMatch(`HALLAZGO 3: La producción de evidencia es una estrategia pertinente en el diseño del proyecto porque orienta las acciones de incidencia política.

Asimismo, las evidencias se utilizan para elaborar materiales para las capacitaciones (por ejemplo, a los Jueces de Paz), se elaboraron info

³ Se entiende por Plan de Incidencia en Políticas a un conjunto de elementos.

medidas de mejora en las políticas de Estado o informar a los tomadores de decisión sobre los alcances de estas.

El “Vademecum” – publicado en 2017 – fue útil para la capaci-
tación de operadores. PRESUPUESTO: US\\$ 315,000`);

describe('normalizeForMatch', () => {
  it('folds whitespace, quotes, dashes, escapes, hyphenation and footnote markers', () => {
    expect(normalizeForMatch('a  “b” – c\u00ad d\\$ e¹ capaci-\ntación [^2]')).toBe('a "b" - c d$ e capacitación');
    expect(normalizeForMatch('**negrita** y *cursiva*')).toBe('negrita y cursiva');
  });
});

describe('findInSource', () => {
  it('finds a verbatim passage', () => {
    expect(findInSource('La producción de evidencia es una estrategia pertinente en el diseño del proyecto', source).found).toBe(true);
  });
  it('finds a passage split by a page break and a footnote, in pieces', () => {
    const r = findInSource(
      'se elaboraron info medidas de mejora en las políticas de Estado o informar a los tomadores de decisión sobre los alcances de estas.',
      source,
    );
    expect(r.found).toBe(true);
    expect(r.pieces).toBe(2);
  });
  it('ignores typographic and conversion noise', () => {
    expect(findInSource('El "Vademecum" - publicado en 2017 - fue útil para la capacitación de operadores. PRESUPUESTO: US$ 315,000', source).found).toBe(true);
  });
  it('rejects a changed word, an added word and a paraphrase', () => {
    expect(findInSource('La producción de evidencia es una estrategia irrelevante en el diseño del proyecto', source).found).toBe(false);
    expect(findInSource('La producción de evidencia es una estrategia muy pertinente en el diseño del proyecto', source).found).toBe(false);
    expect(findInSource('Producir evidencia es pertinente para el diseño', source).found).toBe(false);
    // a dropped word leaves a short gap in the source: not conversion noise
    expect(findInSource('La producción de evidencia es una estrategia en el diseño del proyecto porque orienta las acciones', source).found).toBe(false);
  });
  it('rejects pieces that are far apart or out of order', () => {
    expect(findInSource('medidas de mejora en las políticas de Estado o informar La producción de evidencia es una estrategia pertinente', source).found).toBe(false);
  });
});
