/**
 * Reference-manager exports, written by citation-js from the work's CSL-JSON record (the same one
 * the formatted citations use), with only what its writers leave out added:
 * - BibTeX: `@techreport` (also read by biblatex), plus `langid` (biblatex's hyphenation and
 *   casing; Zotero reads it as the language) and `abstract`;
 * - RIS: one line per tag (citation-js folds long values, which RIS readers do not all join).
 *   The translated title stays in the note (`N1`) as in the other formats: RIS `TT` is read as
 *   the title itself by citation-js and others, which would replace the report's own;
 * - CSL-JSON: the record itself.
 * No access date: that is the reader's, and the reference manager fills it in on import.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Lang } from '../../content/model';
import type { Work } from './work';
import type { ExportFormat } from '../routes';

const LANGID: Record<Lang, string> = { es: 'spanish', en: 'english' };

const bibValue = (s: string) => s.replace(/([{}&%$#_\\])/g, '\\$1');

export function toBibTeX(work: Work): string {
  // citation-js makes its own key ("Rotondo2020Evaluacion"); ours is the evaluation id, stable
  const bib = (new Cite([work.csl]).format('bibtex') as string).trim().replace(/^@techreport\{[^,]+,/, `@techreport{${work.csl['citation-key']},`);
  const extra = [`\tlangid = {${LANGID[work.csl.language]}},`];
  if (work.csl.abstract) extra.push(`\tabstract = {${bibValue(work.csl.abstract)}},`);
  // insert before the closing brace of the entry
  return `${bib.replace(/\n\}$/, `\n${extra.join('\n')}\n}`)}\n`;
}

export function toRIS(work: Work): string {
  const ris = new Cite([work.csl]).format('ris') as string;
  const lines: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (/^[A-Z][A-Z0-9] {2}-( |$)/.test(line)) lines.push(line);
    // citation-js folds long values at a fixed width, mid-word: the pieces join as they are
    else if (line && lines.length) lines[lines.length - 1] += line;
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function toCSLJSON(work: Work): string {
  return `${JSON.stringify([work.csl], null, 1)}\n`;
}

/** One writer per export format of the route table (src/lib/routes.ts). */
export const EXPORT_WRITERS: Record<ExportFormat, { type: string; label: string; render: (work: Work) => string }> = {
  bib: { type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX', render: toBibTeX },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS', render: toRIS },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON', render: toCSLJSON },
};
