/**
 * What reference managers read from a page: Highwire Press tags (Google Scholar; Zotero's
 * "Embedded Metadata" translator) and a COinS span (Zotero's "COinS" translator, which outranks
 * Embedded Metadata when both are on a page). Both describe the report, never the item, so every
 * page of one evaluation saves as the same reference.
 *
 * Corporate authors: Zotero splits every Highwire or Dublin Core author string into first and last
 * name ("Macroconsult S.A." would become the person "S.a, Macroconsult"), so a firm is given only
 * in COinS, as `rft.aucorp`, which Zotero's OpenURL reader keeps whole as an institution.
 */
import type { Work } from './work';

const date = (w: Work) => w.csl.issued['date-parts'][0];
const pad = (n: number) => String(n).padStart(2, '0');

export function highwireTags(work: Work): [string, string][] {
  const { csl } = work;
  const [y, m] = date(work);
  const tags: [string, string][] = [['citation_title', csl.title]];
  for (const a of csl.author) if (a.family) tags.push(['citation_author', `${a.family}, ${a.given}`]);
  tags.push(
    ['citation_publication_date', `${y}/${pad(m)}`],
    // the tag that makes Zotero save a report; its institution is who issued the report
    ['citation_technical_report_institution', csl.publisher],
    ['citation_language', csl.language],
    ['citation_public_url', csl.URL],
  );
  if (csl.abstract) tags.push(['citation_abstract', csl.abstract]);
  return tags;
}

/** OpenURL 1.0 ContextObject (KEV), the `title` of a `<span class="Z3988">`. */
export function coins(work: Work): string {
  const { csl } = work;
  const [y, m] = date(work);
  const kv: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', 'report'],
    ['rft.btitle', csl.title],
  ];
  for (const a of csl.author) kv.push(a.literal ? ['rft.aucorp', a.literal] : ['rft.au', `${a.family}, ${a.given}`]);
  kv.push(['rft.date', `${y}-${pad(m)}`], ['rft.pub', csl.publisher]);
  if (csl['publisher-place']) kv.push(['rft.place', csl['publisher-place']]);
  kv.push(['rft.language', csl.language]);
  if (csl.abstract) kv.push(['rft.description', csl.abstract]);
  kv.push(['rft_id', csl.URL]);
  return kv.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
