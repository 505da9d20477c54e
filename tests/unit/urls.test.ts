import { describe, expect, it } from 'vitest';
import { urlFor, routeSegments, KIND_SEGMENTS, type Route } from '../../src/lib/urls';
import { ITEM_KINDS } from '../../src/content/model';

const sample: Route[] = [
  { type: 'home' },
  { type: 'evaluations' },
  { type: 'evaluation', evaluation: 'usaid-chs-2020' },
  { type: 'report', evaluation: 'usaid-chs-2020' },
  { type: 'chapter', evaluation: 'usaid-chs-2020', chapter: 'hallazgos' },
  ...ITEM_KINDS.map((kind) => ({ type: 'item' as const, evaluation: 'usaid-chs-2020', kind, key: '1' })),
  { type: 'actors' },
  { type: 'actor', actor: 'mimp' },
  { type: 'components' },
  { type: 'component', component: 'usaid-chs-evidence' },
  { type: 'theme', theme: 'prevention' },
  { type: 'recommendations' },
  { type: 'recommendations-by-actor', actor: 'mimp' },
  { type: 'search' },
  { type: 'data' },
  { type: 'glossary' },
];

describe('urlFor', () => {
  it('gives localized, slash-terminated URLs under the language prefix', () => {
    expect(urlFor('es', { type: 'item', evaluation: 'usaid-chs-2020', kind: 'finding', key: '1' })).toBe('/es/evaluaciones/usaid-chs-2020/hallazgos/1/');
    expect(urlFor('en', { type: 'item', evaluation: 'usaid-chs-2020', kind: 'practice', key: 'a' })).toBe('/en/evaluations/usaid-chs-2020/good-practices/a/');
    expect(urlFor('en', { type: 'chapter', evaluation: 'e', chapter: 'hallazgos' }, 'hallazgo-1')).toBe('/en/evaluations/e/report/hallazgos/#hallazgo-1');
    expect(urlFor('es', { type: 'home' })).toBe('/es/');
  });

  it('never gives two routes the same URL in a language', () => {
    for (const lang of ['es', 'en'] as const) {
      const urls = sample.map((r) => urlFor(lang, r));
      expect(new Set(urls).size).toBe(urls.length);
      for (const u of urls) expect(u).toMatch(new RegExp(`^/${lang}/([a-z0-9-]+/)*$`));
    }
  });

  it('has a segment for every kind in both languages, distinct per language', () => {
    for (const lang of ['es', 'en'] as const) {
      expect(new Set(Object.values(KIND_SEGMENTS[lang])).size).toBe(ITEM_KINDS.length);
    }
    expect(routeSegments('es', { type: 'recommendations-by-actor', actor: 'mp' })).toEqual(['recomendaciones', 'mp']);
  });
});
