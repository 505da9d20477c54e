/**
 * The open data as the data world reads it: the Data Package descriptor is valid against the
 * Frictionless profiles and every CSV reads with its Table Schema (types, constraints, primary
 * and foreign keys) through the Frictionless reference library for JavaScript (`datapackage`);
 * every JSON file validates against its published JSON Schema (Ajv, draft 2020-12); the data has
 * no changes left unreleased.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020';
import { DIST, requireDist } from '../support/dist';
import { DATA_JSON, DATA_TABLES } from '../../src/lib/open-data/names';

const require = createRequire(import.meta.url);
// the Frictionless reference implementation (CommonJS, no types)
const { Package } = require('datapackage') as { Package: { load(descriptor: string, options?: object): Promise<FrictionlessPackage> } };
interface FrictionlessResource { name: string; tabular: boolean; read(options: object): Promise<unknown[]>; descriptor: { path: string } }
interface FrictionlessPackage { valid: boolean; errors: Error[]; resources: FrictionlessResource[]; getResource(name: string): FrictionlessResource | null }

const DATA = join(DIST, 'data');
const readJson = (name: string) => JSON.parse(readFileSync(join(DATA, name), 'utf8'));

beforeAll(requireDist);

describe('Data Package', () => {
  let pkg: FrictionlessPackage;
  beforeAll(async () => {
    pkg = await Package.load(join(DATA, 'datapackage.json'), { basePath: DATA, strict: false });
  });

  it('is valid against the Frictionless profiles and lists every file', () => {
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.map((r) => r.descriptor.path).sort()).toEqual([...DATA_JSON, ...DATA_TABLES].sort());
  });

  it('reads every CSV with its Table Schema: types, required, enumerations, primary and foreign keys', async () => {
    const counts: Record<string, number> = {};
    for (const r of pkg.resources.filter((x) => x.tabular)) {
      // cast: every value to its type and constraints; relations: every foreign key resolves
      const rows = await r.read({ keyed: true, cast: true, relations: true });
      counts[r.name] = rows.length;
    }
    const items = readJson('items.json') as { id: string; addressees: string[]; actors: string[] }[];
    expect(counts.items).toBe(items.length);
    expect(counts['item-actors']).toBe(items.reduce((n, i) => n + i.addressees.length + i.actors.length, 0));
    expect(counts.actors).toBe(readJson('actors.json').length);
  });

  it('refuses a row that breaks its schema (the check can fail)', async () => {
    const descriptor = readJson('datapackage.json');
    const items = descriptor.resources.find((r: { name: string }) => r.name === 'items');
    const bad = { ...items, path: undefined, data: [items.schema.fields.map((f: { name: string }) => f.name), items.schema.fields.map((f: { name: string }) => (f.name === 'kind' ? 'opinion' : 'x'))] };
    const p = await Package.load({ ...descriptor, resources: [bad] } as unknown as string, { basePath: DATA });
    await expect(p.getResource('items')!.read({ cast: true })).rejects.toThrow();
  });
});

describe('JSON files and their published JSON Schemas', () => {
  it('every JSON file validates against its schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const name of DATA_JSON) {
      const schema = readJson(name.replace(/\.json$/, '.schema.json'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const validate = ajv.compile(schema);
      const ok = validate(readJson(name));
      expect(ok ? [] : validate.errors!.slice(0, 5).map((e) => `${name}${e.instancePath} ${e.message}`)).toEqual([]);
    }
  });

  it('the items schema refuses an item without its text or with an unknown kind', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(readJson('items.schema.json'));
    const [first] = readJson('items.json');
    const { text: _t, ...noText } = first;
    expect(validate([noText])).toBe(false);
    expect(validate([{ ...first, kind: 'opinion' }])).toBe(false);
    expect(validate([first])).toBe(true);
  });
});

describe('data releases', () => {
  it('the data holds nothing unreleased: a change of data ships with `npm run data:release`', () => {
    const log = readJson('changelog.json') as { version: string; added: string[]; changed: { id: string }[]; renamed: unknown[]; withdrawn: string[] }[];
    const unreleased = log.find((e) => e.version === 'unreleased');
    expect(unreleased, 'the data changed since the last release: run npm run data:release -- --version X.Y.Z --notes-en … --notes-es …').toBeUndefined();
    const pkg = readJson('datapackage.json');
    expect(pkg.version).toBe(log[0].version);
  });

  it('the changelog tells the 2024 conclusions merged and renamed in release 2.0.0, item by item', () => {
    const log = readJson('changelog.json') as { version: string; renamed: { from: string[]; to: string }[] }[];
    const r2 = log.find((e) => e.version === '2.0.0')!;
    expect(r2.renamed).toContainEqual(expect.objectContaining({ from: ['ilo-alianzas-2024-conclusion-relevance-2', 'ilo-alianzas-2024-conclusion-relevance-3'], to: 'ilo-alianzas-2024-conclusion-2' }));
    expect(readFileSync(join(DATA, 'CHANGELOG.md'), 'utf8')).toContain('## 2.0.0 — 2026-12-01');
  });
});
