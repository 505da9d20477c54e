import type { Item, Lang } from '../content/model';
import { useTranslations, kindKey } from '../i18n';

const KIND_WORDS = /^(hallazgo|conclusi[oó]n|lecci[oó]n aprendida|lecci[oó]n|buena pr[aá]ctica emergente|buena pr[aá]ctica|recomendaci[oó]n|finding|conclusion|lesson learned|lesson|emerging good practice|good practice|best practice|recommendation)\s+/i;
const EMERGING = /^(buena pr[aá]ctica emergente|emerging good practice)\s/i;

/** The kind word in the page's language, "emerging" where the report prints it ("Buena práctica emergente 1"). */
function kindWord(item: Item, lang: Lang): string {
  const t = useTranslations(lang);
  return item.kind === 'practice' && EMERGING.test(item.label) ? t('kind.practice.emerging') : t(kindKey(item.kind, 'one'));
}

/** The label the report prints without its kind word: "1", "F12", "R.1", "b)". */
const printedLabel = (item: Item) => item.label.replace(KIND_WORDS, '').replace(/\.$/, '').trim();

/**
 * "Hallazgo 1" / "Finding 1"; "Conclusión 16 (eficacia)" / "Conclusion 16 (effectiveness)": the
 * kind word and the heading the report prints it under in the page's language, the printed label.
 */
export function itemHeading(item: Item, lang: Lang): string {
  const group = item.group ? ` (${item.group[lang].charAt(0).toLowerCase()}${item.group[lang].slice(1)})` : '';
  return `${kindWord(item, lang)} ${printedLabel(item)}${group}`;
}

/** The item as a pin-cite: kind word and printed label, without the list parenthesis ("Good practice b"). */
export function itemPrintedLabel(item: Item, lang: Lang): string {
  return `${kindWord(item, lang)} ${printedLabel(item).replace(/\)$/, '')}`;
}

/** The item's text shortened for lists, on a word boundary. */
export function excerpt(text: string, max = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}
