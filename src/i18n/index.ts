/**
 * UI strings: one typed dictionary per language (es.ts defines the keys; en.ts must have the
 * same, with the same placeholders — typed and tested). A message with a count has one/other
 * forms chosen by Intl.PluralRules, so "1 evaluación" and "2 evaluaciones" both read right.
 */
import { OPEN_DATA_NAMES } from '../lib/routes';
import { ACTOR_TYPES, FOLLOW_UP_STATUSES, INDICATOR_LEVELS, ITEM_KINDS, LANGS, TEXT_STATUSES, VERSION_PLACES, type Lang } from '../content/model';
import { PRIORITIES, TIMEFRAMES } from '../lib/facets';
import { en } from './en';
import { es, type Message, type UIKey } from './es';

export type { Message, UIKey };
export const dictionaries: Record<Lang, Record<UIKey, Message>> = { es, en };

export type Vars = Record<string, string | number>;
export type Translate = (key: UIKey, vars?: Vars) => string;

const plurals = Object.fromEntries(LANGS.map((l) => [l, new Intl.PluralRules(l)])) as Record<Lang, Intl.PluralRules>;
const numbers = Object.fromEntries(LANGS.map((l) => [l, new Intl.NumberFormat(l === 'es' ? 'es-PE' : 'en')])) as Record<Lang, Intl.NumberFormat>;

export function format(lang: Lang, key: UIKey, message: Message, vars?: Vars): string {
  let s: string;
  if (typeof message === 'string') s = message;
  else {
    const n = vars?.n;
    if (typeof n !== 'number') throw new Error(`UI string "${key}" (${lang}) has plural forms: expected a number n`);
    // es/en use "one" and "other"; any other category CLDR gives (e.g. "many" for millions) reads as "other"
    s = plurals[lang].select(n) === 'one' ? message.one : message.other;
  }
  return vars ? s.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? (typeof vars[k] === 'number' ? numbers[lang].format(vars[k] as number) : String(vars[k])) : `{${k}}`)) : s;
}

/** t('count.items', { n: 3 }) → "3 elementos" */
export function useTranslations(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, vars) => {
    const m = dict[key];
    if (m === undefined) throw new Error(`Missing UI string "${key}" for ${lang}`);
    return format(lang, key, m, vars);
  };
}

export const otherLang = (lang: Lang): Lang => (lang === 'es' ? 'en' : 'es');

/** Keys built from a value (kinds, statuses, types): in one place so they stay typed, and so the
 * test for unused keys knows every key they can produce. */
export const kindKey = (kind: (typeof ITEM_KINDS)[number], n: 'one' | 'many') => `kind.${kind}.${n}` as UIKey;
export const DYNAMIC_KEYS: string[] = [
  ...ITEM_KINDS.flatMap((k) => [`kind.${k}.one`, `kind.${k}.many`, `count.kind.${k}`, `cite.this.${k}`]),
  ...TEXT_STATUSES.map((s) => `status.${s}`),
  ...ACTOR_TYPES.map((a) => `actorType.${a}`),
  ...FOLLOW_UP_STATUSES.map((s) => `followup.status.${s}`),
  ...VERSION_PLACES.map((p) => `item.place.${p}`),
  ...LANGS.map((l) => `lang.name.${l}`),
  ...OPEN_DATA_NAMES.map((n) => `data.describe.${n}`),
  ...['original', 'official-translation', 'unofficial-translation', 'untranslated', 'outdated'].flatMap((s) => [`mark.${s}`, `markLong.${s}`, `translations.explain.${s}`]),
  ...['mid-term', 'final'].map((e) => `evalType.${e}`),
  ...INDICATOR_LEVELS.map((l) => `indicators.level.${l}`),
  ...['baseline', 'target', 'value', 'progress', 'status'].map((f) => `indicators.${f}`),
  ...PRIORITIES.map((p) => `priority.${p}`),
  ...TIMEFRAMES.map((t) => `timeframe.${t}`),
  ...['criterion', 'responsibility', 'priority', 'resources', 'timeframe'].map((f) => `item.rec.${f}`),
  ...['lost-figure', 'unrepaired-table', 'missing-annex'].map((k) => `editor.${k}`),
  ...['based-on', 'see-also', 'inferred'].map((r) => `item.relation.${r}`),
  ...['type', 'institution', 'component', 'evaluation', 'year', 'priority', 'timeframe'].map((f) => `filter.${f}`),
];
