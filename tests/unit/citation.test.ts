/**
 * Citations: the CSL record of each report, its formatting by the official styles (sample
 * expectations written by hand from APA 7 and Chicago), the pin-cite of every item, the exports
 * parsed back by citation-js and a strict BibTeX parser, and the page metadata read by the rules
 * of Zotero's translators (Embedded Metadata for Highwire tags, its OpenURL reader for COinS).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibTeX } from '@retorquere/bibtex-parser';
import { CITATION_STYLES, IN_TEXT_STYLES, coins, formatInText, formatReference, highwireTags, pinCiteFor, toBibTeX, toCSLJSON, toRIS, workFor, workOfPage, type Work } from '../../src/lib/citation';
import { formatInTextUncached } from '../../src/lib/citation/format';
import { LANGS, type Lang } from '../../src/content/model';
import { library, LOAD_BUDGET_MS } from '../support/library';

const lib = library();
const SITE = 'https://evidencia.example.org';
const work = (evaluation: string, lang: Lang): Work =>
  workFor(lib, lib.evaluation.get(evaluation)!, lang, `${SITE}/${lang}/${evaluation}/`, true);
const item = (id: string) => lib.item.get(id)!;

// citeproc parses each style and locale into an engine on first use (~0.5 s each here, several
// times that under load): built once, with a budget, before the tests that only format
beforeAll(() => {
  for (const style of CITATION_STYLES) for (const lang of LANGS) formatReference(style, work('usaid-chs-2020', lang));
}, LOAD_BUDGET_MS);

describe('one record per report, as the report prints it', () => {
  it('firm as a corporate author kept whole; people as family/given; no report number anywhere', () => {
    expect(work('ilo-alianzas-2021', 'en').csl.author).toEqual([{ literal: 'Macroconsult S.A.' }]);
    expect(work('usaid-chs-2020', 'es').csl.author.map((a) => a.family)).toEqual(['Rotondo', 'Vega Segoin', 'Guevara']);
    for (const ev of lib.evaluations)
      for (const lang of LANGS) {
        const w = work(ev.id, lang);
        expect(w.csl).not.toHaveProperty('number');
        // the award/project code is said for what it is, in the note
        expect(w.csl.note).toContain(ev.code);
      }
  });

  it('title, genre and publisher in the report language whatever the page; translated title only where the languages differ', () => {
    const es = work('ilo-alianzas-2024', 'es');
    const en = work('ilo-alianzas-2024', 'en');
    expect(es.csl.language).toBe('en');
    expect(es.csl.genre).toBe('Final evaluation report');
    expect(es.csl.publisher).toBe('International Labour Organization');
    expect({ ...es.csl, note: '', URL: '' }).toEqual({ ...en.csl, note: '', URL: '' });
    expect(es.translatedTitle).toMatch(/^Evaluación final independiente/);
    expect(en.translatedTitle).toBeUndefined();
    expect(es.csl.note).toContain('Título traducido (no oficial, este sitio): Evaluación final');
  });
});

describe('formatted by the official CSL styles', () => {
  it('APA 7, Spanish report on an English page: title as printed, translation in brackets, not italic; the description in the citation’s language', () => {
    const ref = formatReference('apa', work('ilo-alianzas-2021', 'en'));
    expect(ref.text).toBe(
      'Macroconsult S.A. (2021). Evaluación independiente intermedia del proyecto “Alianzas en acción para terminar con la trata de niños, niñas y adolescentes en Perú” [Independent mid-term evaluation of the project “Partnerships in Action to End Child Trafficking in Peru”] [Mid-term evaluation report]. Organización Internacional del Trabajo. https://evidencia.example.org/en/ilo-alianzas-2021/',
    );
    expect(ref.html).toContain('<span class="csl-roman">[Independent mid-term');
    expect(ref.html).not.toContain('style=');
  });

  it('in-text pin-cites with the locale term of a paragraph: párr. in Spanish, para. in English', () => {
    const rec = item('ilo-alianzas-2021-recommendation-1');
    expect(rec.source.locator).toBe('párr. 204');
    expect(formatInText('apa', work('ilo-alianzas-2021', 'es'), pinCiteFor(rec, 'es'))).toBe('(Macroconsult S.A., 2021, párr. 204)');
    expect(formatInText('apa', work('ilo-alianzas-2021', 'en'), pinCiteFor(rec, 'en'))).toBe('(Macroconsult S.A., 2021, para. 204)');
    expect(formatInText('chicago', work('ilo-alianzas-2021', 'en'), pinCiteFor(rec, 'en'))).toBe('(Macroconsult S.A. 2021, para. 204)');
  });

  it('items without numbered paragraphs are cited by kind and printed label, in the page language', () => {
    const f = item('ilo-alianzas-2024-finding-f12');
    expect(formatInText('apa', work('ilo-alianzas-2024', 'en'), pinCiteFor(f, 'en'))).toBe('(Sánchez Esteban et al., 2024, Finding F12)');
    expect(formatInText('apa', work('ilo-alianzas-2024', 'es'), pinCiteFor(f, 'es'))).toBe('(Sánchez Esteban et al., 2024, Hallazgo F12)');
    const practice = lib.items.find((i) => i.evaluation === 'usaid-chs-2020' && i.kind === 'practice' && i.label.endsWith('b)'))!;
    expect(formatInText('apa', work('usaid-chs-2020', 'es'), pinCiteFor(practice, 'es'))).toBe('(Rotondo et al., 2020, Buena práctica b)');
  });

  it('Chicago on an English page: headline-style English titles, the Spanish one left as printed', () => {
    expect(formatReference('chicago', work('ilo-alianzas-2024', 'en')).text).toContain('Independent Final Evaluation of the Project “Partnerships in Action to End Child Trafficking in Peru.”');
    expect(formatReference('chicago', work('usaid-chs-2020', 'en')).text).toContain('Evaluación intermedia de la actividad “Trata de Personas en la Amazonía Peruana” [Midterm evaluation of the activity “Human Trafficking in the Peruvian Amazon”]');
  });

  it('ISO 690: place where printed, else "S.l."; no build date posing as an access date', () => {
    expect(formatReference('iso690', work('ilo-alianzas-2021', 'es')).text).toContain('Lima: Organización Internacional del Trabajo');
    expect(formatReference('iso690', work('usaid-chs-2020', 'es')).text).toContain('S.l.: Agencia de los Estados Unidos');
    for (const lang of LANGS) expect(formatReference('iso690', work('usaid-chs-2020', lang)).text).not.toMatch(/consulta|viewed|20\d\d-\d\d-\d\d/);
  });

  it('every item in both languages: a labelled pin-cite, one closing parenthesis, the page language only', () => {
    const bad: string[] = [];
    for (const it of lib.items)
      for (const lang of LANGS) {
        const pin = pinCiteFor(it, lang);
        const text = formatInText('apa', work(it.evaluation, lang), pin);
        if (!/\)$/.test(text) || /\)\)$/.test(text)) bad.push(`${it.id} ${lang}: ${text}`);
        if (pin.label === 'item' && /^[A-Z]{0,2}\.?\d/.test(pin.locator)) bad.push(`${it.id} ${lang}: bare label ${pin.locator}`);
        const foreign = lang === 'en' ? /párr\.|Hallazgo|Recomendaci|Lecci|Buena práctica|Conclusión|emergente/ : /para\.|Finding|Recommendation|Lesson|Good practice|Conclusion |Emerging/;
        if (foreign.test(text)) bad.push(`${it.id} ${lang}: ${text}`);
      }
    expect(bad).toEqual([]);
  });
});

describe('exports parse with real parsers into one report', () => {
  const cases = lib.evaluations.flatMap((ev) => LANGS.map((lang) => work(ev.id, lang)));
  const expectReport = (p: Record<string, unknown>, w: Work, source: string) => {
    expect(p.type, source).toBe('report');
    expect(p.title, source).toBe(w.csl.title);
    expect(p.publisher ?? p.institution, source).toBe(w.csl.publisher);
    expect((p.issued as { 'date-parts': number[][] })['date-parts'][0].slice(0, 2), source).toEqual(w.csl.issued['date-parts'][0]);
    expect(p.URL, source).toBe(w.csl.URL);
    expect(p, source).not.toHaveProperty('number');
    expect(p, source).not.toHaveProperty('accessed');
    const names = (p.author as { family?: string; literal?: string }[]).map((a) => a.literal ?? a.family);
    expect(names, source).toEqual(w.csl.author.map((a) => a.literal ?? a.family));
  };

  it('BibTeX: citation-js reads it back; the strict parser finds no error and the right fields', () => {
    for (const w of cases) {
      const bib = toBibTeX(w);
      const [p] = new Cite(bib).data as Record<string, unknown>[];
      expectReport(p, w, `bib ${w.csl.id} ${w.lang}`);
      const strict = parseBibTeX(bib);
      expect(strict.errors, `${w.csl.id} ${w.lang}`).toEqual([]);
      // the parser decodes {\'o} as o + combining accent: compare in NFC
      const entry = JSON.parse(JSON.stringify(strict.entries[0]).normalize('NFC'));
      expect(entry.type).toBe('techreport');
      expect(entry.key).toBe(w.csl.id);
      expect(entry.fields.langid).toBe(w.csl.language === 'es' ? 'spanish' : 'english');
      expect(entry.fields.type).toBe(w.csl.genre);
      expect(entry.fields.abstract).toBe(w.csl.abstract);
      expect(entry.fields).not.toHaveProperty('urldate');
      expect(entry.fields).not.toHaveProperty('number');
      // a corporate author is one name, not a first and a last
      if (w.csl.author[0].literal) expect(entry.fields.author).toEqual([{ name: w.csl.author[0].literal }]);
      else expect(entry.fields.author).toEqual(w.csl.author.map((a) => ({ lastName: a.family, firstName: a.given })));
    }
  });

  it('RIS: one line per tag, the translated title in the note (not TT, read as the title), citation-js reads it back', () => {
    for (const w of cases) {
      const ris = toRIS(w);
      for (const line of ris.trimEnd().split('\r\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
      expect(ris).not.toMatch(/^TT /m);
      if (w.translatedTitle) expect(ris).toContain(w.translatedTitle);
      expect(ris).not.toMatch(/^Y2 /m);
      const [p] = new Cite(ris).data as Record<string, unknown>[];
      expectReport(p, w, `ris ${w.csl.id} ${w.lang}`);
    }
  });

  it('CSL-JSON: the record itself', () => {
    for (const w of cases) expectReport(new Cite(JSON.parse(toCSLJSON(w))).data[0], w, `json ${w.csl.id} ${w.lang}`);
  });
});

/**
 * The Embedded Metadata translator's rules for Highwire tags (zotero/translators, "Embedded
 * Metadata.js": HIGHWIRE_MAPPINGS, the hwType switch, processHighwireCreators with
 * ZU.cleanAuthor), reduced to what these pages use.
 */
