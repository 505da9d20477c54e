/** Items (findings, conclusions, lessons, good practices, recommendations): schema and checks. */
import { z } from 'astro/zod';
import { LANGS, PLACEHOLDER, bilingual, id, needActors, needAnchor, needComponent, needEvaluation, originalLang, statusPair, text, textStatus, where, type CheckContext, type Entry } from './common';
import { findInSource, normalizeForMatch } from '../fidelity';

export const ITEM_KINDS = ['finding', 'conclusion', 'lesson', 'practice', 'recommendation'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const VERSION_PLACES = ['executive-summary', 'body', 'annex', 'template', 'summary-document', 'brief'] as const;

/** One printing of an item in the reports: where (document, place, passage), in which language, in whose words. */
export const versionSchema = z.strictObject({
  place: z.enum(VERSION_PLACES, { error: `expected one of ${VERSION_PLACES.join(', ')}` }),
  document: id,
  lang: z.enum(LANGS),
  label: z.string().optional(),
  text,
  status: textStatus,
  locator: z.string().optional(),
  anchor: id.optional(),
  /** an official translation names the passage it translates (the anchor of another version of the item) */
  translationOf: id.optional(),
});
export type ItemVersion = z.infer<typeof versionSchema>;

export const sourceLocatorSchema = z.strictObject(
  { document: id, section: text, locator: text, anchor: id },
  { error: 'expected the source locator {document, section, locator, anchor}' },
);

/** The one formula for an item's id (stable forever): evaluation-kind-key. */
export const itemId = (evaluation: string, kind: ItemKind, key: string) => `${evaluation}-${kind}-${key}`;

/** based-on and see-also are links the report states; inferred links are proposed by the site's editors and labelled so. */
export const RELATIONS = ['based-on', 'see-also', 'inferred'] as const;

export const itemSchema = z
  .strictObject({
    id,
    evaluation: id,
    kind: z.enum(ITEM_KINDS, { error: `expected one of ${ITEM_KINDS.join(', ')}` }),
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a short lowercase key, e.g. "1", "a", "r1"' }),
    /** the label as the report prints it ("Hallazgo 1", "F12", "R.1", "16") */
    label: text,
    /** ids this item was published under before (their pages redirect here) */
    formerIds: z.array(id).default([]),
    /** the heading the report prints the item under, when its label needs it ("Effectiveness" for conclusion 16) */
    group: bilingual.optional(),
    title: bilingual.nullable().default(null),
    /** whose words the title is, per language (a title may be official where the text is not) */
    titleStatus: statusPair.optional(),
    /** the item's text: the main version's words in its language, and their translation in the other */
    text: bilingual,
    textStatus: statusPair,
    /** why the two languages' texts differ much in length (the check compares them) */
    lengthNote: bilingual.optional(),
    challenge: bilingual.optional(),
    challengeStatus: statusPair.optional(),
    actors: z.array(id).default([]),
    addressees: z.array(id).default([]),
    addresseeHeading: z.string().optional(),
    components: z.array(id).min(1, { error: 'expected at least one component id' }),
    source: sourceLocatorSchema,
    versions: z.array(versionSchema).default([]),
    differences: z.array(bilingual).default([]),
    related: z.array(z.strictObject({ item: id, relation: z.enum(RELATIONS) })).default([]),
    notes: z.array(bilingual).default([]),
    recommendation: z
      .strictObject({
        criterion: z.string().optional(),
        responsibility: z.string().optional(),
        priority: z.string().optional(),
        resources: z.string().optional(),
        timeframe: z.string().optional(),
      })
      .optional(),
    template: z.strictObject({ anchor: id, fields: z.array(z.strictObject({ name: text, text })) }).optional(),
  })
  .superRefine((item, ctx) => {
    item.related.forEach((r, i) => {
      if (item.related.findIndex((x) => x.item === r.item && x.relation === r.relation) < i) ctx.addIssue({ code: 'custom', path: ['related', i], message: `"${r.item}" (${r.relation}) is listed twice; expected each related item once` });
    });
    const expectedId = itemId(item.evaluation, item.kind, item.key);
    if (item.id !== expectedId) ctx.addIssue({ code: 'custom', path: ['id'], message: `expected "${expectedId}" (evaluation-kind-key)` });
    if (item.kind === 'recommendation' && item.addressees.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['addressees'], message: 'expected at least one addressee for a recommendation' });
    }
    if (item.kind !== 'recommendation' && item.addressees.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['addressees'], message: 'only recommendations have addressees; use "actors"' });
    }
    for (const a of item.addressees) {
      if (!item.actors.includes(a)) ctx.addIssue({ code: 'custom', path: ['actors'], message: `expected the addressee "${a}" to be listed in actors too` });
    }
    if (item.title && !item.titleStatus) {
      ctx.addIssue({ code: 'custom', path: ['titleStatus'], message: 'expected a status per language for the title ({es, en}: original | official-translation | unofficial-translation)' });
    }
    if (item.challenge && !item.challengeStatus) {
      ctx.addIssue({ code: 'custom', path: ['challengeStatus'], message: 'expected a status per language for the challenge text' });
    }
    const originals = (['es', 'en'] as const).filter((l) => item.textStatus[l] === 'original');
    if (originals.length !== 1) ctx.addIssue({ code: 'custom', path: ['textStatus'], message: 'expected exactly one language with status "original"' });
  });
