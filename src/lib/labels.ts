import type { Item, Lang } from '../content/model';
import { useTranslations, kindKey } from '../i18n';

const KIND_WORDS = /^(hallazgo|conclusi[oó]n|lecci[oó]n aprendida|lecci[oó]n|buena pr[aá]ctica|recomendaci[oó]n|finding|conclusion|lesson learned|lesson|good practice|best practice|recommendation)\s+/i;

/**
 * "Hallazgo 1" / "Finding 1"; "Conclusión 16 (eficacia)" / "Conclusion 16 (effectiveness)": the
 * kind word and the heading the report prints it under in the page's language, the printed label.
 */
export function itemHeading(item: Item, lang: Lang): string {
  const t = useTranslations(lang);
  const printed = item.label.replace(KIND_WORDS, '').replace(/\.$/, '').trim();
  const group = item.group ? ` (${item.group[lang].charAt(0).toLowerCase()}${item.group[lang].slice(1)})` : '';
  return `${t(kindKey(item.kind, 'one'))} ${printed}${group}`;
}

/** The item's text shortened for lists, on a word boundary. */
export function excerpt(text: string, max = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}
