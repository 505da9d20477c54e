/** Every built page is valid HTML (html-validate, standard + document presets, .htmlvalidate.json). */
import { beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { fileFor, htmlPages, readPage, requireDist } from '../support/dist';

beforeAll(requireDist);

describe('HTML validity', () => {
  it('no page has a validation error', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    const pages = htmlPages();
    for (const page of pages) {
      const report = await validator.validateString(readPage(page), fileFor(page));
      for (const r of report.results) for (const m of r.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(pages.length).toBeGreaterThan(1000);
    expect(problems.slice(0, 40)).toEqual([]);
  });

  it('has no inline event handlers or inline scripts anywhere', () => {
    const offenders = htmlPages().filter((p) => /\son[a-z]+\s*=\s*["']/i.test(readPage(p)) || /<script(?![^>]*\bsrc=)[^>]*>/i.test(readPage(p)));
    expect(offenders).toEqual([]);
  });
});
