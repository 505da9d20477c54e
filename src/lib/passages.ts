import type { Lang } from '../content/model';
import type { Library } from './library';
import { urlFor } from './urls';

/** URL of a passage of a report: the chapter that holds the anchor, with the anchor as fragment. */
export function passageUrl(lib: Library, lang: Lang, evaluation: string, anchor: string): string {
  const chapter = lib.reports.get(evaluation)?.anchors.get(anchor)?.chapter;
  if (!chapter) throw new Error(`No chapter of ${evaluation} defines the anchor "${anchor}"`);
  return urlFor(lang, { type: 'chapter', evaluation, chapter: chapter.slug }, anchor);
}
