/**
 * Citations and reference-manager exports, generated at build time from the same records as the
 * pages (no citation engine in the browser): APA 7, Chicago author-date and ISO 690 in the
 * conventions of the page's language, with the pin-cite locator; BibTeX, RIS and CSL-JSON.
 *
 * The cited work is always the evaluation report; an item is cited as the report plus its locator
 * ("Hallazgo 1", "párr. 204"), with the item's permalink as URL.
 */
import type { Evaluation, Item, Lang } from '../content/model';
import type { Library } from './library';
import { itemHeading } from './labels';

export interface Person {
  family: string;
  given: string;
}

export interface Reference {
  /** citation key / CSL id */
  id: string;
  /** people who signed the report; empty when only a firm did (then `corporateAuthor`) */
  authors: Person[];
  corporateAuthor: string;
  /** the report's title in its own language */
  title: string;
  /** the title in the citing language, when the report is in the other one */
  translatedTitle?: string;
  titleLanguage: Lang;
  year: string;
  month: string;
  /** who issued the report */
  institution: string;
  /** report number: the award or project code */
  number: string;
  /** "Informe de evaluación intermedia" / "Mid-term evaluation report" */
  genre: string;
  url: string;
  /** YYYY-MM-DD */
  accessed: string;
  /** language the citation is written in (the page's) */
  lang: Lang;
  /** pin-cite, as the report prints it */
  locator?: string;
  /** the item's heading in the citing language ("Finding 1") */
  part?: string;
  /** the quoted text is a translation made by this site */
  unofficialTranslation: boolean;
}

const GENRE: Record<Evaluation['type'], Record<Lang, string>> = {
  'mid-term': { es: 'Informe de evaluación intermedia', en: 'Mid-term evaluation report' },
  final: { es: 'Informe de evaluación final', en: 'Final evaluation report' },
};

export function referenceFor(
  lib: Library,
  ev: Evaluation,
  lang: Lang,
  url: string,
  accessed: string,
  item?: Item,
): Reference {
  const name = (id: string) => lib.actor.get(id)?.name[lang] ?? id;
  const [year, month] = ev.date.split('-');
  const original = ev.language;
  return {
    id: item ? item.id : ev.id,
    authors: ev.authors,
    corporateAuthor: ev.evaluator.map(name).join(', '),
    title: ev.title[original],
    translatedTitle: lang !== original ? ev.title[lang] : undefined,
    titleLanguage: original,
    year,
    month,
    institution: ev.publisher.map(name).join(', '),
    number: ev.code,
    genre: GENRE[ev.type][lang],
    url,
    accessed,
    lang,
    locator: item?.source.locator,
    part: item ? itemHeading(item, lang) : undefined,
    unofficialTranslation: item ? item.textStatus[lang] === 'unofficial-translation' : false,
  };
}

// ------------------------------------------------------------------ formatted text

/** A formatted citation: plain strings and italic runs, rendered as text or HTML. */
export type Segment = string | { i: string };

export const toPlain = (segs: Segment[]) => segs.map((s) => (typeof s === 'string' ? s : s.i)).join('');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const toHtml = (segs: Segment[]) => segs.map((s) => (typeof s === 'string' ? esc(s) : `<i>${esc(s.i)}</i>`)).join('');

const initials = (given: string) =>
  given
    .split(/\s+/)
    .filter(Boolean)
    .map((g) => g.split('-').map((p) => `${p[0]}.`).join('-'))
    .join(' ');

function joinList(parts: string[], and: string, serialComma: boolean): string {
  if (parts.length <= 1) return parts.join('');
  if (parts.length === 2) return `${parts[0]} ${and} ${parts[1]}`;
  return `${parts.slice(0, -1).join(', ')}${serialComma ? ',' : ''} ${and} ${parts[parts.length - 1]}`;
}

const MONTHS: Record<Lang, string[]> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

function longDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'es' ? `${d} de ${MONTHS.es[m - 1]} de ${y}` : `${d} ${MONTHS.en[m - 1]} ${y}`;
}

/** "Finding 1 (para. 204)": the item's heading with the printed locator, once when they coincide. */
export function pinCite(r: Reference, open = ' (', close = ')'): string | undefined {
  if (!r.part) return r.locator;
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9áéíóúñ]/g, '');
  // "Recomendación R3" and the printed "R.3" are the same pin-cite
  const same = r.locator && norm(r.part).endsWith(norm(r.locator));
  return r.locator && !same ? `${r.part}${open}${r.locator}${close}` : r.part;
}

