/**
 * A new evaluation drafted from its report (npm run new:evaluation, docs/adding-an-evaluation.md):
 * the text of record, the evaluation record, the report split into anchored chapters and the
 * candidate items with their located versions — all marked `draft: true`, with `TODO` where a
 * person must complete or check a value. `draftEvaluation` is pure (text in, files out);
 * `writeScaffold` puts the files into a project and records the source's sha256.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ITEM_KINDS, actorNameIndex, type Actor, type ItemKind, type Lang } from '../content/model';
import { CHECKSUMS_FILE } from '../content/model';
import { CONTENT_PATHS } from '../content/paths';
import { ContentError } from '../content/yaml-entries';
import { loadRegistries } from '../content/disk';
import { parseMdxFile, ParseError } from '../report/parse';
import { chapterStructure, componentProblems } from '../report/passages';
import { addMissingAnchors } from '../report/anchoring';
import { markersIn } from '../report/anchors';
import { slugify } from '../lib/slugify';
import { buildBlocks, type Block, type Repairs } from './blocks';
import { chapterTitle, headingKey, numberedParagraphs, readToc, splitChapters, type Chapter } from './chapters';
import { fromPdf, fromText, ranges, type Extracted, type PageInfo } from './extract';
import { findPrintings, type Printing } from './items';
import { plainOf, toMdxInline, toMdxLiteral } from './mdx';
import type { PdfPage } from './pdf';

export interface DraftInput {
  id: string;
  lang: Lang;
  /** the text of a .txt source, or the pages of a PDF */
  text?: string;
  pdf?: PdfPage[];
  /** the source file's name in content/sources */
  sourceFile: string;
  /** the original file's name and sha256 (a PDF's, when the source is its text) */
  original: { name: string; sha256: string };
  actors: Actor[];
  today?: string;
}

export interface DraftSummary {
  chapters: number;
  paragraphs: number;
  pages: number | null;
  items: Record<ItemKind, number>;
  needsReview: number;
}

export interface Draft {
  /** project-relative path → content */
  files: Map<string, string>;
  sourceText: string;
  summary: DraftSummary;
  /** what it found, for people */
  found: string[];
  repaired: string[];
  needsReview: string[];
  printings: Printing[];
}

const q = (s: string) => JSON.stringify(s);
const OTHER: Record<Lang, Lang> = { es: 'en', en: 'es' };
const KIND_WORD: Record<Lang, Record<ItemKind, string>> = {
  es: { finding: 'Hallazgo', conclusion: 'Conclusión', lesson: 'Lección aprendida', practice: 'Buena práctica', recommendation: 'Recomendación' },
  en: { finding: 'Finding', conclusion: 'Conclusion', lesson: 'Lesson learned', practice: 'Good practice', recommendation: 'Recommendation' },
};
const ANCHOR_WORD: Record<Lang, Record<ItemKind, string>> = {
  es: { finding: 'hallazgo', conclusion: 'conclusion', lesson: 'leccion', practice: 'buena-practica', recommendation: 'recomendacion' },
  en: { finding: 'finding', conclusion: 'conclusion', lesson: 'lesson', practice: 'practice', recommendation: 'recommendation' },
};
const PLACE_PREFIX: Record<string, Record<Lang, string>> = {
  'executive-summary': { es: 'rs-', en: 'sum-' },
  annex: { es: 'an-', en: 'an-' },
  template: { es: 'pl-', en: 'tpl-' },
  body: { es: '', en: '' },
};

function unique(base: string, used: Set<string>): string {
  const b = base.replace(/^-+|-+$/g, '') || 'x';
  let id = b;
  for (let n = 2; used.has(id); n++) id = `${b}-${n}`;
  used.add(id);
  return id;
}

/** "F12" → "f-12"; "1" under "finding" → "hallazgo-1". */
function labelAnchor(p: Printing): string {
  const code = p.key.match(/^([a-z]+)(\d+)$/);
  const base = code ? `${code[1]}-${code[2]}` : `${ANCHOR_WORD[p.lang][p.kind]}-${p.key}`;
  return `${PLACE_PREFIX[p.place][p.lang]}${base}`;
}

