/**
 * Citations are formatted at build time from the same records as the pages (no citation engine
 * in the browser). One module: the reference data (`citationData`) and its formatters.
 */
import type { Evaluation, Item, Lang } from '../content/model';
import type { Library } from './library';
import { itemHeading } from './labels';

export interface CitationData {
  authors: { family: string; given: string }[];
  /** the evaluating firm and the institution that published the report */
  evaluator: string;
  publisher: string;
  year: string;
  month: string;
  title: string;
  /** report number / project code */
  number: string;
  /** pin-cite: e.g. "Hallazgo 1" or "párr. 204" */
  locator?: string;
  /** the item's own heading, e.g. "Finding 1" */
  part?: string;
  url: string;
  language: Lang;
  /** the text cited is a translation made for the site */
  unofficialTranslation: boolean;
}

export function citationData(lib: Library, ev: Evaluation, lang: Lang, url: string, item?: Item): CitationData {
  const [year, month] = ev.date.split('-');
  const name = (id: string) => lib.actor.get(id)?.name[lang] ?? id;
  return {
    authors: ev.authors,
    evaluator: ev.evaluator.map(name).join(', '),
    publisher: ev.donor.map(name).join(', '),
    year,
    month,
    title: ev.title[lang],
    number: ev.code,
    locator: item ? item.source.locator : undefined,
    part: item ? itemHeading(item, lang) : undefined,
    url,
    language: lang,
    unofficialTranslation: item ? item.textStatus[lang] === 'unofficial-translation' : ev.titleStatus[lang] === 'unofficial-translation',
  };
}

const initials = (given: string) =>
  given
    .split(/\s+/)
    .filter(Boolean)
    .map((g) => `${g[0]}.`)
    .join(' ');

function apaAuthors(authors: CitationData['authors'], lang: Lang): string {
  const names = authors.map((a) => `${a.family}, ${initials(a.given)}`);
  if (names.length === 1) return names[0];
  const and = lang === 'es' ? 'y' : '&';
  return `${names.slice(0, -1).join(', ')}, ${and} ${names[names.length - 1]}`;
}

/** Plain APA-7-like citation in the page's language (the default shown on item pages). */
export function formatPlainCitation(c: CitationData): string {
  const es = c.language === 'es';
  const part = c.part ? ` [${c.part}${c.locator && c.locator !== c.part ? `; ${c.locator}` : ''}]` : '';
  const note = c.unofficialTranslation ? (es ? ' Traducción no oficial.' : ' Unofficial translation.') : '';
  return `${apaAuthors(c.authors, c.language)} (${c.year}). ${c.title}${part} (${c.number}). ${c.evaluator}; ${c.publisher}.${note} ${c.url}`;
}
