/**
 * The content model rejects bad content with a message naming the file, the entry, the field and
 * what was expected. Each case in tests/fixtures/bad/<case>/ overlays one broken file on the
 * small valid library in tests/fixtures/valid/.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { join } from 'node:path';
import { loadLibraryFromDisk } from '../../src/content/disk';
import { ContentError } from '../../src/content/yaml-entries';
import { cleanTempDirsAfterAll, tempDir } from '../support/tmp';

cleanTempDirsAfterAll();

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function withOverlay(name: string): string {
  const dir = tempDir(`fixture-${name}-`);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'bad', name), dir, { recursive: true });
  return dir;
}

function problemsOf(name: string): string[] {
  try {
    loadLibraryFromDisk(withOverlay(name));
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  throw new Error(`fixture ${name} was accepted`);
}

describe('the valid fixture', () => {
  it('loads with its items, actors and chapters', () => {
    const lib = loadLibraryFromDisk(join(FIXTURES, 'valid'));
    expect(lib.items.map((i) => i.data.id)).toEqual(['demo-2020-finding-1', 'demo-2020-recommendation-1']);
    expect(lib.checked.reports.get('demo-2020')!.chapters).toHaveLength(1);
  });
});

const ITEMS = 'content/items/demo-2020.yaml';
const CHAPTER = 'content/reports/demo-2020/01-informe\\.mdx';
const cases: [string, RegExp][] = [
  ['missing-field', new RegExp(`^${ITEMS}: entry "demo-2020-finding-1" \\(#1\\), field source: .*expected .*\\(missing\\)$`)],
  ['unknown-actor', new RegExp(`^${ITEMS}: entry "demo-2020-finding-1", field actors\\[0\\]: unknown actor "ministerio-inexistente"; expected an id defined in content/actors.yaml$`)],
  ['duplicate-id', /^content\/items\/demo-2020.yaml: entry "demo-2020-finding-1" \(#1\), field id: duplicate id "demo-2020-finding-1" \(already defined in content\/items\/demo-2020-extra.yaml: entry "demo-2020-finding-1" \(#1\)\); expected ids to be unique$/],
  ['dangling-reference', new RegExp(`^${ITEMS}: entry "demo-2020-recommendation-1", field related\\[0\\].item: unknown item "demo-2020-finding-9"; expected the id of an item in content/items$`)],
  ['dangling-anchor', new RegExp(`^${ITEMS}: entry "demo-2020-finding-1", field source.anchor: anchor "hallazgo-9" not found; expected a \\[#hallazgo-9\\] marker in content/reports/demo-2020/\\*.mdx$`)],
  ['missing-language', new RegExp(`^${ITEMS}: entry "demo-2020-finding-1" \\(#1\\), field text.en: expected a non-empty string \\(missing\\)$`)],
  ['translation-without-status', new RegExp(`^${ITEMS}: entry "demo-2020-finding-1" \\(#1\\), field textStatus.en: expected one of original, official-translation, unofficial-translation \\(missing\\)$`)],
  ['unfaithful-text', new RegExp(`^${ITEMS}: entry "demo-2020-finding-1", field text.es: text not found in the source document "demo-2020-report" .*; expected the report's own words$`)],
  ['wrong-sha256', /^content\/evaluations\/demo-2020.yaml: entry "demo-2020", field documents\[0\].sha256: expected [0-9a-f]{64} \(the hash of content\/sources\/demo-2020-report.es.txt\), found (ab){32}$/],
  ['ambiguous-alias', /^content\/actors.yaml: entry "gobierno-peru", field aliases: "mp" also names actor "ministerio-publico"; expected every name and alias to resolve to one actor$/],
  ['unknown-component', new RegExp(`^${ITEMS}: entry "demo-2020-finding-1", field components\\[0\\]: unknown component "demo-prevencion"; expected an id in content/components.yaml$`)],
  ['unanchored-passage', /^content\/reports\/demo-2020\/01-informe\.mdx:\d+: paragraph without an anchor; expected a \[#id\] marker \(npm run report:anchors adds the missing ones\)$/],
  ['chapter-folder', /^content\/reports\/demo-2020\/01-informe\.mdx, front matter field evaluation: "demo-2021", but the chapter is in the folder of "demo-2020"; expected the two to match$/],
  // an unclosed tag is reported where it opens, not at the end of its paragraph
  ['mdx-syntax', new RegExp(`^${CHAPTER}:14:58: MDX syntax error: Expected a closing tag for \`<EditorNote>\` .*; expected the tag closed .*; the line reads ".*<EditorNote kind="lost-figure"> detalle`)],
  ['mdx-stray-brace', new RegExp(`^${CHAPTER}:14:58: MDX syntax error: Unexpected end of file in expression, .*; expected \\\\\\{ and \\\\\\} for literal braces; the line reads ".*con \\{ detalle`)],
  // the build's renderer refuses these: content:check finds them first, with line and column
  ['mdx-expression', new RegExp(`^${CHAPTER}:14:58: an MDX expression \\{detalle\\}; expected plain text`)],
  ['mdx-unknown-component', new RegExp(`^${CHAPTER}:14:58: <Nota> is not a component report chapters can use; expected Flag, EditorNote, ProjectRef, br$`)],
  ['front-matter-yaml', new RegExp(`^${CHAPTER}:4:\\d+: front matter is not valid YAML: .*; the line reads "title: \\{ es: Informe: hallazgos, en: Report \\}"; expected YAML`)],
  ['yaml-syntax', new RegExp(`^${ITEMS}:7:\\d+: not valid YAML: .*; the line reads "es: El proyecto: fortaleció la capacidad de la fiscalía para investigar casos de trata de personas\\."; expected YAML`)],
  ['checksum-missing-line', /^content\/sources\/demo-2020-report\.es\.txt: not listed in content\/sources\/SHA256SUMS; expected its line \(run sha256sum demo-2020-report\.es\.txt >> SHA256SUMS in content\/sources\)$/],
  ['checksum-wrong-hash', /^content\/sources\/SHA256SUMS:1: "demo-2020-report\.es\.txt" has sha256 61c6b7795da29bac[0-9a-f]+, the line says (cd){32}; expected the hash of the file as it is/],
  ['checksum-unknown-file', /^content\/sources\/SHA256SUMS:2: "demo-2020-brief\.es\.txt" not found in content\/sources; expected a line for each source there and for no other file$/],
  ['duplicate-label', new RegExp(`^${ITEMS}: entry "demo-2020-finding-2", field label: "Hallazgo 1" is also the label of finding "demo-2020-finding-1" of demo-2020; expected one label per item of a kind in an evaluation`)],
  ['component-other-project', new RegExp(`^${ITEMS}: entry "demo-2020-finding-1", field components\\[0\\]: component "otro-prevention" belongs to project "otro"; expected a component of "demo", the project of demo-2020 \\(content/components.yaml\\)$`)],
  ['translation-figures', /^content\/translations\/demo-2020\/01-informe\.en\.mdx:\d+: passage "hallazgo-1-1": figures differ from the original \(missing —; extra 12\)/],
  ['recommendation-without-addressee', new RegExp(`^${ITEMS}: entry "demo-2020-recommendation-1" \\(#2\\), field addressees: expected at least one addressee for a recommendation( \\(missing\\))?$`)],
];

describe('bad content is rejected with file, field and expectation', () => {
  it.each(cases)('%s', (name, expected) => {
    const problems = problemsOf(name);
    expect(problems.some((p) => expected.test(p)), `problems were:\n${problems.join('\n')}`).toBe(true);
  });
});

/** The valid fixture with one item of it changed (a YAML edit in a temporary copy). */
function problemsAfter(edit: (items: Record<string, unknown>[]) => void, extra: (dir: string) => void = () => {}): string[] {
  const dir = tempDir('fixture-edit-');
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  const file = join(dir, ITEMS);
  const items = parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  edit(items);
  writeFileSync(file, stringify(items));
  extra(dir);
  try {
    loadLibraryFromDisk(dir);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}
const rec = (items: Record<string, unknown>[]) => items.find((i) => i.kind === 'recommendation') as Record<string, any>;
const finding = (items: Record<string, unknown>[]) => items.find((i) => i.kind === 'finding') as Record<string, any>;

describe('an item’s texts are its printings', () => {
  it('refuses an official translation that is not a printing translating the main text', () => {
    const p = problemsAfter((items) => (finding(items).textStatus.en = 'official-translation'));
    expect(p.join('\n')).toMatch(/field textStatus\.en: official-translation, but no official version with these words translates a printing with the words of text\.es/);
  });
  it('refuses texts of very different lengths in the two languages, unless a note says why', () => {
    const long = (items: Record<string, unknown>[]) => (finding(items).text.en = `${finding(items).text.en} ${'More words that the Spanish text does not have. '.repeat(6)}`);
    expect(problemsAfter(long).join('\n')).toMatch(/field text\.en: \d+% of the length of text\.es; expected a translation of the same text \(0\.6–1\.7×\), or a lengthNote/);
    expect(problemsAfter((items) => { long(items); finding(items).lengthNote = { es: 'Motivo.', en: 'Reason.' }; })).toEqual([]);
  });
  it('refuses conversion noise such as a markdown escape', () => {
    expect(problemsAfter((items) => (finding(items).text.en = 'The project spent \\$ 3,009,421 strengthening the prosecution service.')).join('\n')).toMatch(/field text\.en: conversion noise "\\\\\$"/);
  });
  it('refuses a former id that is a current id', () => {
    expect(problemsAfter((items) => (finding(items).formerIds = ['demo-2020-recommendation-1'])).join('\n')).toMatch(/field formerIds: "demo-2020-recommendation-1" is the id of a current item/);
  });
});

describe('the addressee rule', () => {
  it('accepts a heading wider than the text: the actor the text directs it at is the addressee', () => {
    expect(problemsAfter((items) => { rec(items).addressees = ['ministerio-publico']; })).toEqual([]);
  });
  it('accepts a text wider than its heading: the heading’s actor and the one the text adds', () => {
    expect(problemsAfter((items) => { rec(items).addressees = ['gobierno-peru', 'ministerio-publico']; })).toEqual([]);
  });
  it('refuses addressees that are neither the heading’s actor nor named in the text', () => {
    const p = problemsAfter((items) => { rec(items).addressees = ['usaid']; rec(items).actors = ['usaid', 'ministerio-publico']; });
    expect(p.join('\n')).toMatch(/field addressees: none is the heading's \(gobierno-peru, from "PARA GOBIERNO"\) and none is named in the text/);
  });
  it('refuses a note or Recipient row that names an actor not among the addressees', () => {
    const p = problemsAfter((items) => { rec(items).recommendation = { responsibility: 'USAID, MP' }; });
    expect(p.join('\n')).toMatch(/field addressees: the row "USAID, MP" names "(usaid|ministerio-publico)", which is not among the addressees/);
  });
});

describe('the registries', () => {
  it('refuse an actor name marked as printed that no source prints', () => {
    const p = problemsAfter(() => {}, (dir) => {
      const f = join(dir, 'content/actors.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace('nameStatus: { es: printed, en: editors }', 'nameStatus: { es: printed, en: printed }'));
    });
    expect(p.join('\n')).toMatch(/content\/actors\.yaml: entry "ministerio-publico", field name\.en: "Public Prosecutor's Office" is not printed in any source; expected a name as a source prints it, or nameStatus\.en: editors/);
  });
  it('refuse a redirect from a current chapter or to a missing one', () => {
    const p = problemsAfter(() => {}, (dir) => writeFileSync(join(dir, 'content/redirects.yaml'), '- { evaluation: demo-2020, chapter: informe, to: no-such-chapter }\n'));
    expect(p.join('\n')).toMatch(/field chapter: "informe" is a current chapter/);
    expect(p.join('\n')).toMatch(/field to: no chapter "no-such-chapter"/);
  });
});

/** The valid fixture after an edit, loaded outside production or in it. */
function loadAfter(edit: (dir: string) => void, production = false) {
  const dir = tempDir('fixture-draft-');
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  edit(dir);
  try {
    return { lib: loadLibraryFromDisk(dir, { production }), problems: [] as string[] };
  } catch (e) {
    if (e instanceof ContentError) return { lib: undefined, problems: e.problems };
    throw e;
  }
}
const editItems = (dir: string, edit: (items: Record<string, any>[]) => void) => {
  const file = join(dir, ITEMS);
  const items = parse(readFileSync(file, 'utf8')) as Record<string, any>[];
  edit(items);
  writeFileSync(file, stringify(items));
};
const draftFinding = (changes: Record<string, unknown>) => (dir: string) =>
  editItems(dir, (items) => items.push({ ...structuredClone(items[0]), id: 'demo-2020-finding-2', key: '2', label: 'Hallazgo 2', draft: true, ...changes }));

describe('drafts (draft: true)', () => {
  it('are left out of the library and listed with what is left to do, outside production', () => {
    const { lib, problems } = loadAfter(draftFinding({ text: { es: 'El proyecto fortaleció la capacidad de la fiscalía para investigar casos de trata de personas.', en: 'TODO: translate' } }));
    expect(problems).toEqual([]);
    expect(lib!.items.map((i) => i.data.id)).not.toContain('demo-2020-finding-2');
    expect(lib!.checked.drafts).toContain('content/items/demo-2020.yaml: entry "demo-2020-finding-2"');
    expect(lib!.checked.draftProblems.join('\n')).toMatch(/^content\/items\/demo-2020\.yaml: entry "demo-2020-finding-2", field text\.en: the placeholder "TODO: translate"; expected the real value/m);
  });
  it('are checked as if published: a draft that does not pass the schema yet is listed with its problems, one that does gets every check', () => {
    const { lib, problems } = loadAfter(draftFinding({ components: [] }));
    expect(problems).toEqual([]);
    expect(lib!.checked.draftProblems.join('\n')).toMatch(/entry "demo-2020-finding-2" \(#3\), field components: expected at least one component id/);
    // and one that passes it gets the cross-collection checks
    const dangling = loadAfter(draftFinding({ source: { document: 'demo-2020-report', section: 'Hallazgos', locator: 'Hallazgo 2', anchor: 'hallazgo-9' } }));
    expect(dangling.problems).toEqual([]);
    expect(dangling.lib!.checked.draftProblems.join('\n')).toMatch(/entry "demo-2020-finding-2", field source\.anchor: anchor "hallazgo-9" not found/);
  });
  it('are refused by a production build, with file, entry and field', () => {
    const { problems } = loadAfter(draftFinding({}), true);
    expect(problems).toContainEqual(expect.stringMatching(/^content\/items\/demo-2020\.yaml: entry "demo-2020-finding-2", field draft: true \(work in progress, not published\); expected no drafts in a production build/));
  });
  it('include chapters: a draft chapter’s problems are its to-do list, and production refuses it', () => {
    const addChapter = (dir: string) => writeFileSync(join(dir, 'content/reports/demo-2020/02-anexo.mdx'), '---\nevaluation: demo-2020\ndocument: demo-2020-report\ntitle: { es: Anexo, en: Annex }\nlang: es\ntextStatus: original\npart: annex\ndraft: true\n---\n\n## ANEXO [#anexo]\n\nUn párrafo sin ancla.\n');
    const { lib, problems } = loadAfter(addChapter);
    expect(problems).toEqual([]);
    expect(lib!.checked.reports.get('demo-2020')!.chapters.map((c) => c.slug)).toEqual(['informe']);
    expect(lib!.checked.draftProblems).toContainEqual(expect.stringMatching(/^content\/reports\/demo-2020\/02-anexo\.mdx:\d+: paragraph without an anchor/));
    expect(loadAfter(addChapter, true).problems).toContainEqual(expect.stringMatching(/^content\/reports\/demo-2020\/02-anexo\.mdx, front matter field draft: true \(work in progress, not published\); expected no drafts in a production build/));
  });
  it('a placeholder left in a published entry is an error', () => {
    const { problems } = loadAfter((dir) => editItems(dir, (items) => (items[0].text.en = 'TODO: translate')));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/items\/demo-2020\.yaml: entry "demo-2020-finding-1", field text\.en: the placeholder "TODO: translate"; expected the real value/));
  });
  it('a draft evaluation’s published chapters are an error that says the evaluation is a draft', () => {
    const { problems } = loadAfter((dir) => {
      const f = join(dir, 'content/evaluations/demo-2020.yaml');
      writeFileSync(f, `draft: true\n${readFileSync(f, 'utf8')}`);
      editItems(dir, (items) => items.forEach((i) => (i.draft = true)));
    });
    expect(problems).toContainEqual(expect.stringMatching(/^content\/reports\/demo-2020\/01-informe\.mdx, front matter field evaluation: "demo-2020" is a draft \(content\/evaluations\/demo-2020\.yaml\); expected its chapters to be drafts too/));
  });
});

describe('placeholders in chapters', () => {
  it('a chapter title left as the scaffold wrote it ("TODO: …") is an error once published, a to-do while a draft', () => {
    const retitle = (draft: boolean) => (dir: string) => {
      const f = join(dir, 'content/reports/demo-2020/01-informe.mdx');
      writeFileSync(f, readFileSync(f, 'utf8').replace('title: { es: Informe, en: Report }', `title: { es: Informe, en: "TODO: Informe" }${draft ? '\ndraft: true' : ''}`));
    };
    expect(loadAfter(retitle(false)).problems).toContainEqual('content/reports/demo-2020/01-informe.mdx, front matter field title.en: the placeholder "TODO: Informe"; expected the chapter\'s title in that language');
    const draft = loadAfter((dir) => {
      retitle(true)(dir);
      editItems(dir, (items) => items.forEach((i) => (i.draft = true)));
    });
    expect(draft.problems).toEqual([]);
    expect(draft.lib!.checked.draftProblems).toContain('content/reports/demo-2020/01-informe.mdx, front matter field title.en: the placeholder "TODO: Informe"; expected the chapter\'s title in that language');
  });
});
