/**
 * The cited work is always the evaluation report, described once in CSL-JSON: the same record
 * feeds the formatted citations (citeproc), the exports (BibTeX, RIS, CSL-JSON) and the page
 * metadata (Highwire tags, COinS), so none of them can disagree. An item is not a work of its own:
 * it is the report plus a locator ("Hallazgo 9", "párr. 204"), so saving ten findings gives one
 * reference and ten pin-cites.
 *
 * The record describes the report as it is printed: title, genre and publisher in the report's
 * language (APA 7 §9.29 and Chicago 14.99: names as shown on the work). The page's language adds
 * only the translated title, in brackets, and the citation conventions of its CSL locale.
 */
import type { Evaluation, Item, Lang } from '../../content/model';
import type { Library } from '../library';
import { useTranslations } from '../../i18n';
import { itemPrintedLabel } from '../labels';

/** The subset of CSL-JSON 1.0.2 this site writes. */
export interface CslName {
  family?: string;
  given?: string;
  /** a corporate author, kept whole */
  literal?: string;
}
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'report' | 'dataset';
  title: string;
  /** a dataset's release */
  version?: string;
  author: CslName[];
  issued: { 'date-parts': number[][] };
  publisher: string;
  'publisher-place'?: string;
  genre?: string;
  language: Lang;
  URL: string;
  abstract?: string;
  /** what has no CSL field of its own: the award or project code, the translated title */
  note?: string;
}

export interface Work {
  /** the record every export writes */
  csl: CslItem;
  /** the title in the citing language when the report is in the other one (brackets in the styles) */
  translatedTitle?: string;
  /** the report's genre in the citing language, for the formatted citations */
  displayGenre?: string;
  /** the report's award or project code and what kind of code it is, in the citing language */
  code: { label: string; value: string };
  /** the page's language: the conventions the citation follows */
  lang: Lang;
  /** false when the build has no public address (SITE_URL): the URL is then site-relative */
  urlConfigured: boolean;
}

const GENRE: Record<Evaluation['type'], Record<Lang, string>> = {
  'mid-term': { es: 'Informe de evaluación intermedia', en: 'Mid-term evaluation report' },
  final: { es: 'Informe de evaluación final', en: 'Final evaluation report' },
};

/** "Family, Given" people who signed the report, else the evaluating firm(s) whole. */
function authors(lib: Library, ev: Evaluation): CslName[] {
  if (ev.authors.length) return ev.authors.map((a) => ({ family: a.family, given: a.given }));
  return ev.evaluator.map((id) => ({ literal: lib.actor.get(id)!.name[ev.language] }));
}

export function workFor(lib: Library, ev: Evaluation, lang: Lang, url: string, urlConfigured: boolean): Work {
  const t = useTranslations(lang);
  const [year, month] = ev.date.split('-').map(Number);
  const original = ev.language;
  const translatedTitle = lang !== original ? ev.title[lang] : undefined;
  const code = { label: t(ev.codeKind === 'award' ? 'cite.code.award' : 'cite.code.project'), value: ev.code };
  const note = [`${code.label}: ${code.value}`, translatedTitle ? `${t('cite.translatedTitle')}: ${translatedTitle}` : undefined]
    .filter(Boolean)
    // one line: RIS has no way to tell a line break in a value from citation-js's folding
    .join('; ');
  return {
    csl: {
      id: ev.id,
      'citation-key': ev.id,
      type: 'report',
      title: ev.title[original],
      author: authors(lib, ev),
      issued: { 'date-parts': [[year, month]] },
      publisher: ev.publisher.map((id) => lib.actor.get(id)!.name[original]).join(', '),
      ...(ev.publisherPlace ? { 'publisher-place': ev.publisherPlace } : {}),
      genre: GENRE[ev.type][original],
      language: original,
      URL: url,
      abstract: ev.summary[original],
      note,
    },
    translatedTitle,
    displayGenre: GENRE[ev.type][lang],
    code,
    lang,
    urlConfigured,
  };
}

/** The open data as a dataset, at a release: its author and publisher are this library. */
export function datasetWork(lang: Lang, release: { version: string; date: string }, url: string, urlConfigured: boolean): Work {
  const t = useTranslations(lang);
  const [y, m, d] = release.date.split('-').map(Number);
  return {
    csl: {
      id: `evidencia-trata-peru-data-${release.version}`,
      'citation-key': `evidencia-trata-peru-data-${release.version.replace(/\./g, '-')}`,
      type: 'dataset',
      title: t('data.datasetTitle'),
      version: release.version,
      author: [{ literal: t('site.name') }],
      issued: { 'date-parts': [[y, m, d]] },
      publisher: t('site.name'),
      language: lang,
      URL: url,
    },
    code: { label: '', value: '' },
    lang,
    urlConfigured,
  };
}

/** A pin-cite: a CSL locator with its label. Labels CSL knows get their term ("párr.", "para."). */
export interface PinCite {
  locator: string;
  /** 'paragraph' (a CSL locator type), or 'item': the locator carries its own words */
  label: 'paragraph' | 'item';
}

/**
 * Where in the report an item is: the paragraph when the report numbers its paragraphs and the
 * item is one of them, else the item's own printed label with its kind in the citing language
 * ("Finding F12", "Recomendación R.4"). Never a bare label a processor would read as a page.
 */
export function pinCiteFor(item: Item, lang: Lang): PinCite {
  const paragraph = item.source.locator.match(/^párr\. (\d+)$/);
  if (paragraph) return { locator: paragraph[1], label: 'paragraph' };
  return { locator: itemPrintedLabel(item, lang), label: 'item' };
}