/** "X." unless X already ends with a full stop ("Macroconsult S.A."). */
const stop = (s: string) => (s.endsWith('.') ? s : `${s}.`);

const translationNote = (r: Reference) =>
  r.unofficialTranslation ? (r.lang === 'es' ? ' Texto citado: traducción no oficial de este sitio.' : ' Quoted text: unofficial translation by this site.') : '';

/** APA 7: reference-list entry. */
export function apa(r: Reference): Segment[] {
  const es = r.lang === 'es';
  const authors = r.authors.length
    ? joinList(r.authors.map((a) => `${a.family}, ${initials(a.given)}`), es ? 'y' : '&', !es)
    : r.corporateAuthor;
  const part = r.part ? ` [${pinCite(r, ', ', '')}]` : '';
  const transl = r.translatedTitle ? ` [${r.translatedTitle}]` : '';
  const publisher = r.institution === authors ? '' : ` ${r.institution}.`;
  return [`${stop(authors)} (${r.year}). `, { i: r.title }, `${transl}${part} (${r.number}).${publisher} ${r.url}${translationNote(r)}`];
}

/** APA 7 in-text citation with the pin-cite. */
export function apaInText(r: Reference): string {
  const es = r.lang === 'es';
  const names = r.authors.map((a) => a.family);
  const who = !names.length ? r.corporateAuthor : names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} ${es ? 'y' : '&'} ${names[1]}` : `${names[0]} et al.`;
  return `(${who}, ${r.year}${r.locator ? `, ${r.locator}` : ''})`;
}

/** Chicago author-date: reference-list entry. */
export function chicago(r: Reference): Segment[] {
  const es = r.lang === 'es';
  const names = r.authors.map((a, i) => (i === 0 ? `${a.family}, ${a.given}` : `${a.given} ${a.family}`));
  const authors = names.length ? joinList(names, es ? 'y' : 'and', !es) : r.corporateAuthor;
  const transl = r.translatedTitle ? ` [${r.translatedTitle}]` : '';
  const part = r.part ? ` ${pinCite(r)}.` : '';
  return [`${stop(authors)} ${r.year}. `, { i: r.title }, `${transl}. ${r.genre} ${r.number}.${part} ${r.institution}. ${r.url}.${translationNote(r)}`];
}

/** Chicago author-date in-text citation with the pin-cite. */
export function chicagoInText(r: Reference): string {
  const es = r.lang === 'es';
  const names = r.authors.map((a) => a.family);
  const who = !names.length ? r.corporateAuthor : names.length <= 3 ? joinList(names, es ? 'y' : 'and', !es) : `${names[0]} et al.`;
  return `(${who} ${r.year}${r.locator ? `, ${r.locator}` : ''})`;
}

/** ISO 690:2021: bibliography entry (names in capitals, online medium, access date). */
export function iso690(r: Reference): Segment[] {
  const es = r.lang === 'es';
  const authors = r.authors.length
    ? joinList(r.authors.map((a) => `${a.family.toUpperCase()}, ${a.given}`), es ? 'y' : 'and', false)
    : r.corporateAuthor.toUpperCase();
  const transl = r.translatedTitle ? ` [${r.translatedTitle}]` : '';
  const medium = es ? '[en línea]' : '[online]';
  const part = r.part ? ` ${pinCite(r, ', ', '')}.` : '';
  const viewed = es ? `[consulta: ${longDate(r.accessed, 'es')}]` : `[viewed ${longDate(r.accessed, 'en')}]`;
  const available = es ? 'Disponible en' : 'Available from';
  return [`${stop(authors)} `, { i: r.title }, `${transl} ${medium}. ${r.genre}, ${r.number}. ${r.institution}, ${r.year}.${part} ${viewed}. ${available}: ${r.url}${translationNote(r)}`];
}

export const CITATION_STYLES = { apa, chicago, iso690 } as const;
export type CitationStyle = keyof typeof CITATION_STYLES;

// ------------------------------------------------------------------ exports

/** BibTeX key: letters, digits and hyphens only. */
const bibKey = (id: string) => id.replace(/[^A-Za-z0-9-]/g, '-');

function bibEscape(s: string): string {
  return s.replace(/\\/g, '\\textbackslash{}').replace(/([{}&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

export function toBibTeX(refs: Reference[]): string {
  return refs
    .map((r) => {
      const author = r.authors.length
        ? r.authors.map((a) => `${bibEscape(a.family)}, ${bibEscape(a.given)}`).join(' and ')
        : `{${bibEscape(r.corporateAuthor)}}`;
      const note = [r.part ? pinCite(r) : undefined, translationNote(r).trim()].filter(Boolean).join('. ');
      const fields: [string, string][] = [
        ['author', author],
        ['title', `{${bibEscape(r.title)}}`],
        ['institution', `{${bibEscape(r.institution)}}`],
        ['year', r.year],
        ['month', String(Number(r.month))],
        ['number', bibEscape(r.number)],
        ['type', bibEscape(r.genre)],
        ['language', r.titleLanguage === 'es' ? 'spanish' : 'english'],
        ['url', r.url],
        ['urldate', r.accessed],
      ];
      if (note) fields.push(['note', bibEscape(note)]);
      return `@techreport{${bibKey(r.id)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
    })
    .join('\n');
}

