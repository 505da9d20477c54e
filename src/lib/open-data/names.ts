/** The files of the open data, by kind (no dependencies: the route table imports this). */
export const DATA_JSON = ['items.json', 'actors.json', 'components.json', 'evaluations.json', 'indicators.json', 'budget.json', 'informant-recommendations.json', 'recommendation-threads.json', 'actor-theme-matrix.json'] as const;
export const DATA_TABLES = ['items.csv', 'item-versions.csv', 'item-actors.csv', 'item-components.csv', 'actors.csv', 'components.csv', 'evaluations.csv'] as const;
type SchemaOf<N> = N extends `${infer B}.json` ? `${B}.schema.json` : never;
/** the JSON Schema of each JSON file: "items.json" → "items.schema.json" */
export const DATA_SCHEMAS = DATA_JSON.map((n) => n.replace(/\.json$/, '.schema.json')) as SchemaOf<(typeof DATA_JSON)[number]>[];
export const DATA_META = ['datapackage.json', 'changelog.json', 'CHANGELOG.md'] as const;
export const OPEN_DATA_NAMES = [...DATA_JSON, ...DATA_TABLES, ...DATA_SCHEMAS, ...DATA_META] as const;
export type OpenDataName = (typeof OPEN_DATA_NAMES)[number];