export type Item = z.infer<typeof itemSchema>;

/** References resolve (evaluation, actors, components, items, documents, anchors); every printed text is the report's. */
export function checkItems(ctx: CheckContext, items: Entry<Item>[]): void {
  // one pin-cite, one item: a label printed twice in an evaluation and kind needs its group to tell them apart
  const labels = new Map<string, string>();
  for (const it of items) {
    const key = [it.data.evaluation, it.data.kind, it.data.label.trim().toLowerCase(), it.data.group?.en ?? ''].join('\u0000');
    const prev = labels.get(key);
    if (prev) ctx.problems.push(`${where(it)}, field label: "${it.data.label}" is also the label of ${it.data.kind} "${prev}" of ${it.data.evaluation}; expected one label per item of a kind in an evaluation (as the report numbers them; a group tells apart items numbered again under each heading)`);
    else labels.set(key, it.data.id);
  }
  for (const it of items) {
    const item = it.data;
    const at = where(it);
    const ev = needEvaluation(ctx, at, 'evaluation', item.evaluation);
    if (!ev) continue;
    needActors(ctx, at, 'actors', item.actors);
    needActors(ctx, at, 'addressees', item.addressees);
    item.components.forEach((c, i) => needComponent(ctx, at, `components[${i}]`, c, ev));
    item.related.forEach((r, i) => {
      if (!ctx.itemIds.has(r.item)) ctx.problems.push(`${at}, field related[${i}].item: unknown item "${r.item}"; expected the id of an item in content/items`);
    });
    const checkDocument = (field: string, docId: string) => {
      if (ev.documents.some((d) => d.id === docId)) return true;
      ctx.problems.push(`${at}, field ${field}: unknown document "${docId}"; expected one of ${ev.documents.map((d) => d.id).join(', ')}`);
      return false;
    };
    if (checkDocument('source.document', item.source.document)) needAnchor(ctx, at, 'source.anchor', ev.id, item.source.anchor);
    // template fields and recommendation notes are printed in the report (annexes may be in the other language)
    const printed: [string, string][] = [
      ...(item.template?.fields.map((f, i) => [`template.fields[${i}].text`, f.text] as [string, string]) ?? []),
      ...Object.entries(item.recommendation ?? {}).map(([k, v]) => [`recommendation.${k}`, v ?? ''] as [string, string]),
    ];
    if (item.template) needAnchor(ctx, at, 'template.anchor', ev.id, item.template.anchor);
    if (printed.length) {
      const all = ctx.allSourceText(ev);
      for (const [field, t] of printed) {
        for (const para of t.split(/\n\s*\n/)) {
          if (normalizeForMatch(para).length >= 12 && !findInSource(para, all).found) ctx.problems.push(`${at}, field ${field}: text not found in the sources of ${ev.id}; expected the report's own words`);
        }
      }
    }
    // fidelity of the original-language text and of every version printed in the sources
    const original = originalLang(item.textStatus);
    const verify = (field: string, t: string, docId: string) => {
      const source = ctx.sourceText(ev, docId);
      if (source === undefined) return;
      const r = findInSource(t, source);
      if (!r.found) ctx.problems.push(`${at}, field ${field}: text not found in the source document "${docId}" (from: "${r.missing}…"); expected the report's own words`);
    };
    verify(`text.${original}`, item.text[original], item.source.document);
    if (item.title && item.textStatus[original] === 'original') verify(`title.${original}`, item.title[original], item.source.document);
    if (item.challenge && item.challengeStatus?.[original] === 'original') verify(`challenge.${original}`, item.challenge[original], item.source.document);
    const other = original === 'es' ? 'en' : 'es';
    item.versions.forEach((v, i) => {
      if (!checkDocument(`versions[${i}].document`, v.document)) return;
      needAnchor(ctx, at, `versions[${i}].anchor`, ev.id, v.anchor);
      if (v.status !== 'unofficial-translation') verify(`versions[${i}].text`, v.text, v.document);
    });
    // an official translation shown as the item's text must be one of the printed versions
    if (item.textStatus[other] === 'official-translation') {
      const ok = item.versions.some((v) => v.lang === other && v.status === 'official-translation' && normalizeForMatch(v.text).includes(normalizeForMatch(item.text[other])));
      if (!ok) ctx.problems.push(`${at}, field text.${other}: marked official-translation but matches no official version; expected the text of a version with lang ${other} and status official-translation`);
    }
    // the main text is one of the printings; an official translation translates that printing
    // the same words: punctuation, quotation marks and emphasis aside (printings differ in those)
    const words = (x: string) => normalizeForMatch(x).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const same = (a: string, b: string) => words(a) === words(b);
    const main = item.versions.find((v) => v.anchor === item.source.anchor && v.lang === original && v.status === 'original' && same(v.text, item.text[original]));
    if (!main) ctx.problems.push(`${at}, field source.anchor: no version printed at "${item.source.anchor}" with the item's ${original} text; expected the main text to be one of the versions (same anchor, language and words)`);
    if (item.textStatus[other] === 'official-translation') {
      // the official version must translate a printing with the very words of the main text
      const ok = item.versions.some((v) => {
        if (v.lang !== other || v.status !== 'official-translation' || !same(v.text, item.text[other])) return false;
        const of = item.versions.find((w) => w.anchor === v.translationOf && w.lang === original);
        return !!of && same(of.text, item.text[original]);
      });
      if (!ok) ctx.problems.push(`${at}, field textStatus.${other}: official-translation, but no official version with these words translates a printing with the words of text.${original}; expected such a version (translationOf: the anchor of the printing it translates), or the status unofficial-translation`);
    }
    item.versions.forEach((v, i) => {
      if (v.status !== 'official-translation') return;
      const of = item.versions.find((w) => w.anchor === v.translationOf && w.lang !== v.lang && w.status === 'original');
      if (!v.translationOf || !of) ctx.problems.push(`${at}, field versions[${i}].translationOf: ${v.translationOf ? `"${v.translationOf}" is not the anchor of an original version in the other language` : 'missing'}; expected the anchor of the version this official translation translates`);
    });
    const ratio = item.text[other].length / item.text[original].length;
    // (a placeholder has no length to compare: it is reported as such)
    if ((ratio < 0.6 || ratio > 1.7) && !item.lengthNote && !PLACEHOLDER.test(item.text[other])) ctx.problems.push(`${at}, field text.${other}: ${Math.round(ratio * 100)}% of the length of text.${original}; expected a translation of the same text (0.6–1.7×), or a lengthNote saying why they differ`);
    if (item.title && item.titleStatus?.[other] === 'official-translation') {
      const docs = item.versions.filter((v) => v.lang === other && v.status === 'official-translation').map((v) => v.document);
      if (!docs.some((d) => { const s = ctx.sourceText(ev, d); return s !== undefined && findInSource(item.title![other], s).found; })) ctx.problems.push(`${at}, field title.${other}: marked official-translation but not found in the document of an official version; expected the report's own translation`);
    }
    if (item.kind === 'recommendation') checkAddressees(ctx, at, item, original);
    for (const f of item.formerIds) if (ctx.itemIds.has(f)) ctx.problems.push(`${at}, field formerIds: "${f}" is the id of a current item; expected an id no longer used`);
    const docLang = ev.documents.find((d) => d.id === item.source.document)?.language;
    if (docLang && docLang !== original) ctx.problems.push(`${at}, field textStatus: the original is "${original}" but ${item.source.document} is in "${docLang}"; expected textStatus.${docLang} = original`);
  }
}