export function toRIS(refs: Reference[]): string {
  return refs
    .map((r) => {
      const lines: [string, string][] = [['TY', 'RPRT']];
      if (r.authors.length) for (const a of r.authors) lines.push(['AU', `${a.family}, ${a.given}`]);
      else lines.push(['AU', r.corporateAuthor]);
      lines.push(
        ['TI', r.title],
        ['PY', r.year],
        ['DA', `${r.year}/${r.month}`],
        ['PB', r.institution],
        ['SN', r.number],
        ['M3', r.genre],
        ['LA', r.titleLanguage],
        ['UR', r.url],
        ['Y2', r.accessed.replace(/-/g, '/')],
      );
      // the translated title goes in the note: parsers map TT over TI
      const note = [r.part ? `${pinCite(r)}.${translationNote(r)}` : '', r.translatedTitle ? `[${r.translatedTitle}]` : ''].filter(Boolean).join(' ');
      if (note) lines.push(['N1', note]);
      lines.push(['ID', r.id], ['ER', '']);
      return lines.map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\r\n') + '\r\n';
    })
    .join('\r\n');
}

export function toCSL(refs: Reference[]): object[] {
  return refs.map((r) => ({
    id: r.id,
    type: 'report',
    title: r.title,
    author: r.authors.length ? r.authors.map((a) => ({ family: a.family, given: a.given })) : [{ literal: r.corporateAuthor }],
    issued: { 'date-parts': [[Number(r.year), Number(r.month)]] },
    accessed: { 'date-parts': [r.accessed.split('-').map(Number)] },
    publisher: r.institution,
    number: r.number,
    genre: r.genre,
    language: r.titleLanguage,
    URL: r.url,
    ...(r.part ? { note: `${pinCite(r)}.${translationNote(r)}` } : {}),
  }));
}

export const EXPORT_FORMATS = {
  bib: { type: 'application/x-bibtex; charset=utf-8', render: toBibTeX },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', render: toRIS },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: (refs: Reference[]) => JSON.stringify(toCSL(refs), null, 1) },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

// ------------------------------------------------------------------ reference managers (meta tags, COinS)

/** Highwire Press tags (Google Scholar, Zotero) for a page citing this reference. */
export function highwireTags(r: Reference): [string, string][] {
  const tags: [string, string][] = [['citation_title', r.part ? `${r.title} [${r.part}]` : r.title]];
  if (r.authors.length) for (const a of r.authors) tags.push(['citation_author', `${a.family}, ${a.given}`]);
  else tags.push(['citation_author', r.corporateAuthor]);
  tags.push(
    ['citation_publication_date', `${r.year}/${r.month}`],
    ['citation_technical_report_institution', r.institution],
    ['citation_technical_report_number', r.number],
    ['citation_language', r.titleLanguage],
    ['citation_public_url', r.url],
  );
  return tags;
}

/** OpenURL ContextObject in SPAN (COinS), which Zotero reads from the page. */
export function coins(r: Reference): string {
  const kv: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', 'report'],
    ['rft.btitle', r.part ? `${r.title} [${r.part}]` : r.title],
    ['rft.date', `${r.year}-${r.month}`],
    ['rft.pub', r.institution],
    ['rft.series', r.number],
    ['rft_id', r.url],
    ['rft.language', r.titleLanguage],
  ];
  if (r.authors.length) for (const a of r.authors) kv.push(['rft.au', `${a.family}, ${a.given}`]);
  else kv.push(['rft.aucorp', r.corporateAuthor]);
  return kv.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
