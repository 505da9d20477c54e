/** The benchmark's synthetic library: N evaluations whose copies are valid content, ids renamed throughout. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSyntheticProject, plan, realEvaluations } from '../../scripts/bench/synth';
import { readRawLibrary } from '../../src/content/disk';
import { indexLibrary } from '../../src/lib/library';
import { LOAD_BUDGET_MS, ROOT } from '../support/library';

describe('synthetic library', () => {
  it('plans copies round-robin over the real evaluations, with stable ids', () => {
    const p = plan(['a', 'b', 'c'], 7);
    expect(p.copies.map((c) => c.id)).toEqual(['a-k2', 'b-k2', 'c-k2', 'a-k3']);
    expect(() => plan(['a', 'b'], 1)).toThrow(/fewer than the 2 real evaluations/);
  });

  it(
    'builds a project whose content passes every check, with the copies’ items, chapters and translations renamed',
    () => {
      const dest = mkdtempSync(join(tmpdir(), 'synth-'));
      try {
        const real = realEvaluations(join(ROOT, 'content'));
        buildSyntheticProject(ROOT, dest, real.length + 2);
        symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'));
        const lib = indexLibrary(readRawLibrary(dest));
        const copy = `${real[0]}-k2`;
        expect(lib.evaluations.map((e) => e.id)).toContain(copy);
        const original = lib.itemsByEvaluation.get(real[0])!;
        const copied = lib.itemsByEvaluation.get(copy)!;
        expect(copied.length).toBe(original.length);
        expect(copied.every((i) => i.id.startsWith(`${copy}-`))).toBe(true);
        expect(lib.reports.get(copy)!.chapters.length).toBe(lib.reports.get(real[0])!.chapters.length);
        expect(lib.reports.get(copy)!.translations.length).toBe(lib.reports.get(real[0])!.translations.length);
      } finally {
        rmSync(dest, { recursive: true, force: true });
      }
    },
    LOAD_BUDGET_MS,
  );
});
