/** What an item page shows, computed from the library (tested without a build: tests/unit/views.test.ts). */
import { originalLang, type Actor, type Component, type FollowUp, type Item, type ItemVersion, type Lang, type TextStatus, type Theme } from '../../content/model';
import type { Translate } from '../../i18n';
import type { Library } from '../library';
import { itemHeading } from '../labels';
import { priorityOf, timeframeOf, type Priority, type Timeframe } from '../facets';
import { passageUrl } from '../passages';
import { itemRoute, urlFor } from '../urls';
import { excerpt } from '../labels';
import { plainText } from '../text';

export interface RelatedLink {
  relation: string;
  href: string;
  heading: string;
  excerpt: string;
}

export interface ItemView {
  item: Item;
  heading: string;
  lang: Lang;
  original: Lang;
  status: TextStatus;
  /** actors the item concerns that are not its addressees */
  concerned: Actor[];
  addressees: Actor[];
  components: Component[];
  themes: Theme[];
  related: RelatedLink[];
  /** the passage in the report, in the page's language and in the original's */
  passage: { href: Record<Lang, string>; section: string; locator: string };
  recommendationNote: { field: 'criterion' | 'responsibility' | 'priority' | 'resources' | 'timeframe'; text: string }[];
  priority?: Priority;
  timeframe?: Timeframe;
  followUp?: FollowUp;
  versions: (ItemVersion & { href?: string })[];
  description: string;
}

const NOTE_FIELDS = ['criterion', 'responsibility', 'priority', 'resources', 'timeframe'] as const;

/** A description for search engines and reference managers: whole sentences, never cut mid-word. */
export function sentenceDescription(text: string, max = 300): string {
  const clean = plainText(text).replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const sentences = clean.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).length > max) break;
    out += s;
  }
  return out.trim() || excerpt(clean, max);
}

export function itemView(lib: Library, lang: Lang, t: Translate, item: Item): ItemView {
  const inverse = (r: 'based-on' | 'see-also' | 'inferred') => (r === 'based-on' ? t('item.relation.based-on.inverse') : t(`item.relation.${r}`));
  const link = (it: Item, relation: string): RelatedLink => ({
    relation,
    href: urlFor(lang, itemRoute(it)),
    heading: itemHeading(it, lang),
    excerpt: excerpt(plainText(it.text[lang]), 140),
  });
  const components = item.components.map((c) => lib.component.get(c)!);
  return {
    item,
    heading: itemHeading(item, lang),
    lang,
    original: originalLang(item.textStatus),
    status: item.textStatus[lang],
    concerned: item.actors.filter((a) => !item.addressees.includes(a)).map((a) => lib.actor.get(a)!),
    addressees: item.addressees.map((a) => lib.actor.get(a)!),
    components,
    themes: [...new Set(components.flatMap((c) => c.themes))].map((id) => lib.theme.get(id)!),
    related: [
      ...item.related.map((r) => link(lib.item.get(r.item)!, t(`item.relation.${r.relation}`))),
      ...(lib.relatedFrom.get(item.id) ?? []).map((r) => link(r.item, inverse(r.relation))),
    ],
    passage: {
      href: { es: passageUrl(lib, 'es', item.evaluation, item.source.anchor), en: passageUrl(lib, 'en', item.evaluation, item.source.anchor) },
      section: item.source.section,
      locator: item.source.locator,
    },
    recommendationNote: item.recommendation ? NOTE_FIELDS.filter((k) => item.recommendation![k]).map((field) => ({ field, text: item.recommendation![field]! })) : [],
    priority: priorityOf(item),
    timeframe: timeframeOf(item),
    followUp: lib.followUpByItem.get(item.id),
    versions: item.versions.map((v) => ({ ...v, href: v.anchor ? passageUrl(lib, lang, item.evaluation, v.anchor) : undefined })),
    description: sentenceDescription(item.text[lang]),
  };
}