/** Where pages begin: "[#pag-12]" at the point of the text where page 12 starts. */
function pageMarker(page: PageInfo | undefined, lang: Lang, physical: number, used: Set<string>, marked: Set<number>): string {
  // once per page: a chapter that starts in the middle of a page adds none
  if (marked.has(physical)) return '';
  marked.add(physical);
  const base = page?.printed ? `${lang === 'es' ? 'pag' : 'page'}-${page.printed.toLowerCase()}` : `pdf-${physical}`;
  return `[#${unique(base, used)}]`;
}

function guessDate(text: string): { value: string; printed: string } | undefined {
  const months = ['enero|january', 'febrero|february', 'marzo|march', 'abril|april', 'mayo|may', 'junio|june', 'julio|july', 'agosto|august', 'septiembre|setiembre|september', 'octubre|october', 'noviembre|november', 'diciembre|december'];
  const head = text.slice(0, 6000);
  let best: { value: string; printed: string; at: number } | undefined;
  months.forEach((names, i) => {
    const m = new RegExp(`\\b(${names})(?:\\s+de)?\\s+((?:19|20)\\d\\d)\\b`, 'i').exec(head);
    if (m && (!best || m.index < best.at)) best = { value: `${m[2]}-${String(i + 1).padStart(2, '0')}`, printed: m[0], at: m.index };
  });
  return best;
}

function guessTitle(blocks: Block[]): string | undefined {
  // the cover's longest line that names the evaluation (not a "Field: value" line)
  const cover = blocks.slice(0, 40).filter((b) => b.kind !== 'table').map((b) => plainOf(b.text)).filter((t) => /evaluaci[oó]n|evaluation/i.test(t) && t.length >= 20 && t.length <= 250 && !/:/.test(t) && !/[.]$/.test(t));
  return cover.sort((a, b) => b.length - a.length)[0];
}

