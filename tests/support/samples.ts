/** One real page of each page type, in each language, taken from the built open data. */
import { readFileSync } from 'node:fs';
import { DIST } from './dist';

interface Item { id: string; kind: string; addressees: string[]; actors: string[]; url: { es: string; en: string }; source: { url: { es: string; en: string } } }
interface Actor { id: string; name: { es: string; en: string }; aliases: string[]; acronym: string | null; url: { es: string; en: string } }
interface Evaluation { id: string; url: { es: string; en: string } }

export function openData() {
  const items: Item[] = JSON.parse(readFileSync(`${DIST}/data/items.json`, 'utf8'));
  const actors: Actor[] = JSON.parse(readFileSync(`${DIST}/data/actors.json`, 'utf8'));
  const evaluations: Evaluation[] = JSON.parse(readFileSync(`${DIST}/data/evaluations.json`, 'utf8'));
  return { items, actors, evaluations };
}

const path = (u: string) => new URL(u).pathname;

export function samplePages(lang: 'es' | 'en'): Record<string, string> {
  const { items, actors, evaluations } = openData();
  const finding = items.find((i) => i.kind === 'finding')!;
  const rec = items.find((i) => i.kind === 'recommendation')!;
  const conclusion = items.find((i) => i.kind === 'conclusion')!;
  const addressee = actors.find((a) => a.id === rec.addressees[0])!;
  const ev = evaluations[0];
  const es = lang === 'es';
  return {
    home: `/${lang}/`,
    evaluations: es ? '/es/evaluaciones/' : '/en/evaluations/',
    evaluation: path(ev.url[lang]),
    report: `${path(ev.url[lang])}${es ? 'informe' : 'report'}/`,
    chapter: path(finding.source.url[lang]),
    finding: path(finding.url[lang]),
    conclusion: path(conclusion.url[lang]),
    recommendation: path(rec.url[lang]),
    actors: es ? '/es/instituciones/' : '/en/institutions/',
    actor: path(addressee.url[lang]),
    components: es ? '/es/componentes/' : '/en/components/',
    recommendations: es ? '/es/recomendaciones/' : '/en/recommendations/',
    recommendationsByActor: `${es ? '/es/recomendaciones/' : '/en/recommendations/'}${addressee.id}/`,
    search: es ? '/es/buscar/' : '/en/search/',
    data: es ? '/es/datos/' : '/en/data/',
    glossary: es ? '/es/glosario/' : '/en/glossary/',
    followUp: es ? '/es/evaluaciones/ilo-alianzas-2021/seguimiento/' : '/en/evaluations/ilo-alianzas-2021/follow-up/',
    informants: es ? '/es/evaluaciones/ilo-alianzas-2024/recomendaciones-de-informantes/' : '/en/evaluations/ilo-alianzas-2024/informant-recommendations/',
    indicators: es ? '/es/evaluaciones/ilo-alianzas-2021/indicadores/' : '/en/evaluations/ilo-alianzas-2021/indicators/',
    budget: es ? '/es/evaluaciones/ilo-alianzas-2021/presupuesto/' : '/en/evaluations/ilo-alianzas-2021/budget/',
    theme: es ? '/es/temas/protection/' : '/en/themes/protection/',
    component: es ? '/es/componentes/ilo-alianzas-protection/' : '/en/components/ilo-alianzas-protection/',
  };
}
