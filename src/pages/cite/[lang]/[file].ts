/**
 * Reference-manager exports (BibTeX, RIS, CSL-JSON) in each language: /cite/<lang>/<id>.<format>.
 * Every file holds the report's one record: an item's file (and an item's former id, and the old
 * "<evaluation>-items" file) is its report's, since an item is cited as the report plus a pin-cite.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../../content/model';
import { getLibrary } from '../../../lib/load-library';
import { allFiles, type ExportFormat } from '../../../lib/routes';
import { EXPORT_WRITERS, workOfPage } from '../../../lib/citation';

export const getStaticPaths = (async () => allFiles('cite-export', await getLibrary()).map((f) => ({ params: { lang: f.lang, file: `${f.id}.${f.format}` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const { lib } = locals;
  const [, id, format] = params.file!.match(/^(.+)\.(bib|ris|json)$/)!;
  const item = lib.item.get(id) ?? lib.itemByFormerId.get(id);
  const ev = lib.evaluation.get(item ? item.evaluation : id.replace(/-items$/, ''))!;
  const writer = EXPORT_WRITERS[format as ExportFormat];
  return new Response(writer.render(workOfPage(lib, ev, params.lang as Lang)), { headers: { 'Content-Type': writer.type } });
};
