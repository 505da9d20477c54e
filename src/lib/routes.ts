/** The route table: every page of the site, enumerated once from the library. */
import type { Library } from './library';
import { itemRoute, type Route } from './urls';

export function allRoutes(lib: Library): Route[] {
  const routes: Route[] = [
    { type: 'home' },
    { type: 'evaluations' },
    { type: 'actors' },
    { type: 'components' },
    { type: 'recommendations' },
    { type: 'search' },
    { type: 'data' },
  ];
  if (lib.glossary.length) routes.push({ type: 'glossary' });
  for (const e of lib.evaluations) {
    routes.push({ type: 'evaluation', evaluation: e.id });
    if (lib.chaptersByEvaluation.get(e.id)?.length) {
      routes.push({ type: 'report', evaluation: e.id });
      for (const ch of lib.chaptersByEvaluation.get(e.id)!) routes.push({ type: 'chapter', evaluation: e.id, chapter: ch.slug });
    }
  }
  for (const e of lib.followUpsByEvaluation.keys()) routes.push({ type: 'followup', evaluation: e });
  for (const e of lib.informantRecsByEvaluation.keys()) routes.push({ type: 'informants', evaluation: e });
  for (const e of lib.indicatorsByEvaluation.keys()) routes.push({ type: 'indicators', evaluation: e });
  for (const e of lib.budgetByEvaluation.keys()) routes.push({ type: 'budget', evaluation: e });
  for (const it of lib.items) routes.push(itemRoute(it));
  for (const a of lib.actors) routes.push({ type: 'actor', actor: a.id });
  for (const a of lib.recommendationsByAddressee.keys()) routes.push({ type: 'recommendations-by-actor', actor: a });
  for (const c of lib.components) routes.push({ type: 'component', component: c.id });
  for (const t of lib.themes) routes.push({ type: 'theme', theme: t.id });
  return routes;
}