function readAsEmbeddedMetadata(tags: [string, string][]) {
  const first = (n: string) => tags.find(([k]) => k === n)?.[1];
  const creators = tags
    .filter(([k]) => k === 'citation_author')
    .flatMap(([, v]) => v.split(/\s*;\s*/))
    .map((a) => {
      if (a.includes(',')) {
        const [last, given] = a.split(/\s*,\s*/);
        return { lastName: last, firstName: given };
      }
      const parts = a.trim().split(/\s+/);
      return { lastName: parts.pop()!, firstName: parts.join(' ') };
    });
  return {
    itemType: first('citation_technical_report_institution') ? 'report' : first('citation_title') ? 'journalArticle' : undefined,
    title: first('citation_title'),
    creators,
    institution: first('citation_technical_report_institution'),
    number: first('citation_technical_report_number'),
    abstractNote: first('citation_abstract'),
    language: first('citation_language'),
    url: first('citation_public_url'),
    date: first('citation_publication_date'),
  };
}

/** Zotero's OpenURL reader (zotero/utilities openurl.js, parseContextObject), for the keys used here. */
function readAsCOinS(kev: string) {
  const item: Record<string, unknown> & { creators: object[] } = { creators: [] };
  for (const part of kev.split('&')) {
    const [k, raw] = part.split('=');
    const v = decodeURIComponent(raw.replace(/\+/g, ' '));
    if (k === 'rft.genre' && v === 'report') item.itemType = 'report';
    else if (k === 'rft.btitle') item.title = v;
    else if (k === 'rft.au') {
      const [lastName, firstName] = v.split(/\s*,\s*/);
      item.creators.push({ lastName, firstName });
    } else if (k === 'rft.aucorp') item.creators.push({ lastName: v, isInstitution: true });
    else if (k === 'rft.series') item.seriesTitle = v;
    else if (k === 'rft.pub') item.publisher = v;
    else if (k === 'rft.date') item.date = v;
    else if (k === 'rft.description') item.abstractNote = v;
    else if (k === 'rft.language') item.language = v;
    else if (k === 'rft_id') item.url = v;
  }
  return item;
}

