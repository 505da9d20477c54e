import type { Evaluation, Lang } from '../../content/model';
import type { Library } from '../library';
import { urlFor } from '../urls';
import { absolute } from '../site';
import { workFor, type Work } from './work';

/**
 * The work as pages and exports cite it: the evaluation's page in the citing language is its URL,
 * absolute when the build knows its public address (SITE_URL), else site-relative and said so.
 */
export function workOfPage(lib: Library, ev: Evaluation, lang: Lang): Work {
  const path = urlFor(lang, { type: 'evaluation', evaluation: ev.id });
  const url = absolute(path);
  return workFor(lib, ev, lang, url ?? path, url !== undefined);
}
