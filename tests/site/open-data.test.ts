/** The open-data files and the pages say the same thing. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { DIST, fileFor, htmlPages, pathOf, readPage, requireDist, textOf } from '../support/dist';
import { urlFor } from '../../src/lib/urls';
import { useTranslations } from '../../src/i18n';
import { rawLibrary } from '../support/library';

interface ItemRecord {
  id: string;
  evaluation: string;
  kind: string;
  label: string;
  title: { es: string; en: string } | null;
  text: { es: string; en: string };
  textStatus: { es: string; en: string };
  addressees: string[];
  actors: string[];
  components: string[];
  source: { document: string; section: string; locator: string; anchor: string; url: { es: string; en: string } };
  url: { es: string; en: string };
}
interface ActorRecord { id: string; name: { es: string; en: string }; acronym: string | null; aliases: string[]; type: string; url: { es: string; en: string } }

let items: ItemRecord[];
let actors: ActorRecord[];
beforeAll(() => {
  requireDist();
  items = JSON.parse(readFileSync(`${DIST}/data/items.json`, 'utf8'));
  actors = JSON.parse(readFileSync(`${DIST}/data/actors.json`, 'utf8'));
});

const path = pathOf;

describe('items.json', () => {
  it('follows the contract: fields, kinds, statuses, unique ids', () => {
    expect(items.length).toBeGreaterThanOrEqual(58);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const i of items) {
      expect(Object.keys(i)).toEqual(expect.arrayContaining(['id', 'evaluation', 'kind', 'label', 'title', 'text', 'textStatus', 'addressees', 'actors', 'components', 'source', 'url']));
      expect(['finding', 'conclusion', 'lesson', 'practice', 'recommendation']).toContain(i.kind);
      for (const l of ['es', 'en'] as const) {
        expect(['original', 'official-translation', 'unofficial-translation']).toContain(i.textStatus[l]);
        expect(i.text[l].length).toBeGreaterThan(0);
      }
      expect(Object.keys(i.source)).toEqual(expect.arrayContaining(['document', 'section', 'locator']));
      if (i.kind === 'recommendation') expect(i.addressees.length).toBeGreaterThan(0);
      for (const a of i.addressees) expect(i.actors).toContain(a);
    }
  });

  it('matches the item pages: each URL exists, shows the text, status label and institutions in its language', () => {
    const byId = new Map(actors.map((a) => [a.id, a]));
    const problems: string[] = [];
    for (const i of items) {
      for (const lang of ['es', 'en'] as const) {
        const p = path(i.url[lang]);
        if (!existsSync(fileFor(p))) {
          problems.push(`${i.id}: no page at ${p}`);
          continue;
        }
        const html = readPage(p);
        const text = textOf(html);
        if (!html.includes(`<html lang="${lang}"`)) problems.push(`${p}: wrong lang`);
        // list lines ("- …") are rendered as <li>: compare without their markers
        const expectedText = i.text[lang].replace(/(^|\n)\s*[-•]\s+/g, '$1').replace(/\s+/g, ' ').trim();
        if (!text.includes(expectedText)) problems.push(`${p}: item text missing`);
        if (i.textStatus[lang] === 'unofficial-translation' && !html.includes('status-unofficial-translation')) problems.push(`${p}: unofficial translation not labelled`);
        // institutions shown: the concerned (linked) and the addressees (linked, with their own filter)
        const decode = (s: string) => textOf(s.replace(/&#39;/g, "'"));
        const shown = new Set([...html.matchAll(/data-pagefind-filter="institution">([^<]+)</g), ...html.matchAll(/data-pagefind-filter="institution:([^"]+)"/g)].map((m) => decode(m[1])));
        const expected = new Set(i.actors.map((a) => byId.get(a)!.name[lang]));
        if ([...expected].some((n) => !shown.has(n)) || shown.size !== expected.size) problems.push(`${p}: institutions ${[...shown]} ≠ ${[...expected]}`);
        const addressed = new Set([...html.matchAll(/data-pagefind-filter="addressee">([^<]+)</g)].map((m) => decode(m[1])));
        const expectedAddressees = new Set(i.addressees.map((a) => byId.get(a)!.name[lang]));
        if ([...expectedAddressees].some((n) => !addressed.has(n)) || addressed.size !== expectedAddressees.size) problems.push(`${p}: addressees ${[...addressed]} ≠ ${[...expectedAddressees]}`);
        const source = path(i.source.url[lang]);
        if (!existsSync(fileFor(source))) problems.push(`${i.id}: passage page ${source} missing`);
        else if (!readPage(source).includes(`id="${i.source.anchor}"`)) problems.push(`${i.id}: passage #${i.source.anchor} missing on ${source}`);
      }
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });

  it('lists every item page the site has, and items.csv has the same rows', () => {
    const csv = readFileSync(`${DIST}/data/items.csv`, 'utf8');
    // records start with an item id at the beginning of a line
    const ids = [...csv.matchAll(/^([a-z0-9-]+-(?:finding|conclusion|lesson|practice|recommendation)-[a-z0-9-]+),/gm)].map((m) => m[1]);
    expect(ids.sort()).toEqual(items.map((i) => i.id).sort());
    expect(csv.split('\r\n')[0]).toBe('id,evaluation,kind,label,title_es,title_en,text_es,text_en,text_status_es,text_status_en,addressees,actors,components,source_document,source_section,source_locator,url_es,url_en');
  });
});

describe('follow-up and cross-evaluation pages', () => {
  it('items.json carries followUp on every 2021 recommendation, and its page shows it', () => {
    const recs = items.filter((i) => i.evaluation === 'ilo-alianzas-2021' && i.kind === 'recommendation');
    expect(recs.length).toBe(4);
    for (const r of recs as (ItemRecord & { followUp: { status: string; source: { url: { es: string; en: string } } } | null })[]) {
      expect(r.followUp, r.id).not.toBeNull();
      for (const lang of ['es', 'en'] as const) {
        const html = readPage(path(r.url[lang]));
        expect(html, r.id).toContain(`data-followup-status="${r.followUp!.status}"`);
        expect(html).toContain(`href="${path(r.followUp!.source.url[lang])}${new URL(r.followUp!.source.url[lang], "http://site.invalid").hash}"`);
      }
    }
  });
  it('every institution page links every evaluation whose items concern it', () => {
    const problems: string[] = [];
    for (const a of actors) {
      const evs = new Set(items.filter((i) => i.actors.includes(a.id)).map((i) => i.evaluation));
      for (const lang of ['es', 'en'] as const) {
        const html = readPage(path(a.url[lang]));
        for (const ev of evs) if (!html.includes(`href="${urlFor(lang, { type: 'evaluation', evaluation: ev })}"`)) problems.push(`${a.id} (${lang}) does not list ${ev}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
  it('every page of recommendations to an institution gives their number, and links the wider bodies it belongs to that have their own', () => {
    const byId = new Map(actors.map((a) => [a.id, a]));
    const addressees = [...new Set(items.flatMap((i) => i.addressees))];
    const t = useTranslations('en');
    for (const id of addressees) {
      const html = readPage(urlFor('en', { type: 'recommendations-by-actor', actor: id }));
      const own = items.filter((i) => i.addressees.includes(id)).length;
      expect(textOf(html), id).toContain(t('count.recommendations', { n: own }));
      for (let p = (byId.get(id) as { parent?: string | null }).parent; p; p = (byId.get(p) as { parent?: string | null }).parent) {
        if (addressees.includes(p)) expect(html, `${id} → ${p}`).toContain(`href="${urlFor('en', { type: 'recommendations-by-actor', actor: p })}"`);
      }
    }
  });
});

describe('cross-references between the reports', () => {
  it('link a report’s mention of another project of the library to that project’s evaluation', () => {
    let links = 0;
    for (const page of htmlPages().filter((p) => /\/(informe|report)\/[a-z0-9-]+\/$/.test(p))) {
      for (const m of readPage(page).matchAll(/<a class="xref" href="([^"]+)">/g)) {
        links++;
        expect(m[1], page).toMatch(/\/(evaluaciones|evaluations)\/([a-z0-9-]+\/)?(#project-[a-z0-9-]+)?$/);
      }
    }
    const mentions = rawLibrary().chapters.filter((c) => c.raw.includes('<ProjectRef')).length;
    expect(mentions).toBeGreaterThan(0);
    expect(links).toBeGreaterThanOrEqual(mentions * 2);
  });
});

describe('citation metadata on every item and evaluation page', () => {
  it('has the Highwire citation_* tags of its report, COinS and the three exports of the report, in both languages', () => {
    const required = ['citation_title', 'citation_publication_date', 'citation_technical_report_institution', 'citation_language', 'citation_public_url', 'citation_abstract'];
    const problems: string[] = [];
    const evaluations = JSON.parse(readFileSync(`${DIST}/data/evaluations.json`, 'utf8')) as { id: string; url: { es: string; en: string } }[];
    const evUrl = new Map(evaluations.map((e) => [e.id, e.url]));
    const pages = [...items.map((i) => ({ url: i.url, report: evUrl.get(i.evaluation)! })), ...evaluations.map((e) => ({ url: e.url, report: e.url }))];
    for (const { url, report } of pages) {
      for (const lang of ['es', 'en'] as const) {
        const p = path(url[lang]);
        const html = readPage(p);
        for (const name of required) if (!html.includes(`<meta name="${name}" content="`)) problems.push(`${p}: no ${name}`);
        // no report has a report number: nothing may pose as one
        if (html.includes('citation_technical_report_number')) problems.push(`${p}: a report number`);
        if (!html.includes(`<meta name="citation_public_url" content="${report[lang]}">`)) problems.push(`${p}: citation_public_url is not the report's page`);
        if (!html.includes('class="Z3988"')) problems.push(`${p}: no COinS`);
        for (const ext of ['bib', 'ris', 'json']) if (!html.match(new RegExp(`href="/cite/${lang}/[a-z0-9-]+\\.${ext}"`))) problems.push(`${p}: no .${ext} export`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe('actors.json', () => {
  it('has a page per actor in each language, whose counts match items.json', () => {
    for (const a of actors) {
      for (const lang of ['es', 'en'] as const) {
        const p = path(a.url[lang]);
        expect(existsSync(fileFor(p)), p).toBe(true);
        const html = readPage(p);
        const recs = items.filter((i) => i.addressees.includes(a.id)).length;
        expect(html, `${p} recommendation count`).toContain(`id="recs-h"`);
        expect(textOf(html.match(/<h2 id="recs-h">([\s\S]*?)<\/h2>/)![1])).toContain(`(${recs})`);
      }
    }
  });
});
