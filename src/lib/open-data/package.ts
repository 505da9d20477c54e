/**
 * The Frictionless Data Package descriptor (data/datapackage.json): every file of the open data
 * as a resource; the CSV tables with their Table Schema (./tables.ts), the JSON files with the
 * JSON Schema they validate against (./records.ts, published as data/<name>.schema.json).
 */
import type { Library } from '../library';
import { useTranslations } from '../../i18n';
import { rootUrl } from '../urls';
import { absolute } from '../site';
import { JSON_RECORDS, type JsonDataName } from './records';
import { TABLES, tableSchema, type TableName } from './tables';
import type { Snapshot } from './releases';

const t = useTranslations('en');
const es = useTranslations('es');

/** "items.csv" → "items"; "items.json" → "items-json" (the tables own the short names foreign keys use). */
export const resourceName = (file: string) => (file.endsWith('.csv') ? file.slice(0, -4) : file.replace(/\.json$/, '-json'));
export const schemaFileOf = (name: JsonDataName) => name.replace(/\.json$/, '.schema.json');

export function dataPackage(lib: Library, release: Snapshot | undefined): object {
  const home = absolute(rootUrl()) ?? rootUrl();
  return {
    profile: 'data-package',
    name: 'evidencia-trata-peru',
    title: `${t('site.name')} — ${t('data.title')} / ${es('site.name')} — ${es('data.title')}`,
    description: `${t('data.intro')} ${es('data.intro')}`,
    version: release?.version ?? '0.0.0',
    ...(release ? { created: `${release.date}T00:00:00Z` } : {}),
    homepage: home,
    keywords: ['human trafficking', 'trata de personas', 'Peru', 'Perú', 'evaluation', 'evaluación', 'recommendations', 'recomendaciones'],
    sources: lib.evaluations.map((e) => ({ title: e.title[e.language] })),
    resources: [
      ...(Object.keys(TABLES) as TableName[]).map((file) => ({
        profile: 'tabular-data-resource',
        name: resourceName(file),
        path: file,
        title: TABLES[file].title,
        description: TABLES[file].description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: tableSchema(file),
      })),
      ...(Object.keys(JSON_RECORDS) as JsonDataName[]).map((file) => ({
        profile: 'data-resource',
        name: resourceName(file),
        path: file,
        title: file,
        description: t(`data.describe.${file}`),
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        // not a Table Schema: the JSON Schema (draft 2020-12) the file validates against
        jsonSchema: schemaFileOf(file),
      })),
    ],
  };
}

