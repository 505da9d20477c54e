/**
 * The open data (README, "Open data"): JSON records with their JSON Schemas, CSV tables with
 * their Table Schemas, the Data Package descriptor, and the changelog of the data releases.
 */
import type { Library } from '../library';
import { fileUrl, urlFor } from '../urls';
import { absolute } from '../site';
import { abs, actorsData, both, componentsData, evaluationsData, informantRecommendationsData, itemsData } from './json';
import { actorThemeMatrix } from '../accountability';
import { jsonSchemaOf, type JsonDataName } from './records';
import { TABLES, tableCsv, type TableName } from './tables';
import { dataPackage } from './package';
import { changelog, changelogMarkdown, snapshotOf, type Snapshot } from './releases';
import { LATEST, SNAPSHOTS } from './published-releases';
import { DATA_JSON, type OpenDataName } from './names';

export { itemsData, actorsData } from './json';
export { SNAPSHOTS, LATEST } from './published-releases';
export { changelog, snapshotOf, changesBetween, fingerprint, isEmpty, type Snapshot, type ReleaseChanges } from './releases';

const JSON_DATA: Record<JsonDataName, (lib: Library) => unknown> = {
  'items.json': itemsData,
  'actors.json': actorsData,
  'components.json': componentsData,
  'evaluations.json': evaluationsData,
  'indicators.json': (lib) => [...lib.indicatorsByEvaluation.values()].flat(),
  'budget.json': (lib) => [...lib.budgetByEvaluation.values()].flat(),
  'informant-recommendations.json': informantRecommendationsData,
  'recommendation-threads.json': (lib) => lib.threads.map((th) => ({ ...th, url: both((l) => abs(urlFor(l, { type: 'thread', thread: th.id }))) })),
  // computed from items.json: addressees and actors × the themes of the items' components
  'actor-theme-matrix.json': (lib) => actorThemeMatrix(lib).cells,
};

/** The library's data now, as a release snapshot would record it. */
export const currentSnapshot = (lib: Library): Snapshot =>
  snapshotOf(itemsData(lib), { version: 'unreleased', date: '', notes: { es: '', en: '' } });

/** The changelog of the data, newest first (an "unreleased" entry when the data changed since the last release). */
export const dataChangelog = (lib: Library) => changelog(SNAPSHOTS, currentSnapshot(lib));

const dataBase = () => {
  const dir = fileUrl({ type: 'data-file', name: 'items.json' }).replace(/items\.json$/, '');
  return absolute(dir) ?? dir;
};

/** The body and media type of one open-data file, by name (e.g. "items.json"). */
export function openDataFile(name: OpenDataName, lib: Library): { body: string; type: string } {
  const json = (data: unknown) => ({ body: `${JSON.stringify(data, null, 1)}\n`, type: 'application/json' });
  if ((DATA_JSON as readonly string[]).includes(name)) return json(JSON_DATA[name as JsonDataName](lib));
  if (name in TABLES) return { body: tableCsv(name as TableName, lib), type: 'text/csv; charset=utf-8' };
  if (name.endsWith('.schema.json')) return { ...json(jsonSchemaOf(name.replace('.schema.json', '.json') as JsonDataName, dataBase())), type: 'application/schema+json' };
  if (name === 'datapackage.json') return json(dataPackage(lib, LATEST));
  if (name === 'changelog.json') return json(dataChangelog(lib));
  if (name === 'CHANGELOG.md') return { body: changelogMarkdown(dataChangelog(lib), 'Changelog of the open data / Cambios de los datos abiertos'), type: 'text/markdown; charset=utf-8' };
  throw new Error(`open data: no file "${name}"`);
}
