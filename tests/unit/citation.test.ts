/**
 * Citations: formatted strings for a few real items checked against hand-written expectations in
 * both languages; exports parsed back with real parsers (citation-js BibTeX and RIS, CSL-JSON).
 */
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { apa, apaInText, chicago, chicagoInText, coins, highwireTags, iso690, referenceFor, toBibTeX, toCSL, toHtml, toPlain, toRIS, type Reference } from '../../src/lib/citation';
import { itemRoute, urlFor } from '../../src/lib/urls';
import { library } from '../support/library';
import type { Library } from '../../src/lib/library';
import type { Lang } from '../../src/content/model';

const lib: Library = library();
const SITE = 'https://evidencia-trata-peru.org';
function ref(id: string, lang: Lang): Reference {
  const item = lib.item.get(id)!;
  return referenceFor(lib, lib.evaluation.get(item.evaluation)!, lang, new URL(urlFor(lang, itemRoute(item)), SITE).href, '2026-11-22', item);
}
const plain = (f: typeof apa, r: Reference) => toPlain(f(r));

describe('formatted citations (hand-written expectations)', () => {
  it('USAID finding 1, Spanish page: APA 7, Chicago, ISO 690, in-text', () => {
    const r = ref('usaid-chs-2020-finding-1', 'es');
    expect(plain(apa, r)).toBe('Rotondo, E. L., Vega Segoin, L. y Guevara, S. (2020). Evaluación intermedia de la actividad "Trata de Personas en la Amazonía Peruana" [Hallazgo 1] (AID-527-A-14-00004). Agencia de los Estados Unidos para el Desarrollo Internacional. https://evidencia-trata-peru.org/es/evaluaciones/usaid-chs-2020/hallazgos/1/');
    expect(plain(chicago, r)).toBe('Rotondo, Emma Lucía, Liliana Vega Segoin y Susana Guevara. 2020. Evaluación intermedia de la actividad "Trata de Personas en la Amazonía Peruana". Informe de evaluación intermedia AID-527-A-14-00004. Hallazgo 1. Agencia de los Estados Unidos para el Desarrollo Internacional. https://evidencia-trata-peru.org/es/evaluaciones/usaid-chs-2020/hallazgos/1/.');
    expect(plain(iso690, r)).toBe('ROTONDO, Emma Lucía, VEGA SEGOIN, Liliana y GUEVARA, Susana. Evaluación intermedia de la actividad "Trata de Personas en la Amazonía Peruana" [en línea]. Informe de evaluación intermedia, AID-527-A-14-00004. Agencia de los Estados Unidos para el Desarrollo Internacional, 2020. Hallazgo 1. [consulta: 22 de noviembre de 2026]. Disponible en: https://evidencia-trata-peru.org/es/evaluaciones/usaid-chs-2020/hallazgos/1/');
    expect(apaInText(r)).toBe('(Rotondo et al., 2020, Hallazgo 1)');
    expect(chicagoInText(r)).toBe('(Rotondo, Vega Segoin y Guevara 2020, Hallazgo 1)');
  });

  it('USAID finding 1, English page: the title is translated in brackets, the English is official (no note)', () => {
    const r = ref('usaid-chs-2020-finding-1', 'en');
    expect(plain(apa, r)).toBe('Rotondo, E. L., Vega Segoin, L., & Guevara, S. (2020). Evaluación intermedia de la actividad "Trata de Personas en la Amazonía Peruana" [Midterm evaluation of the activity "Human Trafficking in the Peruvian Amazon"] [Finding 1, Hallazgo 1] (AID-527-A-14-00004). United States Agency for International Development. https://evidencia-trata-peru.org/en/evaluations/usaid-chs-2020/findings/1/');
    expect(chicagoInText(r)).toBe('(Rotondo, Vega Segoin, and Guevara 2020, Hallazgo 1)');
    expect(toHtml(apa(r))).toContain('<i>Evaluación intermedia de la actividad &quot;Trata de Personas en la Amazonía Peruana&quot;</i>'.replace(/&quot;/g, '"'));
  });

  it('ILO 2021 recommendation 1, English page: firm as author, paragraph pin-cite, unofficial translation said', () => {
    const r = ref('ilo-alianzas-2021-recommendation-1', 'en');
    expect(plain(chicago, r)).toBe('Macroconsult S.A. 2021. Evaluación independiente intermedia del proyecto "Alianzas en acción para terminar con la trata de niños, niñas y adolescentes en Perú" [Independent mid-term evaluation of the project "Partnerships in Action to End Child Trafficking in Peru"]. Mid-term evaluation report PER/17/51/USA. Recommendation 1 (párr. 204). International Labour Organization. https://evidencia-trata-peru.org/en/evaluations/ilo-alianzas-2021/recommendations/1/. Quoted text: unofficial translation by this site.');
    expect(plain(iso690, r)).toBe('MACROCONSULT S.A. Evaluación independiente intermedia del proyecto "Alianzas en acción para terminar con la trata de niños, niñas y adolescentes en Perú" [Independent mid-term evaluation of the project "Partnerships in Action to End Child Trafficking in Peru"] [online]. Mid-term evaluation report, PER/17/51/USA. International Labour Organization, 2021. Recommendation 1, párr. 204. [viewed 22 November 2026]. Available from: https://evidencia-trata-peru.org/en/evaluations/ilo-alianzas-2021/recommendations/1/ Quoted text: unofficial translation by this site.');
    expect(apaInText(r)).toBe('(Macroconsult S.A., 2021, párr. 204)');
  });

  it('ILO 2024 lesson LA1, Spanish page: English report cited with its Spanish title in brackets; official Spanish (no note)', () => {
    const r = ref('ilo-alianzas-2024-lesson-la1', 'es');
    expect(plain(apa, r)).toBe('Sánchez Esteban, V., Rotondo Dall-Orso, E. y Belbussi Persini, C. (2024). Independent final evaluation of the project "Partnerships in Action to End Child Trafficking in Peru" [Evaluación final independiente del proyecto "Alianzas en acción para terminar con la trata de niñas, niños y adolescentes en el Perú"] [Lección aprendida LA1] (PER/17/51/USA). Organización Internacional del Trabajo. https://evidencia-trata-peru.org/es/evaluaciones/ilo-alianzas-2024/lecciones/la1/');
    expect(apaInText(r)).toBe('(Sánchez Esteban et al., 2024, LA.1)');
  });
});

