/**
 * The CSV tables of the open data: each table is defined once, by its columns, and both the CSV
 * and its Frictionless Table Schema (types, required fields, enumerations, keys and foreign keys)
 * come from that definition, so the file and its description cannot drift apart.
 *
 * Lists of ids (an item's addressees, actors, components) are `;`-joined in items.csv for
 * spreadsheet readers, and given as join tables (item-actors.csv, item-components.csv) with
 * foreign keys, for tools that check relations.
 */
import { ACTOR_TYPES, ITEM_KINDS, LANGS, TEXT_STATUSES, VERSION_PLACES } from '../../content/model';
import type { Library } from '../library';
import { urlFor } from '../urls';
import { abs, actorsData, itemsData } from './json';
import type { DATA_TABLES } from './names';

type Cell = string | number | null | undefined | readonly string[];
interface Column<R> {
  name: string;
  type: 'string' | 'integer' | 'yearmonth';
  description: string;
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  value: (row: R) => Cell;
}
export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}
export interface Table<R = unknown> {
  title: string;
  description: string;
  rows: (lib: Library) => R[];
  columns: Column<R>[];
  primaryKey: string | string[];
  foreignKeys?: ForeignKey[];
}

const table = <R,>(t: Table<R>): Table => t as unknown as Table;
const ID = { type: 'string', required: true } as const;

type Item = ReturnType<typeof itemsData>[number];
type Version = Item['versions'][number] & { itemId: string; n: number };

