/**
 * Formatted citations from the official CSL styles and locales (src/lib/citation/csl/), run by
 * citeproc-js through citation-js at build time; nothing of this ships to the browser.
 *
 * APA 7 and Chicago author-date give the reference entry and the in-text citation with its
 * pin-cite; ISO 690 (author-date, Spanish and English styles) gives the entry only, because its
 * Spanish style prints every locator as a page ("p. 204").
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import apa from './csl/apa.csl?raw';
import chicago from './csl/chicago-author-date.csl?raw';
import isoEs from './csl/iso690-author-date-es.csl?raw';
import isoEn from './csl/iso690-author-date-en.csl?raw';
import localeEs from './csl/locales-es-ES.xml?raw';
import localeEn from './csl/locales-en-US.xml?raw';
import type { Lang } from '../../content/model';
import type { PinCite, Work } from './work';

export const CITATION_STYLES = ['apa', 'chicago', 'iso690'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
/** styles whose in-text form this site shows (see above) */
export const IN_TEXT_STYLES: readonly CitationStyle[] = ['apa', 'chicago'];

const TEMPLATE: Record<CitationStyle, Record<Lang, string>> = {
  apa: { es: 'site-apa', en: 'site-apa' },
  chicago: { es: 'site-chicago-author-date', en: 'site-chicago-author-date' },
  iso690: { es: 'site-iso690-author-date-es', en: 'site-iso690-author-date-en' },
};
const LOCALE: Record<Lang, string> = { es: 'es-ES', en: 'en-US' };

let registered = false;
function register(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl') as {
    styles: { add(name: string, xml: string): void };
    locales: { add(name: string, xml: string): void };
  };
  csl.styles.add('site-apa', apa);
  csl.styles.add('site-chicago-author-date', chicago);
  csl.styles.add('site-iso690-author-date-es', isoEs);
  csl.styles.add('site-iso690-author-date-en', isoEn);
  csl.locales.add('es-ES', localeEs);
  csl.locales.add('en-US', localeEn);
  registered = true;
}

/**
 * The record as the styles see it: the translated title follows the title in brackets, not in
 * italics and never re-cased (APA 7 §9.38, Chicago 14.98; citeproc-js flips <i> inside an italic
 * title and leaves <span class="nocase"> alone). The abstract and the note are for reference
 * managers, not for the printed entry (ISO 690 would print them).
 */
function displayRecord(work: Work): object {
  const { abstract: _a, note: _n, ...csl } = work.csl;
  // the bracketed description is the citer's, in the citation's language (APA 7 §9.21); the record keeps the report's
  const genre = work.displayGenre ?? csl.genre;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const title = work.translatedTitle ? `${esc(csl.title)} <i><span class="nocase">[${esc(work.translatedTitle)}]</span></i>` : esc(csl.title);
  return { ...csl, title, ...(genre ? { genre } : {}) };
}

export interface Formatted {
  html: string;
  text: string;
}

const cache = new Map<string, Formatted>();
function memo(key: string, make: () => Formatted): Formatted {
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = make()));
  return hit;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
/** citeproc's inline styles as classes: the Content-Security-Policy allows no style attribute */
const STYLE_CLASSES: Record<string, string> = {
  'font-style:normal;': 'csl-roman',
  'font-style:italic;': 'csl-italic',
  'font-variant:small-caps;': 'csl-small-caps',
  'font-variant:normal;': 'csl-normal-variant',
  'font-weight:bold;': 'csl-bold',
  'font-weight:normal;': 'csl-normal-weight',
  'text-decoration:underline;': 'csl-underline',
  'vertical-align:sup;': 'csl-sup',
  'vertical-align:sub;': 'csl-sub',
};
/** citeproc's HTML entry, unwrapped from its div and blocks: inline markup only, no style attribute */
const inline = (html: string) =>
  clean(html.replace(/<\/?div[^>]*>/g, ' '))
    .replace(/&#38;/g, '&amp;')
    .replace(/ style="([^"]*)"/g, (_, css: string) => {
      const cls = STYLE_CLASSES[css.replace(/\s+/g, '')];
      if (!cls) throw new Error(`citation: citeproc wrote an inline style this site has no class for: "${css}"`);
      return ` class="${cls}"`;
    });

/** The report's title in its own language, inside a citation in the other: it carries its `lang` (screen readers, hyphenation). */
function markTitleLanguage(html: string, work: Work): string {
  if (work.csl.language === work.lang) return html;
  const title = work.csl.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // styles may re-case an English title (Chicago's headline style): find it regardless of case
  const at = html.toLowerCase().indexOf(title.toLowerCase());
  if (at < 0) return html;
  return `${html.slice(0, at)}<span lang="${work.csl.language}">${html.slice(at, at + title.length)}</span>${html.slice(at + title.length)}`;
}

/** The reference-list entry of a work in a style, in the work's citing language, by citeproc. */
export function formatReferenceUncached(style: CitationStyle, work: Work): Formatted {
  register();
  const cite = new Cite([displayRecord(work)]);
  const opts = { template: TEMPLATE[style][work.lang], lang: LOCALE[work.lang] };
  return {
    html: markTitleLanguage(inline(cite.format('bibliography', { ...opts, format: 'html' })), work),
    text: clean(cite.format('bibliography', { ...opts, format: 'text' })),
  };
}

/** The reference-list entry of a work in a style, in the work's citing language (once per report and language). */
export function formatReference(style: CitationStyle, work: Work): Formatted {
  return memo(`ref|${style}|${work.lang}|${work.csl.id}|${work.csl.URL}`, () => formatReferenceUncached(style, work));
}

/** The in-text citation with the pin-cite, by citeproc. */
export function formatInTextUncached(style: CitationStyle, work: Work, pin?: PinCite): string {
  register();
  const cite = new Cite([displayRecord(work)]);
  const entry = pin ? [{ id: work.csl.id, locator: pin.locator, label: pin.label }] : [{ id: work.csl.id }];
  return clean(cite.format('citation', { template: TEMPLATE[style][work.lang], lang: LOCALE[work.lang], format: 'text', entry }));
}

// Every item cites its report with its own pin: citeproc (which parses the style at each call) ran
// once per item and style, 17 % of the build. A single locator ("204", "Hallazgo 1", "F12") is
// treated alike by the styles, so citeproc runs once per report, style and label with a stand-in
// that each item's locator replaces (the tests compare both ways on every item). Ranges and lists
// ("12-14", "3, 5") go through citeproc itself (en dashes, plural labels).
const SINGLE_LOCATOR = /^[\p{L}\p{N}.]+(?: [\p{L}\p{N}.]+)*$/u;
const LOCATOR_STAND_IN = 'Zq9';

/** The in-text citation with the pin-cite: "(Macroconsult S.A., 2021, párr. 204)". */
export function formatInText(style: CitationStyle, work: Work, pin?: PinCite): string {
  if (!pin || !SINGLE_LOCATOR.test(pin.locator)) return memo(`cit|${style}|${work.lang}|${work.csl.id}|${pin?.label}|${pin?.locator}`, () => ({ html: '', text: formatInTextUncached(style, work, pin) })).text;
  const t = memo(`cit|${style}|${work.lang}|${work.csl.id}|${pin.label}|stand-in`, () => ({ html: '', text: formatInTextUncached(style, work, { ...pin, locator: LOCATOR_STAND_IN }) })).text;
  return t.replace(LOCATOR_STAND_IN, pin.locator);
}