describe('exports parse with real parsers and round-trip', () => {
  const refs = [ref('usaid-chs-2020-finding-1', 'es'), ref('ilo-alianzas-2021-recommendation-1', 'en'), ref('ilo-alianzas-2024-recommendation-r3', 'es')];
  const expectRoundTrip = (parsed: Record<string, unknown>[], source: string) => {
    expect(parsed).toHaveLength(refs.length);
    parsed.forEach((p, i) => {
      const r = refs[i];
      expect(p.type, source).toBe('report');
      expect(p.title, source).toBe(r.title);
      expect(p.publisher, source).toBe(r.institution);
      expect((p.issued as { 'date-parts': number[][] })['date-parts'][0].slice(0, 2), source).toEqual([Number(r.year), Number(r.month)]);
      expect(String(p.number), source).toBe(r.number);
      expect(p.URL, source).toBe(r.url);
      const authors = (p.author as { family?: string; literal?: string }[]).map((a) => a.family ?? a.literal);
      expect(authors, source).toEqual(r.authors.length ? r.authors.map((a) => a.family) : [r.corporateAuthor]);
    });
  };

  it('BibTeX (@techreport)', () => {
    const bib = toBibTeX(refs);
    expect(bib.match(/@techreport\{/g)).toHaveLength(3);
    expectRoundTrip(new Cite(bib).data, 'bibtex');
  });

  it('RIS (TY  - RPRT)', () => {
    const ris = toRIS(refs);
    expect(ris.match(/^TY {2}- RPRT/gm)).toHaveLength(3);
    expectRoundTrip(new Cite(ris).data, 'ris');
  });

  it('CSL-JSON (type: report)', () => {
    const json = JSON.stringify(toCSL(refs));
    expectRoundTrip(new Cite(JSON.parse(json)).data, 'csl-json');
  });
});

describe('reference-manager metadata', () => {
  it('Highwire tags carry title, authors, date, institution, number, language and URL', () => {
    const tags = highwireTags(ref('ilo-alianzas-2021-recommendation-1', 'es'));
    const names = tags.map(([n]) => n);
    for (const n of ['citation_title', 'citation_author', 'citation_publication_date', 'citation_technical_report_institution', 'citation_technical_report_number', 'citation_language', 'citation_public_url']) expect(names).toContain(n);
    expect(Object.fromEntries(tags).citation_publication_date).toBe('2021/04');
  });
  it('COinS is a valid OpenURL report context', () => {
    const params = new URLSearchParams(coins(ref('usaid-chs-2020-finding-1', 'en')));
    expect(params.get('rft.genre')).toBe('report');
    expect(params.getAll('rft.au')).toEqual(['Rotondo, Emma Lucía', 'Vega Segoin, Liliana', 'Guevara, Susana']);
    expect(params.get('rft_id')).toBe('https://evidencia-trata-peru.org/en/evaluations/usaid-chs-2020/findings/1/');
  });
});