export const TABLES = {
  'items.csv': table<Item>({
    title: 'Items',
    description: 'Findings, conclusions, lessons learned, good practices and recommendations: one row per item, in both languages.',
    rows: itemsData,
    primaryKey: 'id',
    foreignKeys: [{ fields: 'evaluation', reference: { resource: 'evaluations', fields: 'id' } }],
    columns: [
      { name: 'id', ...ID, unique: true, description: 'stable item id', value: (i) => i.id },
      { name: 'evaluation', ...ID, description: 'evaluation id (evaluations.csv)', value: (i) => i.evaluation },
      { name: 'kind', ...ID, enum: ITEM_KINDS, description: 'kind of item', value: (i) => i.kind },
      { name: 'label', ...ID, description: 'the label as the report prints it', value: (i) => i.label },
      { name: 'title_es', type: 'string', description: 'title in Spanish, when the report gives one', value: (i) => i.title?.es },
      { name: 'title_en', type: 'string', description: 'title in English, when the report gives one', value: (i) => i.title?.en },
      { name: 'text_es', ...ID, description: 'text in Spanish (plain text)', value: (i) => i.text.es },
      { name: 'text_en', ...ID, description: 'text in English (plain text)', value: (i) => i.text.en },
      { name: 'text_status_es', ...ID, enum: TEXT_STATUSES, description: 'whose words the Spanish text is', value: (i) => i.textStatus.es },
      { name: 'text_status_en', ...ID, enum: TEXT_STATUSES, description: 'whose words the English text is', value: (i) => i.textStatus.en },
      { name: 'addressees', type: 'string', description: 'actor ids the item is directed at, ";"-separated (item-actors.csv)', value: (i) => i.addressees },
      { name: 'actors', type: 'string', description: 'actor ids the item concerns, ";"-separated (item-actors.csv)', value: (i) => i.actors },
      { name: 'components', ...ID, description: 'component ids, ";"-separated (item-components.csv)', value: (i) => i.components },
      { name: 'source_document', ...ID, description: 'source document id (evaluations.json documents)', value: (i) => i.source.document },
      { name: 'source_section', ...ID, description: 'section of the report', value: (i) => i.source.section },
      { name: 'source_locator', ...ID, description: 'locator as the report prints it (paragraph, label)', value: (i) => i.source.locator },
      { name: 'url_es', ...ID, description: 'the item page in Spanish', value: (i) => i.url.es },
      { name: 'url_en', ...ID, description: 'the item page in English', value: (i) => i.url.en },
    ],
  }),
  'item-versions.csv': table<Version>({
    title: 'Item versions',
    description: 'Every printing of every item: where the reports print it, in which language and in whose words.',
    rows: (lib) => itemsData(lib).flatMap((i) => i.versions.map((v, n) => ({ ...v, itemId: i.id, n: n + 1 }))),
    primaryKey: ['item_id', 'n'],
    foreignKeys: [{ fields: 'item_id', reference: { resource: 'items', fields: 'id' } }],
    columns: [
      { name: 'item_id', ...ID, description: 'item id (items.csv)', value: (v) => v.itemId },
      { name: 'place', ...ID, enum: VERSION_PLACES, description: 'where in the documents', value: (v) => v.place },
      { name: 'document', ...ID, description: 'source document id', value: (v) => v.document },
      { name: 'lang', ...ID, enum: LANGS, description: 'language of this printing', value: (v) => v.lang },
      { name: 'status', ...ID, enum: TEXT_STATUSES, description: 'whose words (official translations are the reports’ own)', value: (v) => v.status },
      { name: 'label', type: 'string', description: 'label as printed here', value: (v) => v.label },
      { name: 'locator', type: 'string', description: 'locator as printed here', value: (v) => v.locator },
      { name: 'anchor', type: 'string', description: 'passage anchor in the report pages', value: (v) => v.anchor },
      { name: 'translation_of', type: 'string', description: 'anchor of the printing an official translation translates', value: (v) => v.translationOf },
      { name: 'url_es', type: 'string', description: 'the passage in Spanish', value: (v) => v.url?.es },
      { name: 'url_en', type: 'string', description: 'the passage in English', value: (v) => v.url?.en },
      { name: 'text', ...ID, description: 'text of this printing (plain text)', value: (v) => v.text },
      { name: 'n', ...ID, type: 'integer', description: 'order of this printing among the item’s versions (1, 2, …)', value: (v) => v.n },
    ],
  }),
  'item-actors.csv': table<{ item: string; actor: string; role: string }>({
    title: 'Items and actors',
    description: 'Which actors each item is directed at (addressee) or concerns (concerned): one row per pair.',
    rows: (lib) =>
      lib.items.flatMap((i) => [...i.addressees.map((a) => ({ item: i.id, actor: a, role: 'addressee' })), ...i.actors.map((a) => ({ item: i.id, actor: a, role: 'concerned' }))]),
    primaryKey: ['item_id', 'actor_id', 'role'],
    foreignKeys: [
      { fields: 'item_id', reference: { resource: 'items', fields: 'id' } },
      { fields: 'actor_id', reference: { resource: 'actors', fields: 'id' } },
    ],
    columns: [
      { name: 'item_id', ...ID, description: 'item id (items.csv)', value: (r) => r.item },
      { name: 'actor_id', ...ID, description: 'actor id (actors.csv)', value: (r) => r.actor },
      { name: 'role', ...ID, enum: ['addressee', 'concerned'], description: 'addressee: the item is directed at it; concerned: the item concerns it', value: (r) => r.role },
    ],
  }),
  'item-components.csv': table<{ item: string; component: string }>({
    title: 'Items and components',
    description: 'The project components each item belongs to: one row per pair.',
    rows: (lib) => lib.items.flatMap((i) => i.components.map((c) => ({ item: i.id, component: c }))),
    primaryKey: ['item_id', 'component_id'],
    foreignKeys: [
      { fields: 'item_id', reference: { resource: 'items', fields: 'id' } },
      { fields: 'component_id', reference: { resource: 'components', fields: 'id' } },
    ],
    columns: [
      { name: 'item_id', ...ID, description: 'item id (items.csv)', value: (r) => r.item },
      { name: 'component_id', ...ID, description: 'component id (components.csv)', value: (r) => r.component },
    ],
  }),
  'actors.csv': table<ReturnType<typeof actorsData>[number]>({
    title: 'Actors',
    description: 'Institutions and groups the items name: the registry, with names in both languages.',
    rows: actorsData,
    primaryKey: 'id',
    foreignKeys: [{ fields: 'parent', reference: { resource: '', fields: 'id' } }],
    columns: [
      { name: 'id', ...ID, unique: true, description: 'stable actor id', value: (a) => a.id },
      { name: 'name_es', ...ID, description: 'name in Spanish', value: (a) => a.name.es },
      { name: 'name_en', ...ID, description: 'name in English', value: (a) => a.name.en },
      { name: 'acronym', type: 'string', description: 'acronym, when the sources use one', value: (a) => a.acronym },
      { name: 'type', ...ID, enum: ACTOR_TYPES, description: 'kind of actor', value: (a) => a.type },
      { name: 'parent', type: 'string', description: 'the actor it belongs to (actors.csv id)', value: (a) => a.parent },
      { name: 'url_es', ...ID, description: 'the actor page in Spanish', value: (a) => a.url.es },
      { name: 'url_en', ...ID, description: 'the actor page in English', value: (a) => a.url.en },
    ],
  }),
  'components.csv': table<Library['components'][number]>({
    title: 'Components',
    description: 'Project components and the shared themes they belong to.',
    rows: (lib) => lib.components,
    primaryKey: 'id',
    columns: [
      { name: 'id', ...ID, unique: true, description: 'stable component id', value: (c) => c.id },
      { name: 'project', ...ID, description: 'project id', value: (c) => c.project },
      { name: 'name_es', ...ID, description: 'name in Spanish', value: (c) => c.name.es },
      { name: 'name_en', ...ID, description: 'name in English', value: (c) => c.name.en },
      { name: 'themes', ...ID, description: 'theme ids, ";"-separated', value: (c) => c.themes },
    ],
  }),
  'evaluations.csv': table<Library['evaluations'][number]>({
    title: 'Evaluations',
    description: 'The evaluations: one row per report.',
    rows: (lib) => lib.evaluations,
    primaryKey: 'id',
    columns: [
      { name: 'id', ...ID, unique: true, description: 'stable evaluation id', value: (e) => e.id },
      { name: 'title_es', ...ID, description: 'title in Spanish', value: (e) => e.title.es },
      { name: 'title_en', ...ID, description: 'title in English', value: (e) => e.title.en },
      { name: 'type', ...ID, enum: ['mid-term', 'final'], description: 'kind of evaluation', value: (e) => e.type },
      { name: 'date', ...ID, type: 'yearmonth', description: 'date of the report', value: (e) => e.date },
      { name: 'language', ...ID, enum: LANGS, description: 'language of the report', value: (e) => e.language },
      { name: 'project', ...ID, description: 'project id', value: (e) => e.project },
      { name: 'code', ...ID, description: 'award or project code (not a report number)', value: (e) => e.code },
      { name: 'code_kind', ...ID, enum: ['award', 'project'], description: 'what the code is', value: (e) => e.codeKind },
      { name: 'url_es', ...ID, description: 'the evaluation page in Spanish', value: (e) => abs(urlFor('es', { type: 'evaluation', evaluation: e.id })) },
      { name: 'url_en', ...ID, description: 'the evaluation page in English', value: (e) => abs(urlFor('en', { type: 'evaluation', evaluation: e.id })) },
    ],
  }),
} satisfies Record<(typeof DATA_TABLES)[number], Table>;
export type TableName = keyof typeof TABLES;

function csvCell(v: Cell): string {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV: a header row, CRLF line ends, quotes where needed. */
export function tableCsv(name: TableName, lib: Library): string {
  const t = TABLES[name];
  const rows = t.rows(lib).map((r) => t.columns.map((c) => csvCell(c.value(r))).join(','));
  return [t.columns.map((c) => c.name).join(','), ...rows].join('\r\n') + '\r\n';
}

/** The Frictionless Table Schema of a table. */
export function tableSchema(name: TableName): object {
  const t = TABLES[name];
  return {
    fields: t.columns.map((c) => ({
      name: c.name,
      type: c.type,
      description: c.description,
      ...(c.required || c.unique || c.enum ? { constraints: { ...(c.required ? { required: true } : {}), ...(c.unique ? { unique: true } : {}), ...(c.enum ? { enum: [...c.enum] } : {}) } } : {}),
    })),
    missingValues: [''],
    primaryKey: t.primaryKey,
    ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
  };
}
