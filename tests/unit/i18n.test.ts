import { describe, expect, it } from 'vitest';
import { es } from '../../src/i18n/es';
import { en } from '../../src/i18n/en';
import { useTranslations } from '../../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('have exactly the same keys in Spanish and English', () => {
    const esKeys = Object.keys(es).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys.filter((k) => !esKeys.includes(k)), 'keys only in en').toEqual([]);
    expect(esKeys.filter((k) => !enKeys.includes(k)), 'keys only in es').toEqual([]);
  });

  it('have no empty strings and the same placeholders in both languages', () => {
    for (const key of Object.keys(es) as (keyof typeof es)[]) {
      expect(es[key].trim(), `es ${key}`).not.toBe('');
      expect(en[key].trim(), `en ${key}`).not.toBe('');
      expect(placeholders(en[key]), `placeholders of ${key}`).toEqual(placeholders(es[key]));
    }
  });

  it('fills placeholders', () => {
    expect(useTranslations('es')('actor.recommendationsCount', { n: 3 })).toBe('3 recomendaciones dirigidas a esta institución');
    expect(useTranslations('en')('home.counts', { items: 58, evaluations: 1 })).toBe('58 items in 1 evaluations');
  });
});
