/** The data changelog: what counts as added, withdrawn, renamed, merged and changed between releases. */
import { describe, expect, it } from 'vitest';
import { changelog, changesBetween, snapshotOf, type FingerprintInput } from '../../src/lib/open-data/releases';

const item = (id: string, over: Partial<FingerprintInput> = {}): FingerprintInput => ({
  id, kind: 'finding', label: id, title: null, text: { es: `texto ${id}`, en: `text ${id}` }, textStatus: { es: 'original', en: 'unofficial-translation' },
  addressees: [], actors: ['mimp'], components: ['c1'], source: { document: 'd', locator: 'p. 1', anchor: 'a' }, recommendation: null, followUp: null, ...over,
});
const snap = (version: string, items: FingerprintInput[]) => snapshotOf(items, { version, date: '2026-01-01', notes: { es: 'n', en: 'n' } });

describe('changesBetween', () => {
  it('tells added, withdrawn, changed (which fields), renamed and merged items', () => {
    const v1 = snap('1.0.0', [item('a'), item('b'), item('c'), item('d1'), item('d2'), item('e')]);
    const v2 = snap('2.0.0', [
      item('a'),
      item('b', { text: { es: 'otro', en: 'text b' }, actors: ['mimp', 'oit'] }),
      item('c2', { formerIds: ['c'], label: 'c', text: { es: 'texto c', en: 'text c' } }),
      item('d', { formerIds: ['d1', 'd2'], label: 'd', text: { es: 'texto d1', en: 'text d1' } }),
      item('f'),
    ]);
    const c = changesBetween(v1, v2);
    expect(c.added).toEqual(['f']);
    expect(c.withdrawn).toEqual(['e']);
    expect(c.changed).toEqual([{ id: 'b', fields: ['text.es', 'actors'] }]);
    expect(c.renamed).toEqual([
      { from: ['c'], to: 'c2', fields: [] },
      { from: ['d1', 'd2'], to: 'd', fields: ['label'] },
    ]);
  });

  it('lists nothing when only the order of a list changed', () => {
    expect(changesBetween(snap('1.0.0', [item('a', { actors: ['x', 'y'] })]), snap('1.0.1', [item('a', { actors: ['y', 'x'] })])).changed).toEqual([]);
  });
});

describe('changelog', () => {
  it('puts unreleased changes first, and none when the data equals the last release', () => {
    const v1 = snap('1.0.0', [item('a')]);
    expect(changelog([v1], snap('x', [item('a')])).map((e) => e.version)).toEqual(['1.0.0']);
    const log = changelog([v1], snap('x', [item('a'), item('b')]));
    expect(log.map((e) => e.version)).toEqual(['unreleased', '1.0.0']);
    expect(log[0].added).toEqual(['b']);
  });
});
