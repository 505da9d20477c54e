/**
 * Report fidelity: every text block of every chapter (heading, paragraph, list item, table cell,
 * footnote) of 20 characters or more must be found in the chapter's source document.
 */
import type { Evaluation } from './model';
import type { Report } from '../report/report';
import { findInSource, normalizeForMatch } from './fidelity';
import { mdxTextBlocks } from './mdx-text';

export interface FidelityFailure {
  file: string;
  text: string;
  context: string;
}

export function checkReportFidelity(lib: { evaluations: { data: Evaluation }[]; sources: Map<string, string>; reports: Map<string, Report> }): { checked: number; failures: FidelityFailure[] } {
  const normalized = new Map<string, string>();
  const docFile = new Map(lib.evaluations.flatMap((e) => e.data.documents.map((d) => [d.id, d.file] as const)));
  let checked = 0;
  const failures: FidelityFailure[] = [];
  for (const report of lib.reports.values()) {
    for (const ch of report.chapters) {
      const file = docFile.get(ch.meta.document);
      if (!file) continue; // reported by the integrity check
      if (!normalized.has(file)) normalized.set(file, normalizeForMatch(lib.sources.get(file) ?? ''));
      const source = normalized.get(file)!;
      for (const block of mdxTextBlocks(ch.parsed.body)) {
        const t = normalizeForMatch(block);
        if (t.length < 20) continue;
        checked++;
        if (findInSource(block, source).found) continue;
        let lo = 0;
        let hi = t.length;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (source.includes(t.slice(0, mid))) lo = mid;
          else hi = mid - 1;
        }
        const at = source.indexOf(t.slice(0, lo));
        failures.push({ file: ch.file, text: block.slice(0, 160), context: `report: …${t.slice(Math.max(0, lo - 30), lo + 50)}… source: …${source.slice(at + lo - 30, at + lo + 50)}…` });
      }
    }
  }
  return { checked, failures };
}
