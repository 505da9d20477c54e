/** UI dictionaries: same keys and placeholders in both languages, counts with the right plural, no unused keys. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { es } from '../../src/i18n/es';
import { en } from '../../src/i18n/en';
import { DYNAMIC_KEYS, useTranslations, type Message, type UIKey } from '../../src/i18n';
import { ROOT } from '../support/library';

const forms = (m: Message) => (typeof m === 'string' ? [m] : [m.one, m.other]);
const placeholders = (m: Message) => [...new Set(forms(m).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();
const keys = Object.keys(es) as UIKey[];

describe('UI dictionaries', () => {
  it('have exactly the same keys in Spanish and English', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it('have no empty strings, the same placeholders, and plural forms in the same keys in both languages', () => {
    for (const key of keys) {
      for (const s of [...forms(es[key]), ...forms(en[key])]) expect(s.trim(), key).not.toBe('');
      expect(placeholders(en[key]), `placeholders of ${key}`).toEqual(placeholders(es[key]));
      expect(typeof en[key], key).toBe(typeof es[key]);
    }
  });

  it('render every count string for 0, 1 and 2 with the right form', () => {
    const plural = keys.filter((k) => typeof es[k] !== 'string');
    expect(plural.length).toBeGreaterThan(8);
    const t = { es: useTranslations('es'), en: useTranslations('en') };
    const vars = { name: 'X', evaluation: 'E', count: 'C', theme: 'T' };
    for (const k of plural) {
      for (const lang of ['es', 'en'] as const) {
        const m = (lang === 'es' ? es : en)[k] as { one: string; other: string };
        for (const n of [0, 1, 2]) {
          const expected = (n === 1 ? m.one : m.other).replace(/\{(\w+)\}/g, (_, v: string) => (v === 'n' ? String(n) : (vars as Record<string, string>)[v]));
          expect(t[lang](k, { ...vars, n }), `${lang} ${k} (${n})`).toBe(expected);
        }
      }
    }
    expect(t.es('count.evaluations', { n: 1 })).toBe('1 evaluación');
    expect(t.es('count.evaluations', { n: 2 })).toBe('2 evaluaciones');
    expect(t.es('count.evaluations', { n: 0 })).toBe('0 evaluaciones');
    expect(t.en('count.recommendations', { n: 1 })).toBe('1 recommendation');
    expect(t.en('count.recommendations', { n: 0 })).toBe('0 recommendations');
    expect(t.es('count.items', { n: 1234 })).toBe('1234 elementos'.replace('1234', new Intl.NumberFormat('es-PE').format(1234)));
  });

  it('refuse a count string without a number', () => {
    expect(() => useTranslations('es')('count.items')).toThrow(/plural forms: expected a number n/);
  });

  it('have every dynamic key, and no key that no code uses', () => {
    for (const k of DYNAMIC_KEYS) expect(keys, k).toContain(k);
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|astro)$/.test(f) && !p.includes('/i18n/')) files.push(readFileSync(p, 'utf8'));
      }
    };
    walk(join(ROOT, 'src'));
    const source = files.join('\n');
    const dynamic = new Set(DYNAMIC_KEYS);
    // keys built from a value are listed, with every value they can take, in DYNAMIC_KEYS
    const unused = keys.filter((k) => !source.includes(`'${k}'`) && !dynamic.has(k));
    expect(unused).toEqual([]);
  });
});
