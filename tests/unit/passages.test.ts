/** The anchor syntax and the passages of a chapter (src/report/anchors.ts, passages.ts). */
import { describe, expect, it } from 'vitest';
import { parseMdxFile, ParseError } from '../../src/report/parse';
import { chapterStructure, fingerprintOf } from '../../src/report/passages';
import { footnoteAnchor, headingAnchor, leadingAnchor, markerOnlyAnchor } from '../../src/report/anchors';

const FM = '---\nevaluation: x\n---\n';
const structure = (body: string) => {
  const p = parseMdxFile('x.mdx', FM + body);
  return chapterStructure(p.tree, p.body, p.bodyLineOffset);
};

describe('anchor markers', () => {
  it('name headings (at the end), paragraphs and list items (at the start), tables (alone before them) and footnotes (by label)', () => {
    const s = structure(
      '## Título [#t]\n\n[#p-1] 1. Texto[^7]\n\n- [#li-1] uno\n- [#li-2] dos\n\n[#tabla-1]\n\n| a | b |\n|---|---|\n| [#c-1] 1 | 2 |\n\n[^7]: Nota siete.\n',
    );
    expect(s.problems).toEqual([]);
    expect(s.passages.map((p) => [p.kind, p.id])).toEqual([
      ['heading', 't'],
      ['paragraph', 'p-1'],
      ['item', 'li-1'],
      ['item', 'li-2'],
      ['table', 'tabla-1'],
      ['footnote', 'fn-7'],
    ]);
    expect(s.byId.get('tabla-1')!.inner).toEqual(['c-1']);
    expect(s.byId.get('p-1')!.footnoteRefs).toEqual(['7']);
    expect(s.markerParagraphs.size).toBe(1);
  });

  it('report a marker alone before something that is not a table, a passage without an anchor, an anchor used twice', () => {
    const s = structure('[#x]\n\nTexto.\n\nSin ancla.\n\n[#d] uno\n\n[#d] dos\n');
    expect(s.problems.map((p) => p.message).join('\n')).toMatch(/stands alone but a paragraph follows/);
    expect(s.problems.map((p) => p.message).join('\n')).toMatch(/anchor "d" is used twice/);
    expect(s.passages.filter((p) => !p.id)).toHaveLength(2);
  });

  it('give the fingerprint of the words, not of the markers or the list bullets', () => {
    expect(fingerprintOf('[#a] Texto  del pasaje')).toBe(fingerprintOf('- [#b] Texto del pasaje'));
    expect(fingerprintOf('[#a] Texto del pasaje')).not.toBe(fingerprintOf('[#a] Texto del pasaje.'));
  });

  it('are read by small functions the renderer and the checks share', () => {
    const p = parseMdxFile('x.mdx', `${FM}## H [#h]\n\n[#p] T\n\n[#solo]\n\n| a |\n|---|\n| 1 |\n`);
    const [h, para, marker] = p.tree.children!;
    expect(headingAnchor(h)).toBe('h');
    expect(leadingAnchor(para)).toBe('p');
    expect(markerOnlyAnchor(marker)).toBe('solo');
    expect(footnoteAnchor('71')).toBe('fn-71');
  });

  it('MDX syntax errors carry the file, line and column', () => {
    try {
      parseMdxFile('content/reports/x/01-a.mdx', `${FM}\n[#p] Texto con <EditorNote kind="lost-figure">\n`);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as ParseError).message).toMatch(/^content\/reports\/x\/01-a\.mdx:\d+:\d+: MDX syntax error/);
      expect((e as ParseError).line).toBeGreaterThan(3);
    }
  });
});