describe('what Zotero reads from a page: one report', () => {
  it('Highwire tags by the Embedded Metadata rules: a report, right people, no wrong person, no number, whole-sentence abstract', () => {
    for (const ev of lib.evaluations)
      for (const lang of LANGS) {
        const w = work(ev.id, lang);
        const z = readAsEmbeddedMetadata(highwireTags(w));
        expect(z.itemType).toBe('report');
        expect(z.title).toBe(ev.title[ev.language]);
        expect(z.title).not.toMatch(/\[/);
        // people as printed; a firm is not turned into a person (it goes through COinS)
        expect(z.creators).toEqual(ev.authors.map((a) => ({ lastName: a.family, firstName: a.given })));
        expect(z.institution).toBe(w.csl.publisher);
        expect(z.number).toBeUndefined();
        expect(z.language).toBe(ev.language);
        expect(z.abstractNote).toBe(ev.summary[ev.language]);
        expect(z.abstractNote).toMatch(/[.)]$/);
        expect(z.date).toBe(ev.date.replace('-', '/'));
      }
  });

  it('COinS by the OpenURL rules: report, corporate author as an institution, no series, abstract', () => {
    const z = readAsCOinS(coins(work('ilo-alianzas-2021', 'es')));
    expect(z).toMatchObject({ itemType: 'report', title: lib.evaluation.get('ilo-alianzas-2021')!.title.es, publisher: 'Organización Internacional del Trabajo', language: 'es' });
    expect(z.creators).toEqual([{ lastName: 'Macroconsult S.A.', isInstitution: true }]);
    expect(z).not.toHaveProperty('seriesTitle');
    expect(String(z.abstractNote)).toMatch(/\.$/);
    const people = readAsCOinS(coins(work('usaid-chs-2020', 'en')));
    expect(people.creators).toEqual([
      { lastName: 'Rotondo', firstName: 'Emma Lucía' },
      { lastName: 'Vega Segoin', firstName: 'Liliana' },
      { lastName: 'Guevara', firstName: 'Susana' },
    ]);
  });
});

describe('in-text citations formatted once per report', () => {
  it(
    'give every item of the library, in every style and language, what citeproc gives for its own pin-cite',
    () => {
      for (const item of lib.items) {
        const ev = lib.evaluation.get(item.evaluation)!;
        for (const lang of LANGS) {
          const work = workOfPage(lib, ev, lang);
          const pin = pinCiteFor(item, lang);
          for (const style of IN_TEXT_STYLES) expect(formatInText(style, work, pin), `${item.id} ${lang} ${style}`).toBe(formatInTextUncached(style, work, pin));
        }
      }
    },
    LOAD_BUDGET_MS,
  );
});
