/**
 * A translation is checked against its chapter, passage by passage (src/report/translations.ts):
 * each rule fails on the mistake it exists for, and an outdated passage is shown as the original.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildReports, type RawFile } from '../../src/report/report';
import { fingerprintOf } from '../../src/report/passages';
import type { Actor } from '../../src/content/model';

const chapter = `---
evaluation: demo
document: demo-report
title: { es: Hallazgos, en: Findings }
lang: es
textStatus: original
part: body
---
## 3. Hallazgos [#hallazgos]

[#p-1] 1. El MIMP capacitó a 120 operadores en 2019, el 38% del total.

<Flag es="Nota." en="Note." />

- [#li-1] Primer punto del pasaje con la Defensoría.
- [#li-2] Segundo punto.[^4]

[#t-1]

| Región | Casos |
|---|---|
| Loreto | 14 |

[^4]: Véase el anexo 2.
`;
const CH: RawFile = { file: 'content/reports/demo/08-hallazgos.mdx', raw: chapter };
const originals: Record<string, string> = {
  hallazgos: '## 3. Hallazgos [#hallazgos]',
  'p-1': '[#p-1] 1. El MIMP capacitó a 120 operadores en 2019, el 38% del total.',
  'li-1': '- [#li-1] Primer punto del pasaje con la Defensoría.',
  'li-2': '- [#li-2] Segundo punto.[^4]',
  't-1': '| Región | Casos |\n|---|---|\n| Loreto | 14 |',
  'fn-4': '[^4]: Véase el anexo 2.',
};
const GOOD: Record<string, string> = {
  hallazgos: '## 3. Findings [#hallazgos]',
  'p-1': '[#p-1] 1. MIMP trained 120 practitioners in 2019, 38% of the total.',
  'li-1': '- [#li-1] First point of the passage with the Ombudsman.',
  'li-2': '- [#li-2] Second point.[^4]',
  't-1': '[#t-1]\n\n| Region | Cases |\n|---|---|\n| Loreto | 14 |',
  'fn-4': '[^4]: See Annex 2.',
};
const actors: Actor[] = [{ id: 'mimp', name: { es: 'Ministerio de la Mujer y Poblaciones Vulnerables', en: 'Ministry of Women and Vulnerable Populations' }, nameStatus: { es: 'printed', en: 'editors' }, acronym: 'MIMP', aliases: ['MIMP'], type: 'national-government', parent: null }];

function build(body: Record<string, string>, front: Record<string, unknown> = {}, order = Object.keys(body)) {
  const fingerprints = Object.fromEntries(Object.keys(body).filter((id) => originals[id]).map((id) => [id, fingerprintOf(originals[id])]));
  const meta = { evaluation: 'demo', chapter: '08-hallazgos', lang: 'en', fingerprints, ...front };
  const tr: RawFile = { file: 'content/translations/demo/08-hallazgos.en.mdx', raw: `---\n${stringify(meta)}---\n\n${order.map((id) => body[id]).join('\n\n')}\n` };
  return buildReports([CH], [tr], { actors, glossary: [] });
}
const problemsOf = (b: ReturnType<typeof build>) => [...b.problems, ...b.drafts.flatMap((d) => d.problems)].join('\n');

describe('a translation file', () => {
  it('that mirrors the chapter passage by passage is accepted, shown, and every passage is an unofficial translation', () => {
    const b = build(GOOD);
    expect(b.problems).toEqual([]);
    expect(b.drafts).toEqual([]);
    const t = b.reports.get('demo')!.translations[0];
    expect([...t.checked.aligned.values()].map((a) => a.status)).toEqual(Array(6).fill('unofficial-translation'));
  });

  it('fails when a figure changes', () => {
    expect(problemsOf(build({ ...GOOD, 'p-1': '[#p-1] 1. MIMP trained 121 practitioners in 2019, 38% of the total.' }))).toMatch(/passage "p-1": figures differ from the original \(missing 120; extra 121\)/);
  });

  it('fails when an institution’s acronym is dropped, and accepts its full name', () => {
    expect(problemsOf(build({ ...GOOD, 'p-1': '[#p-1] 1. The ministry trained 120 practitioners in 2019, 38% of the total.' }))).toMatch(/passage "p-1": the acronym MIMP of the original is missing/);
    expect(build({ ...GOOD, 'p-1': '[#p-1] 1. The Ministry of Women and Vulnerable Populations trained 120 practitioners in 2019, 38% of the total.' }).problems).toEqual([]);
  });

  it('fails on a missing passage, an extra one, a wrong order, another kind, a changed table shape or a lost footnote reference', () => {
    const { 'li-1': _, ...missing } = GOOD;
    expect(problemsOf(build(missing))).toMatch(/passage "li-1" \(item, line \d+ of the original\) has no translation/);
    expect(problemsOf(build({ ...GOOD, extra: '[#extra] Extra.' }))).toMatch(/passage "extra" is not in the original chapter/);
    expect(problemsOf(build(GOOD, {}, ['hallazgos', 'li-1', 'p-1', 'li-2', 't-1', 'fn-4']))).toMatch(/passage "li-1" is out of order; expected "p-1" here/);
    expect(problemsOf(build({ ...GOOD, 'p-1': '### 1. MIMP trained 120 practitioners in 2019, 38% of the total. [#p-1]' }))).toMatch(/passage "p-1": is a heading; the original is a paragraph/);
    expect(problemsOf(build({ ...GOOD, 't-1': '[#t-1]\n\n| Region | Cases | Extra |\n|---|---|---|\n| Loreto | 14 | x |' }))).toMatch(/passage "t-1": table rows × cells 3,3; the original has 2,2/);
    expect(problemsOf(build({ ...GOOD, 'li-2': '- [#li-2] Second point.' }))).toMatch(/passage "li-2": footnote references \[\]; the original has \[4\]/);
  });

  it('fails on a passage left in the original language, or identical to it', () => {
    expect(problemsOf(build({ ...GOOD, 'li-1': '- [#li-1] Primer punto del pasaje con la Defensoría.' }))).toMatch(/passage "li-1": is identical to the original/);
  });

  it('with a passage not yet stamped is a draft: kept off the pages, its problems listed', () => {
    const b = build(GOOD, { fingerprints: {} });
    expect(b.reports.get('demo')!.translations).toEqual([]);
    expect(b.drafts[0].problems.join('\n')).toMatch(/has no fingerprint/);
  });

  it('marks a passage whose original changed as outdated, and shows the original there', () => {
    const b = build(GOOD, { fingerprints: { ...Object.fromEntries(Object.keys(GOOD).map((id) => [id, fingerprintOf(originals[id])])), 'p-1': '000000000000' } });
    expect(b.problems).toEqual([]);
    expect(b.warnings.join('\n')).toMatch(/passage "p-1" is outdated/);
    const a = b.reports.get('demo')!.translations[0].checked.aligned.get('p-1')!;
    expect(a.status).toBe('outdated');
    expect(a.shown).toBeUndefined();
  });

  it('may leave a passage untranslated with its reason, and take a passage from the report’s own text in that language', () => {
    const { 'li-1': _, ...rest } = GOOD;
    const b = build(rest, { untranslated: { 'li-1': 'list of proper names' } });
    expect(b.problems).toEqual([]);
    expect(b.reports.get('demo')!.translations[0].checked.aligned.get('li-1')!.status).toBe('untranslated');
    expect(problemsOf(build(rest, { fromReport: { 'li-1': 'p-1' } }))).toMatch(/fromReport: "li-1" → "p-1": that passage is in es, expected en/);
  });
});
