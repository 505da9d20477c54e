import type { Lang } from '../content/model';
import { en } from './en';
import { es, type UIKey } from './es';

export type { UIKey };
export const dictionaries: Record<Lang, Record<UIKey, string>> = { es, en };

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

/** t('actor.recommendationsCount', { n: 3 }) → "3 recomendaciones…" */
export function useTranslations(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, vars) => {
    const s = dict[key];
    if (s === undefined) throw new Error(`Missing UI string "${key}" for ${lang}`);
    return vars ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : s;
  };
}

export const otherLang = (lang: Lang): Lang => (lang === 'es' ? 'en' : 'es');

/** Dynamic keys (kinds, statuses, types) in one place so they stay typed. */
export const kindKey = (kind: string, n: 'one' | 'many') => `kind.${kind}.${n}` as UIKey;
