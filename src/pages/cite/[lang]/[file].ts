/**
 * Reference-manager exports (BibTeX, RIS, CSL-JSON) per item, per evaluation (the report) and per
 * evaluation's items in one file, in each language: /cite/<lang>/<id>.<bib|ris|json>.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../../content/model';
import { getLibrary } from '../../../lib/load-library';
import { allFiles, type ExportFormat } from '../../../lib/routes';
import { EXPORT_FORMATS, referenceFor, type Reference } from '../../../lib/citation';
import { itemRoute, urlFor } from '../../../lib/urls';
import { absolute } from '../../../lib/site';
import { BUILD_DATE } from '../../../lib/build-info';

export const getStaticPaths = (async () => allFiles('cite-export', await getLibrary()).map((f) => ({ params: { lang: f.lang, file: `${f.id}.${f.format}` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const { lib } = locals;
  const lang = params.lang as Lang;
  const [, id, format] = params.file!.match(/^(.+)\.(bib|ris|json)$/)!;
  const abs = (path: string) => absolute(path) ?? path;
  let refs: Reference[];
  const item = lib.item.get(id) ?? lib.itemByFormerId.get(id);
  if (item) {
    refs = [referenceFor(lib, lib.evaluation.get(item.evaluation)!, lang, abs(urlFor(lang, itemRoute(item))), BUILD_DATE, item)];
  } else {
    const evId = id.replace(/-items$/, '');
    const ev = lib.evaluation.get(evId)!;
    refs = id.endsWith('-items')
      ? (lib.itemsByEvaluation.get(evId) ?? []).map((it) => referenceFor(lib, ev, lang, abs(urlFor(lang, itemRoute(it))), BUILD_DATE, it))
      : [referenceFor(lib, ev, lang, abs(urlFor(lang, { type: 'evaluation', evaluation: evId })), BUILD_DATE)];
  }
  const fmt = EXPORT_FORMATS[format as ExportFormat];
  return new Response(fmt.render(refs), { headers: { 'Content-Type': fmt.type } });
};