/**
 * The mechanical part of the addressee rule (docs/content-model.md, "Addressees"): every actor a
 * note or Recipient row names is an addressee (a collective named beside its members may stay an
 * actor only); without a row, the addressees are the heading's actor unless the text names the
 * actors it directs the recommendation at instead.
 */
function checkAddressees(ctx: CheckContext, at: string, item: Item, original: 'es' | 'en'): void {
  const row = item.recommendation?.responsibility;
  if (row) {
    for (const a of ctx.actorNames(row, item.evaluation)) {
      if (item.addressees.includes(a)) continue;
      if (ctx.actorType(a) === 'collective' && item.addressees.length > 1) continue;
      ctx.problems.push(`${at}, field addressees: the row "${row}" names "${a}", which is not among the addressees; expected every actor the note or Recipient row names (a qualifier such as "potentially" included)`);
    }
    return;
  }
  const heading = item.addresseeHeading?.replace(/^\s*(PARA|FOR)\s+/i, '');
  if (!heading) return;
  const fromHeading = ctx.actorNames(heading, item.evaluation);
  if (!fromHeading.length || fromHeading.some((a) => item.addressees.includes(a))) return;
  const named = ctx.actorNames(item.text[original], item.evaluation);
  if (!item.addressees.some((a) => named.includes(a))) {
    ctx.problems.push(`${at}, field addressees: none is the heading's (${fromHeading.join(', ')}, from "${item.addresseeHeading}") and none is named in the text; expected the heading's actor, or the actors the text directs the recommendation at`);
  }
}