/** Renders a chapter's blocks as MDX with an anchor on every passage; blocks that do not parse are written literally. */
function renderChapter(ch: Chapter, ctx: { id: string; lang: Lang; docId: string; anchorOf: Map<Block, string>; rowAnchors: Map<Block, Map<number, string>>; pages: PageInfo[] | null; used: Set<string>; marked: Set<number>; review: string[]; literal: Set<Block> }): { mdx: string; passages: number } {
  const title = chapterTitle(ch.title, ch.lang);
  const front = ['---', `evaluation: ${ctx.id}`, `document: ${ctx.docId}`, `title: { es: ${q(title.es)}, en: ${q(title.en)} }`, `lang: ${ch.lang}`, 'textStatus: original', `part: ${ch.part}`, `summary: ${ch.summary}`, '# TODO: review this chapter against the report, then remove draft: true', 'draft: true', '---', ''].join('\n');
  let lastPage: number | null | undefined;
  const pageInfo = (n: number) => ctx.pages?.find((p) => p.number === n);
  const render = (b: Block): string => {
    const inline = (t: string) => (ctx.literal.has(b) ? toMdxLiteral(t) : toMdxInline(t));
    const id = ctx.anchorOf.get(b)!;
    // the page where the block starts, when it is not the previous block's, and every page begun inside it
    const marks: string[] = [];
    if (b.page !== null && b.page !== lastPage) marks.push(pageMarker(pageInfo(b.page), ctx.lang, b.page, ctx.used, ctx.marked));
    let text = b.text;
    for (const br of [...b.breaks].sort((x, y) => y.at - x.at)) text = `${text.slice(0, br.at)}\u0000${br.page}\u0000${text.slice(br.at)}`;
    lastPage = b.breaks.length ? b.breaks[b.breaks.length - 1].page : b.page;
    // the text between page breaks is converted, the markers put back between the pieces
    const withBreaks = (s: string) =>
      s
        .split(/\u0000(\d+)\u0000/)
        .map((piece, k) => (k % 2 ? pageMarker(pageInfo(Number(piece)), ctx.lang, Number(piece), ctx.used, ctx.marked) : inline(piece)))
        .filter(Boolean)
        .join(' ');
    const lead = marks.filter(Boolean).length ? `${marks.filter(Boolean).join(' ')} ` : '';
    switch (b.kind) {
      case 'heading':
        return `${'#'.repeat(Math.min(6, b.level! + 1))} ${lead}${withBreaks(text)} [#${id}]`;
      case 'item': {
        const m = b.marker ?? '-';
        const bullet = /^\d+[.)]$/.test(m) ? `${m.replace(')', '.')}` : '-';
        const printed = bullet === '-' && !/^[-•▪◦·*+]$/.test(m) ? `${m} ` : '';
        return `${bullet} [#${id}] ${lead}${printed}${withBreaks(text)}`;
      }
      case 'table': {
        const width = Math.max(...b.rows!.map((r) => r.length));
        const cell = (c: string) => (ctx.literal.has(b) ? toMdxLiteral(c).replace(/\|/g, '\\|') : toMdxInline(c, { cell: true })) || ' ';
        const rowIds = ctx.rowAnchors.get(b);
        const rows = b.rows!.map((r, n) => `| ${[...r, ...Array(width - r.length).fill('')].map((c, k) => (k === 0 && rowIds?.has(n) ? `[#${rowIds.get(n)}] ` : '') + cell(c)).join(' | ')} |`);
        return `[#${id}]\n\n${rows[0]}\n|${' --- |'.repeat(width)}\n${rows.slice(1).join('\n')}`.replace(/\n$/, '');
      }
      default: {
        const note = b.unrepairedTable ? '<EditorNote kind="unrepaired-table" />\n\n' : '';
        const figure = /^(gr[aá]fico|figura|figure|chart|ilustraci[oó]n|diagrama)\s+(n[°º.]?\s*)?[\dIVX]+/i.test(plainOf(text)) ? `\n\n<EditorNote kind="lost-figure" label=${q(plainOf(text).replace(/"/g, "'"))} />` : '';
        if (figure) ctx.review.push(`${ch.stem}: "${plainOf(text).slice(0, 60)}" is a figure caption: check whether the figure is lost (an EditorNote kind="lost-figure" was added)`);
        return `${note}[#${id}] ${lead}${withBreaks(text)}${figure}`;
      }
    }
  };
  const body = ch.blocks.map(render).join('\n\n') + '\n';
  return { mdx: front + '\n' + body, passages: ch.blocks.length };
}

export function draftEvaluation(input: DraftInput): Draft {
  const { id, lang } = input;
  const docId = `${id}-report`;
  const extracted: Extracted = input.pdf ? fromPdf(input.pdf) : fromText(input.text ?? '');
  const review = [...extracted.review];
  const toc = readToc(extracted.lines);
  // the contents' own lines are not headings
  const tocLines = new Set(toc ? extracted.lines.slice(toc.from, toc.to) : []);
  const listed = new Set(toc?.entries.map((e) => headingKey(e.title)) ?? []);
  const { blocks, repairs } = buildBlocks(extracted.lines.map((l) => (tocLines.has(l) ? { ...l, heading: undefined } : l)), !!input.pdf, listed, (t) => (tocLines.size ? headingKey(t) : t));
  const chapters = splitChapters(blocks, extracted.lines, lang, review);
  const numberedIdx = numberedParagraphs(blocks);
  const numbered = new Map([...numberedIdx].map(([i, n]) => [blocks[i], n]));
  const printings = findPrintings(chapters, lang, numbered, review);

  // anchors: numbered paragraphs keep their number, labelled passages their label, headings their words
  const used = new Set<string>();
  const anchorOf = new Map<Block, string>();
  for (const [b, n] of numbered) anchorOf.set(b, unique(`p-${n}`, used));
  // a printing in a table row is anchored in its first cell
  const rowAnchors = new Map<Block, Map<number, string>>();
  for (const p of printings) {
    if (p.row !== undefined) {
      const rows = rowAnchors.get(p.block) ?? new Map<number, string>();
      rows.set(p.row, unique(labelAnchor(p), used));
      rowAnchors.set(p.block, rows);
    } else if (!anchorOf.has(p.block)) anchorOf.set(p.block, unique(labelAnchor(p), used));
  }
  const anchorOfPrinting = (p: Printing) => (p.row !== undefined ? rowAnchors.get(p.block)!.get(p.row)! : anchorOf.get(p.block)!);
  for (const ch of chapters) {
    let section = ch.slug;
    const counters = new Map<string, number>();
    for (const b of ch.blocks) {
      if (b.kind === 'heading') {
        if (!anchorOf.has(b)) anchorOf.set(b, unique(slugify(plainOf(b.text)).split('-').slice(0, 6).join('-').slice(0, 48) || section, used));
        section = anchorOf.get(b)!;
        continue;
      }
      if (anchorOf.has(b)) continue;
      let n = counters.get(section) ?? 0;
      let a: string;
      do a = `${section}-${++n}`;
      while (used.has(a));
      counters.set(section, n);
      used.add(a);
      anchorOf.set(b, a);
    }
  }

  const files = new Map<string, string>();
  const literal = new Set<Block>();
  let marked = new Set<number>();
  let passages = 0;
  for (const ch of chapters) {
    const file = `${CONTENT_PATHS.reports}/${id}/${ch.stem}.mdx`;
    // a block that MDX cannot read is written with every markup character escaped
    for (let attempt = 0; ; attempt++) {
      const localUsed = new Set(used);
      const localMarked = new Set(marked);
      const { mdx, passages: n } = renderChapter(ch, { id, lang, docId, anchorOf, rowAnchors, pages: extracted.pages, used: localUsed, marked: localMarked, review, literal });
      try {
        const parsed = parseMdxFile(file, mdx);
        const bad = componentProblems(parsed.tree, parsed.bodyLineOffset);
        if (bad.length) throw new ParseError(file, bad[0].line, bad[0].column, bad[0].message);
        const structure = chapterStructure(parsed.tree, parsed.body, parsed.bodyLineOffset);
        if (structure.problems.length) throw new ParseError(file, structure.problems[0].line, 1, structure.problems[0].message);
        // whatever rendered as more than one passage (a list inside a paragraph…) gets its anchors here
        const anchored = addMissingAnchors(parsed, ch.slug, localUsed);
        for (const line of anchored.unanchorable) review.push(`${file}:${line}: a list item that does not start with text has no anchor: add one by hand`);
        for (const m of markersIn(mdx)) used.add(m);
        for (const m of markersIn(anchored.body)) used.add(m);
        files.set(file, mdx.slice(0, mdx.length - parsed.body.length) + anchored.body);
        marked = localMarked;
        passages += n + anchored.added;
        break;
      } catch (e) {
        if (!(e instanceof ParseError) || attempt > 200) throw e;
        // the block on that line is written literally
        const target = [lastBlockBefore(ch.blocks, anchorOf, mdx, e.line)].find((b) => b && !literal.has(b)) ?? ch.blocks.find((b) => !literal.has(b));
        if (!target) throw e;
        literal.add(target);
        review.push(`${file}: the passage [#${anchorOf.get(target)}] did not read as MDX (${e.reason.slice(0, 80)}): written with its markup escaped; check its emphasis`);
      }
    }
  }

  // items: one per kind and key, its printings its versions
  const names = actorNameIndex(input.actors);
  const byItem = new Map<string, Printing[]>();
  for (const p of printings) {
    const k = `${p.kind}:${p.key}`;
    byItem.set(k, [...(byItem.get(k) ?? []), p]);
  }
  const counts = Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<ItemKind, number>;
  const pageOf = (p: Printing) => {
    if (p.block.page === null) return undefined;
    const info = extracted.pages?.find((x) => x.number === p.block.page);
    return info?.printed ? `p. ${info.printed}` : `PDF p. ${p.block.page}`;
  };
  const itemYaml: string[] = [
    `# Candidate items of ${id}, drafted by npm run new:evaluation from content/sources/${input.sourceFile}.`,
    '# Every entry is a draft: check its kind, label, text and versions against the report, complete the',
    '# values marked TODO (translation, components, actors, addressees), then remove its `draft: true`.',
    '# See docs/adding-an-evaluation.md and docs/content-model.md ("Items").',
    '',
  ];
  const sorted = [...byItem.values()].sort((a, b) => ITEM_KINDS.indexOf(a[0].kind) - ITEM_KINDS.indexOf(b[0].kind) || a[0].key.localeCompare(b[0].key, 'en', { numeric: true }));
  for (const ps of sorted) {
    const main = ps.find((p) => p.place === 'body' && p.lang === lang && p.text) ?? ps.find((p) => p.lang === lang && p.text) ?? ps.find((p) => p.text) ?? ps[0];
    const original = main.lang;
    const other = OTHER[original];
    const kind = main.kind;
    counts[kind]++;
    const title = main.title ?? ps.find((p) => p.title && p.lang === original)?.title;
    const note = ps.find((p) => p.note)?.note;
    const heading = ps.find((p) => p.addresseeHeading)?.addresseeHeading;
    const named = (t: string) => names(t);
    let addressees: string[] = [];
    if (kind === 'recommendation') {
      addressees = note?.responsibility ? named(note.responsibility) : heading ? named(heading.replace(/^\s*(PARA|FOR)\s+/i, '')) : [];
      if (!addressees.length) addressees = ['todo'];
    }
    const actors = [...new Set([...addressees, ...named(`${title ?? ''} ${main.text}`)])];
    const anchor = anchorOfPrinting(main);
    const locator = main.paragraph ? `${original === 'es' ? 'párr.' : 'para.'} ${main.paragraph}` : main.by === 'label' ? main.label : `${KIND_WORD[original][kind]} ${main.label}`;
    const itemKey = main.key;
    const translationTarget = ps.find((p) => p.lang === original && p.place === 'executive-summary') ?? main;
    const lines: string[] = [];
    lines.push(`- id: ${q(`${id}-${kind}-${itemKey}`)}`);
    lines.push('  draft: true  # TODO: remove once checked');
    lines.push(`  evaluation: ${q(id)}`);
    lines.push(`  kind: ${q(kind)}`);
    lines.push(`  key: ${q(itemKey)}`);
    lines.push(`  label: ${q(main.label)}`);
    if (title) {
      lines.push(`  title: { ${original}: ${q(title)}, ${other}: "TODO: translate" }`);
      lines.push(`  titleStatus: { ${original}: original, ${other}: unofficial-translation }`);
    } else lines.push('  title: null');
    lines.push('  text:');
    lines.push(`    ${original}: ${q(main.text || 'TODO: the statement (none was found after the label)')}`);
    lines.push(`    ${other}: "TODO: translate"  # TODO: or the report's own translation (official-translation, with its version)`);
    lines.push(`  textStatus: { ${original}: original, ${other}: unofficial-translation }`);
    if (main.challenge) {
      lines.push(`  challenge: { ${original}: ${q(main.challenge)}, ${other}: "TODO: translate" }`);
      lines.push(`  challengeStatus: { ${original}: original, ${other}: unofficial-translation }`);
    }
    lines.push(`  actors: [${actors.map(q).join(', ')}]  # TODO: check (found by the names in content/actors.yaml; add the institutions it concerns)`);
    if (kind === 'recommendation') {
      lines.push(`  addressees: [${addressees.map(q).join(', ')}]  # TODO: check against the rule in docs/content-model.md ("Addressees")`);
      if (heading) lines.push(`  addresseeHeading: ${q(heading)}`);
    }
    lines.push('  components: ["todo"]  # TODO: one or more component ids of the project (content/components.yaml)');
    lines.push(`  source: { document: ${q(docId)}, section: ${q(main.section)}, locator: ${q(locator)}, anchor: ${q(anchor)} }`);
    lines.push('  versions:');
    for (const p of ps) {
      const official = p.lang !== original && p.place === 'annex';
      const status = p.lang === original || !official ? 'original' : 'official-translation';
      const loc = pageOf(p);
      const fields = [`place: ${p.place}`, `document: ${q(docId)}`, `lang: ${p.lang}`, `label: ${q(p.label)}`, `text: ${q(p.text || main.text || '')}`, `status: ${status}`, ...(loc ? [`locator: ${q(loc)}`] : []), `anchor: ${q(anchorOfPrinting(p))}`];
      if (status === 'official-translation') fields.push(`translationOf: ${q(anchorOfPrinting(translationTarget))}`);
      lines.push(`    - { ${fields.join(', ')} }`);
    }
    if (note) {
      const entries = Object.entries(note).filter(([, v]) => v);
      lines.push(`  recommendation: { ${entries.map(([k, v]) => `${k}: ${q(v!)}`).join(', ')} }`);
    }
    if (ps.length > 1 && new Set(ps.map((p) => p.place)).size < ps.length) review.push(`${id}-${kind}-${itemKey}: printed twice in the same place; check that both versions are this item`);
    itemYaml.push(lines.join('\n'), '');
  }
  files.set(`${CONTENT_PATHS.items}/${id}.yaml`, itemYaml.join('\n'));

  // the evaluation record: what the text gives, guessed where it can be, the rest to complete
  const sourceText = input.pdf ? extracted.sourceText : input.text ?? '';
  const sha = createHash('sha256').update(sourceText, 'utf8').digest('hex');
  const date = guessDate(sourceText);
  const title = guessTitle(blocks);
  const type = title && /\bfinal\b/i.test(title) ? 'final' : 'mid-term';
  const ev = [
    `# The evaluation record of ${id}, drafted by npm run new:evaluation on ${input.today ?? new Date().toISOString().slice(0, 10)} from`,
    `# ${input.original.name} (sha256 ${input.original.sha256})${input.pdf ? `, whose text is content/sources/${input.sourceFile}` : ''}.`,
    '# Complete every value marked TODO (docs/adding-an-evaluation.md has a table of the fields), then',
    '# remove `draft: true` here, in the chapters and in the items.',
    'draft: true  # TODO: remove once complete',
    `id: ${id}`,
    `title: { ${lang}: ${q(`TODO: ${title ?? 'the title as the cover prints it'}`)}, ${OTHER[lang]}: "TODO: its translation" }  # TODO: the printed title${title ? ' (guessed from the cover)' : ''}`,
    `titleStatus: { ${lang}: original, ${OTHER[lang]}: unofficial-translation }  # TODO: official-translation if the report prints the title in ${OTHER[lang]}`,
    'shortTitle: { es: "TODO: e.g. OIT/Alianzas 2024", en: "TODO: e.g. ILO/Partnerships 2024" }',
    'project: todo  # TODO: the project id in content/projects.yaml (a new project: add it, and its components in content/components.yaml)',
    'code: "TODO: the award or project code the report prints"',
    'codeKind: project  # TODO: award (a donor\'s award) or project (an implementer\'s project code)',
    'donor: [todo]  # TODO: actor ids from content/actors.yaml (add new institutions there)',
    'implementer: [todo]  # TODO',
    'evaluator: [todo]  # TODO: the evaluating firm',
    'publisher: [todo]  # TODO: who issued the report (the citations\' institution)',
    'authors: []  # TODO: the people who signed the report, [{ family: …, given: … }]; empty when only a firm signs',
    `type: ${type}  # TODO: check (mid-term | final)${title ? ' — guessed from the title' : ''}`,
    `date: ${date?.value ?? '2000-01'}  # TODO: check — ${date ? `guessed from "${date.printed}" near the start of the report` : 'the month the report is dated (YYYY-MM)'}`,
    'period: { start: 2000-01, end: 2000-12 }  # TODO: the period the evaluation covers (YYYY-MM)',
    'regions: ["TODO: the regions it covers"]',
    `language: ${lang}`,
    'documents:',
    `  - id: ${docId}`,
    `    file: ${input.sourceFile}`,
    `    sha256: ${sha}`,
    `    language: ${lang}`,
    '    kind: report',
    `    title: { ${lang}: "TODO: the report's title", ${OTHER[lang]}: "TODO: its translation" }`,
    'summary: { es: "TODO: 2-4 sentences written for the site", en: "TODO: 2-4 sentences written for the site" }',
    '',
  ].join('\n');
  files.set(`${CONTENT_PATHS.evaluations}/${id}.yaml`, ev);

  const repaired = describeRepairs(repairs, extracted);
  const kinds = ITEM_KINDS.filter((k) => counts[k]);
  const found = [
    `${chapters.length} chapters (${chapters.map((c) => c.stem).join(', ')})`,
    `${passages} passages, each with an anchor${extracted.pages ? `; page markers for ${extracted.pages.length} pages` : ''}`,
    ...kinds.map((k) => {
      const items = sorted.filter((ps) => ps[0].kind === k);
      const places = new Map<string, number>();
      for (const ps of items) for (const p of ps) places.set(p.place, (places.get(p.place) ?? 0) + 1);
      return `${counts[k]} ${k}${counts[k] === 1 ? '' : 's'}: ${items.map((ps) => (ps.find((p) => p.place === 'body') ?? ps[0]).label).join(', ')} (printings: ${[...places].map(([pl, n]) => `${pl} ${n}`).join(', ')})`;
    }),
  ];
  const total = sorted.length;
  if (total) review.push(`every item: the ${OTHER[lang] === 'en' ? 'English' : 'Spanish'} text, the components and the actors (marked TODO in content/items/${id}.yaml)`);
  review.push(`the evaluation record: title, project, code, actors, dates, regions and summary (marked TODO in content/evaluations/${id}.yaml)`);
  const untranslated = chapters.filter((c) => chapterTitle(c.title, c.lang)[OTHER[c.lang]].startsWith('TODO'));
  if (untranslated.length) review.push(`the ${OTHER[lang] === 'en' ? 'English' : 'Spanish'} titles of ${untranslated.length} chapters (front matter title, marked TODO)`);
  return { files, sourceText, summary: { chapters: chapters.length, paragraphs: passages, pages: input.pdf ? input.pdf.length : null, items: counts, needsReview: review.length }, found, repaired, needsReview: review, printings };
}

function lastBlockBefore(blocks: Block[], anchorOf: Map<Block, string>, mdx: string, line: number): Block | undefined {
  // the block whose marker is the last one at or before the line of the error
  const upto = mdx.split('\n').slice(0, line).join('\n');
  let best: Block | undefined;
  let at = -1;
  for (const b of blocks) {
    const i = upto.lastIndexOf(`[#${anchorOf.get(b)}]`);
    if (i > at) {
      at = i;
      best = b;
    }
  }
  return best;
}

function describeRepairs(r: Repairs, x: Extracted): string[] {
  const out: string[] = [];
  if (r.hyphenation) out.push(`${r.hyphenation} words hyphenated across lines joined`);
  if (r.wrappedLines) out.push(`${r.wrappedLines} wrapped lines rejoined into their paragraphs`);
  if (r.pageBreakJoins) out.push(`${r.pageBreakJoins} paragraphs cut by a page break (or a blank line) rejoined`);
  if (x.removed.running.length) out.push(`running headers/footers removed from every page: ${x.removed.running.map((s) => `"${s}"`).join(', ')}`);
  if (x.removed.pageNumbers) out.push(`${x.removed.pageNumbers} page-number lines removed (kept as page markers [#pag-N])`);
  if (x.pages) {
    const printed = x.pages.filter((p) => p.printed).map((p) => p.number);
    if (printed.length) out.push(`printed page numbers on PDF pages ${ranges(printed)}`);
  }
  return out;
}

export interface ScaffoldOptions {
  id: string;
  source: string;
  language: Lang;
  root: string;
}

/** Reads the source (PDF or text), drafts the evaluation and writes it into `root`; refuses to overwrite anything. */
export async function writeScaffold(opts: ScaffoldOptions): Promise<Draft & { written: string[] }> {
  const { id, source, language, root } = opts;
  const problems: string[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push(`--id "${id}": expected an id in lowercase kebab-case, e.g. "unicef-trata-2025"`);
  if (language !== 'es' && language !== 'en') problems.push(`--language "${language}": expected es or en (the language of the report's body)`);
  if (!existsSync(source)) problems.push(`--source "${source}": file not found; expected a .pdf or .txt file`);
  else if (!/\.(pdf|txt)$/i.test(source)) problems.push(`--source "${source}": expected a .pdf or .txt file`);
  if (!existsSync(join(root, 'content'))) problems.push(`--root "${root}": no content/ folder; expected the project's root (or a copy of it)`);
  const evaluationFile = join(root, CONTENT_PATHS.evaluations, `${id}.yaml`);
  if (existsSync(evaluationFile)) problems.push(`${CONTENT_PATHS.evaluations}/${id}.yaml already exists; expected a new evaluation id`);
  if (existsSync(join(root, CONTENT_PATHS.reports, id))) problems.push(`${CONTENT_PATHS.reports}/${id}/ already exists; expected a new evaluation id`);
  if (problems.length) throw new ContentError(problems);

  const bytes = readFileSync(source);
  const original = { name: basename(source), sha256: createHash('sha256').update(bytes).digest('hex') };
  const sourceFile = `${id}-report.${language}.txt`;
  // the registry, read as the build reads it: actors are recognised in the items' texts by its names
  const { actors } = loadRegistries(root);
  let draft: Draft;
  if (/\.pdf$/i.test(source)) {
    const { readPdf } = await import('./pdf');
    let pages: PdfPage[];
    try {
      pages = await readPdf(new Uint8Array(bytes));
    } catch (e) {
      throw new ContentError([`--source "${source}": not a PDF pdfjs can read (${(e as Error).message}); expected a PDF with a text layer`]);
    }
    if (!pages.some((p) => p.lines.length)) throw new ContentError([`--source "${source}": the PDF has no text layer (a scan?); expected a PDF whose text can be selected (run OCR first)`]);
    draft = draftEvaluation({ id, lang: language, pdf: pages, sourceFile, original, actors });
  } else {
    const text = bytes.toString('utf8');
    if (text.includes('\uFFFD')) throw new ContentError([`--source "${source}": not UTF-8 text; expected a UTF-8 .txt file`]);
    draft = draftEvaluation({ id, lang: language, text, sourceFile, original, actors });
  }

  const target = join(root, CONTENT_PATHS.sources, sourceFile);
  if (existsSync(target) && readFileSync(target, 'utf8') !== draft.sourceText) throw new ContentError([`${CONTENT_PATHS.sources}/${sourceFile} already exists with other text; expected a new file (a source is never edited)`]);
  const written: string[] = [];
  const write = (rel: string, content: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
    written.push(rel);
  };
  write(`${CONTENT_PATHS.sources}/${sourceFile}`, draft.sourceText);
  // the source's line in SHA256SUMS, as `sha256sum` prints it
  const sums = join(root, CONTENT_PATHS.sources, CHECKSUMS_FILE);
  const before = existsSync(sums) ? readFileSync(sums, 'utf8') : '';
  const sha = createHash('sha256').update(draft.sourceText, 'utf8').digest('hex');
  const kept = before.split('\n').filter((l) => l.trim() && !l.endsWith(`  ${sourceFile}`));
  write(`${CONTENT_PATHS.sources}/${CHECKSUMS_FILE}`, [...kept, `${sha}  ${sourceFile}`].join('\n') + '\n');
  for (const [rel, content] of draft.files) write(rel, content);
  return { ...draft, written };
}
