/**
 * `npm run data:release -- --version 2.1.0 --notes-en "…" --notes-es "…" [--date YYYY-MM-DD]`:
 * records a release of the open data (content/published/data-releases/<version>.json), the
 * snapshot the changelog compares with. `--from <items.json>` snapshots a published items.json
 * instead of the library (for a release made before snapshots existed).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readRawLibrary } from '../src/content/disk';
import { indexLibrary } from '../src/lib/library';
import { itemsData } from '../src/lib/open-data/json';
import { byVersion, snapshotOf, type FingerprintInput, type Snapshot } from '../src/lib/open-data/releases';

const { values } = parseArgs({
  options: {
    version: { type: 'string' },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    'notes-en': { type: 'string' },
    'notes-es': { type: 'string' },
    from: { type: 'string' },
    replace: { type: 'boolean', default: false },
  },
});
const fail = (msg: string) => {
  console.error(`data:release: ${msg}`);
  process.exit(1);
};
const root = process.cwd();
const dir = join(root, 'content', 'published', 'data-releases');
if (!values.version || !/^\d+\.\d+\.\d+$/.test(values.version)) fail('expected --version as MAJOR.MINOR.PATCH, e.g. 2.1.0');
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date!)) fail('expected --date as YYYY-MM-DD');
if (!values['notes-en'] || !values['notes-es']) fail('expected --notes-en and --notes-es: what this release changes, for readers, in both languages');
mkdirSync(dir, { recursive: true });
const existing = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Snapshot).sort(byVersion);
const file = join(dir, `${values.version}.json`);
if (existsSync(file) && !values.replace) fail(`${values.version} exists; a published release is never rewritten (--replace only for one not yet published)`);
const latest = existing.filter((s) => s.version !== values.version).at(-1);
if (latest && byVersion({ version: values.version! }, latest) <= 0) fail(`${values.version} is not after the latest release ${latest.version}`);

const records: FingerprintInput[] = values.from ? JSON.parse(readFileSync(values.from, 'utf8')) : itemsData(indexLibrary(readRawLibrary(root)));
const snapshot = snapshotOf(records, { version: values.version!, date: values.date!, notes: { en: values['notes-en']!, es: values['notes-es']! } });
writeFileSync(file, `${JSON.stringify(snapshot, null, 1)}\n`);
console.log(`data:release: ${values.version} (${values.date}), ${Object.keys(snapshot.items).length} items → ${file}`);
