/**
 * Report chapters (content/reports/<evaluation>/<NN-slug>.mdx) and their translations
 * (content/translations/<evaluation>/<NN-slug>.<lang>.mdx): front-matter schemas. The passages
 * and their checks live in src/report/.
 */
import { z } from 'astro/zod';
import { LANGS, bilingual, id, text, textStatus } from './common';

export const chapterSchema = z.strictObject({
  evaluation: id,
  document: id,
  title: bilingual,
  lang: z.enum(LANGS),
  /** original, or official-translation for a translation the report itself includes (USAID Annex A) */
  textStatus: textStatus,
  part: z.enum(['front', 'summary', 'body', 'annex']),
  summary: z.boolean().default(false),
  /** work in progress (e.g. scaffolded by npm run new:evaluation): not shown, refused by a production build */
  draft: z.boolean().default(false),
});
export type ChapterMeta = z.infer<typeof chapterSchema>;

/**
 * Front matter of a chapter's translation. The body repeats the chapter's passages, with the
 * same anchors in the same order, translated for the site (unofficial). Passages whose text in
 * this language the report itself prints elsewhere are mapped in `fromReport`; passages left in
 * the original say why in `untranslated` (docs/translation.md).
 */
export const translationSchema = z.strictObject({
  evaluation: id,
  /** the original chapter's file name without ".mdx", e.g. "08-hallazgos" */
  chapter: z.string().regex(/^\d+[a-z]?-[a-z0-9-]+$/, { error: 'expected the chapter file name without .mdx, e.g. "08-hallazgos"' }),
  lang: z.enum(LANGS, { error: 'expected es or en' }),
  /** work in progress: not shown, refused by a production build (a file with unstamped passages is a draft too) */
  draft: z.boolean().default(false),
  /** passage id → fingerprint of the original passage the translation was made from (npm run translations -- stamp) */
  fingerprints: z.record(z.string(), z.string().regex(/^[0-9a-f]{12}$/, { error: 'expected a 12-digit hex fingerprint' })).default({}),
  /** passage id → id of the passage that prints this text in this language elsewhere in the report */
  fromReport: z.record(z.string(), id).default({}),
  /** passage id → why it is shown in the original language only (e.g. a list of names) */
  untranslated: z.record(z.string(), text).default({}),
  /** passage id → why its figures differ from the original's (the check compares every number) */
  numbersDiffer: z.record(z.string(), text).default({}),
  /** anchor once published on this language's page → the passage it is now (the page keeps the old id as a link target) */
  formerAnchors: z.record(z.string(), id).default({}),
});
export type TranslationMeta = z.infer<typeof translationSchema>;
