/**
 * Data releases: a release number for the open data and a changelog per item. Each release is a
 * snapshot (content/published/data-releases/<version>.json, written by `npm run data:release`):
 * per item, a short hash of each field that matters to a reader, plus the release notes. The
 * changelog compares consecutive snapshots: items added, withdrawn, renamed or merged (by their
 * former ids), and changed (which fields). What the data holds now and the last release does not
 * is "unreleased"; the tests refuse it, so a change of data ships with its release.
 */
import { createHash } from 'node:crypto';
import type { Bilingual } from '../../content/model';

/** The fields of an item a changelog reports on (URLs are not among them: they depend on SITE_URL). */
export const FINGERPRINT_FIELDS = ['kind', 'label', 'title', 'text.es', 'text.en', 'textStatus', 'addressees', 'actors', 'components', 'source', 'recommendation', 'followUp'] as const;
export type FingerprintField = (typeof FINGERPRINT_FIELDS)[number];

/** The part of an item record (items.json, this release or an earlier one) a fingerprint reads. */
export interface FingerprintInput {
  id: string;
  kind: string;
  label: string;
  title: Bilingual | null;
  text: Bilingual;
  textStatus: unknown;
  addressees: string[];
  actors: string[];
  components: string[];
  source: { document: string; locator: string; anchor: string };
  recommendation: Record<string, unknown> | null;
  followUp: { status: string } | null;
  formerIds?: string[];
}

const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v ?? null)).digest('hex').slice(0, 12);

export function fingerprint(r: FingerprintInput): Record<FingerprintField, string> {
  const { priorityLevel: _p, timeframeLevel: _t, ...printed } = (r.recommendation ?? {}) as Record<string, unknown>;
  const values: Record<FingerprintField, unknown> = {
    kind: r.kind,
    label: r.label,
    title: r.title,
    'text.es': r.text.es,
    'text.en': r.text.en,
    textStatus: r.textStatus,
    addressees: [...r.addressees].sort(),
    actors: [...r.actors].sort(),
    components: [...r.components].sort(),
    source: [r.source.document, r.source.locator, r.source.anchor],
    recommendation: r.recommendation ? printed : null,
    followUp: r.followUp?.status ?? null,
  };
  return Object.fromEntries(FINGERPRINT_FIELDS.map((f) => [f, hash(values[f])])) as Record<FingerprintField, string>;
}

export interface Snapshot {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  notes: Bilingual;
  items: Record<string, Record<FingerprintField, string>>;
  /** current id → the ids it was published under before */
  formerIds: Record<string, string[]>;
}

export function snapshotOf(records: FingerprintInput[], meta: Pick<Snapshot, 'version' | 'date' | 'notes'>): Snapshot {
  return {
    ...meta,
    items: Object.fromEntries(records.map((r) => [r.id, fingerprint(r)])),
    formerIds: Object.fromEntries(records.filter((r) => r.formerIds?.length).map((r) => [r.id, r.formerIds!])),
  };
}

export interface ReleaseChanges {
  version: string;
  date: string | null;
  notes: Bilingual | null;
  added: string[];
  withdrawn: string[];
  /** one id renamed (from has one id) or several merged into one (from has more) */
  renamed: { from: string[]; to: string; fields: FingerprintField[] }[];
  changed: { id: string; fields: FingerprintField[] }[];
}

const semver = (v: string) => v.split('.').map(Number);
export const byVersion = (a: { version: string }, b: { version: string }) => {
  const [x, y] = [semver(a.version), semver(b.version)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/** What changed from one snapshot to the next (the first release: everything is added). */
export function changesBetween(prev: Snapshot | undefined, next: Snapshot): ReleaseChanges {
  const before = prev?.items ?? {};
  const out: ReleaseChanges = { version: next.version, date: next.date || null, notes: next.notes ?? null, added: [], withdrawn: [], renamed: [], changed: [] };
  const diff = (a: Record<string, string>, b: Record<string, string>) => FINGERPRINT_FIELDS.filter((f) => a[f] !== b[f]);
  const claimed = new Set<string>();
  for (const [id, fp] of Object.entries(next.items)) {
    if (before[id]) {
      claimed.add(id);
      const fields = diff(before[id], fp);
      if (fields.length) out.changed.push({ id, fields });
      continue;
    }
    const from = (next.formerIds[id] ?? []).filter((f) => before[f] && !next.items[f]);
    if (from.length) {
      from.forEach((f) => claimed.add(f));
      // a merge changes what the old ids said: compare with the first of them
      out.renamed.push({ from, to: id, fields: diff(before[from[0]], fp) });
    } else out.added.push(id);
  }
  out.withdrawn = Object.keys(before).filter((id) => !claimed.has(id) && !next.items[id]);
  return out;
}

export const isEmpty = (c: ReleaseChanges) => !c.added.length && !c.withdrawn.length && !c.renamed.length && !c.changed.length;

/** The changelog, newest first; an "unreleased" entry first when the data differs from the last release. */
export function changelog(snapshots: Snapshot[], current: Snapshot): ReleaseChanges[] {
  const sorted = [...snapshots].sort(byVersion);
  const releases = sorted.map((s, i) => changesBetween(sorted[i - 1], s));
  const unreleased = changesBetween(sorted.at(-1), { ...current, version: 'unreleased' });
  return [...(isEmpty(unreleased) ? [] : [{ ...unreleased, date: null, notes: null }]), ...releases.reverse()];
}

/** The changelog as Markdown, for people (changelog.json is the same for tools). */
export function changelogMarkdown(entries: ReleaseChanges[], title: string): string {
  const list = (ids: string[]) => ids.map((i) => `\`${i}\``).join(', ');
  const lines = [`# ${title}`, ''];
  for (const e of entries) {
    lines.push(`## ${e.version}${e.date ? ` — ${e.date}` : ''}`, '');
    if (e.notes) lines.push(e.notes.en, '', e.notes.es, '');
    if (e.added.length) lines.push(`- Added (${e.added.length}): ${list(e.added)}`);
    if (e.renamed.length) for (const r of e.renamed) lines.push(`- ${r.from.length > 1 ? 'Merged' : 'Renamed'}: ${list(r.from)} → \`${r.to}\`${r.fields.length ? ` (changed: ${r.fields.join(', ')})` : ''}`);
    if (e.changed.length) for (const c of e.changed) lines.push(`- Changed \`${c.id}\`: ${c.fields.join(', ')}`);
    if (e.withdrawn.length) lines.push(`- Withdrawn (${e.withdrawn.length}): ${list(e.withdrawn)}`);
    lines.push('');
  }
  return lines.join('\n');
}
