/**
 * The citations the pages show are the CSL styles' output for the report's one record: a sample
 * item of every kind and evaluation in both languages, compared with src/lib/citation rendered
 * here; and every page of an evaluation embeds the same reference (Highwire tags, COinS).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CITATION_STYLES, IN_TEXT_STYLES, coins, formatInText, formatReference, pinCiteFor, workOfPage } from '../../src/lib/citation';
import { itemRoute, urlFor } from '../../src/lib/urls';
import { LANGS, ITEM_KINDS } from '../../src/content/model';
import { readPage, requireDist, textOf } from '../support/dist';
import { library } from '../support/library';

beforeAll(requireDist);
const lib = library();
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('citations on the pages', () => {
  const sample = lib.evaluations.flatMap((ev) => ITEM_KINDS.map((k) => (lib.itemsByEvaluation.get(ev.id) ?? []).find((i) => i.kind === k)).filter((i) => i !== undefined));

  it('reference entries and in-text pin-cites equal the CSL output, in each style and language', () => {
    expect(sample.length).toBeGreaterThanOrEqual(12);
    for (const item of sample)
      for (const lang of LANGS) {
        const page = readPage(urlFor(lang, itemRoute(item)));
        const work = workOfPage(lib, lib.evaluation.get(item.evaluation)!, lang);
        for (const style of CITATION_STYLES) {
          const shown = page.match(new RegExp(`<p class="cite-text" id="cite-${style}" data-plain="([^"]*)">([\\s\\S]*?)</p>`));
          expect(shown, `${item.id} ${lang} ${style}`).not.toBeNull();
          const ref = formatReference(style, work);
          expect(decode(shown![1]), `${item.id} ${lang} ${style}`).toBe(ref.text);
          expect(textOf(shown![2]), `${item.id} ${lang} ${style}`).toBe(textOf(ref.html));
        }
        for (const style of IN_TEXT_STYLES) {
          const code = page.match(new RegExp(`<code data-style="${style}" data-pin>([^<]*)</code>`))?.[1];
          expect(code && decode(code), `${item.id} ${lang} ${style}`).toBe(formatInText(style, work, pinCiteFor(item, lang)));
        }
      }
  });

  it('every page of an evaluation describes the same report: identical Highwire tags and COinS', () => {
    for (const ev of lib.evaluations)
      for (const lang of LANGS) {
        const paths = [urlFor(lang, { type: 'evaluation', evaluation: ev.id }), ...(lib.itemsByEvaluation.get(ev.id) ?? []).map((i) => urlFor(lang, itemRoute(i)))];
        const tagsOf = (p: string) => [...readPage(p).matchAll(/<meta name="(citation_[a-z_]+)" content="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`).join('\n');
        const first = tagsOf(paths[0]);
        expect(first).toContain('citation_technical_report_institution=');
        const expectedCoins = coins(workOfPage(lib, ev, lang)).replace(/&/g, '&amp;');
        for (const p of paths) {
          expect(tagsOf(p), p).toBe(first);
          const spans = [...readPage(p).matchAll(/<span class="Z3988" title="([^"]*)"/g)].map((m) => m[1]);
          expect(spans, p).toEqual([expectedCoins]);
        }
      }
  });

  it('without SITE_URL the pages say that the citation links are site-relative', () => {
    const page = readPage(urlFor('es', { type: 'evaluation', evaluation: 'usaid-chs-2020' }));
    expect(page).toContain('data-site-url="missing"');
    expect(page).toContain('SITE_URL');
  });
});
