/** The report reader: every section and numbered paragraph can be linked to, and items point at their passage. */
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage, requireDist } from '../support/dist';

beforeAll(requireDist);

const CHAPTER = /^\/(es|en)\/(evaluaciones|evaluations)\/[^/]+\/(informe|report)\/[a-z0-9-]+\/$/;

describe('report reader', () => {
  it('every section heading of every chapter has an id and a visible "link to this passage"', () => {
    const problems: string[] = [];
    const chapters = htmlPages().filter((p) => CHAPTER.test(p));
    expect(chapters.length).toBeGreaterThan(150);
    for (const p of chapters) {
      const text = readPage(p).split('<div class="report-text"')[1].split('<nav class="chapter-nav"')[0];
      for (const m of text.matchAll(/<h([2-6])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g)) {
        const id = m[2]?.match(/id="([^"]+)"/)?.[1];
        if (!id) problems.push(`${p}: heading without id: ${m[3].replace(/<[^>]+>/g, '').slice(0, 60)}`);
        else if (!m[3].includes(`class="passage-link" href="#${id}"`)) problems.push(`${p}#${id}: no passage link`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('all 212 numbered paragraphs of the ILO mid-term report are anchored and linkable, in both languages', () => {
    for (const lang of ['es', 'en'] as const) {
      const all = htmlPages()
        .filter((p) => p.startsWith(`/${lang}/`) && p.includes('/ilo-alianzas-2021/') && CHAPTER.test(p))
        .map(readPage)
        .join('\n');
      for (let n = 1; n <= 212; n++) {
        expect(all, `p-${n} (${lang})`).toMatch(new RegExp(`id="p-${n}"[^>]*>[\\s\\S]*?class="passage-link" href="#p-${n}"`));
      }
    }
  });
});
