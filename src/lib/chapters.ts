import type { Library } from './library';
import type { ReportChapter } from '../report/report';

/** The report's executive summary (its chapter in the summary part; every chapter reads in both languages). */
export function summaryChapter(lib: Library, evaluation: string): ReportChapter | undefined {
  const chapters = lib.reports.get(evaluation)?.chapters ?? [];
  return chapters.find((c) => c.meta.summary && c.meta.part === 'summary') ?? chapters.find((c) => c.meta.summary);
}
