/**
 * The build's content loaders (src/content/loaders.ts) with a stand-in for Astro's loader
 * context: drafts are left out (and refused when SITE_URL is set), and in `astro dev` an edit to
 * a YAML file reloads its collection, while a broken edit is reported and the last good content kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import type { LoaderContext } from 'astro/loaders';
import { yamlListLoader } from '../../src/content/loaders';
import { ContentError } from '../../src/content/yaml-entries';
import { cleanTempDirsAfterAll, tempDir } from '../support/tmp';

cleanTempDirsAfterAll();

const schema = z.strictObject({ id: z.string(), name: z.string() });

function project(yaml: string) {
  const root = tempDir('loader-');
  mkdirSync(join(root, 'content/things'), { recursive: true });
  const file = join(root, 'content/things/a.yaml');
  writeFileSync(file, yaml);
  const store = new Map<string, unknown>();
  const logs: { level: string; text: string }[] = [];
  const watcher = Object.assign(new EventEmitter(), { added: [] as string[], add(p: string) { this.added.push(p); } });
  const ctx = {
    config: { root: pathToFileURL(`${root}/`) },
    store: { clear: () => store.clear(), set: (e: { id: string; data: unknown }) => store.set(e.id, e.data) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (d: unknown) => JSON.stringify(d),
    logger: { info: (t: string) => logs.push({ level: 'info', text: t }), warn: (t: string) => logs.push({ level: 'warn', text: t }), error: (t: string) => logs.push({ level: 'error', text: t }) },
    watcher,
  } as unknown as LoaderContext;
  return { root, file, store, logs, watcher, ctx, load: () => yamlListLoader('content/things', schema).load(ctx) };
}

/** Waiting for the watcher's async reload: milliseconds, far more on a loaded machine (no fixed sleep). */
const RELOAD = { timeout: 30_000, interval: 10 } as const;
/** how many reloads the loader has started (it says so synchronously, before reading the file) */
const reloadsOf = (p: { logs: { text: string }[] }) => p.logs.filter((l) => l.text.startsWith('reloading ')).length;

const SITE_URL = process.env.SITE_URL;
afterEach(() => {
  if (SITE_URL === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = SITE_URL;
});

describe('yamlListLoader', () => {
  it('leaves drafts out of the collection and says so', async () => {
    delete process.env.SITE_URL;
    const p = project('- { id: a, name: A }\n- { id: b, name: B, draft: true }\n');
    await p.load();
    expect([...p.store.keys()]).toEqual(['a']);
    expect(p.logs).toContainEqual({ level: 'warn', text: 'draft (not published): content/things/a.yaml: entry "b"' });
  });

  it('refuses drafts in a production build, with file and entry', async () => {
    process.env.SITE_URL = 'https://example.org';
    const p = project('- { id: a, name: A }\n- { id: b, name: B, draft: true }\n');
    const err = await p.load().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    expect((err as ContentError).problems).toEqual([expect.stringMatching(/^content\/things\/a\.yaml: entry "b", field draft: true \(work in progress, not published\); expected no drafts in a production build/)]);
  });

  it('reloads its collection when one of its files changes (astro dev)', async () => {
    delete process.env.SITE_URL;
    const p = project('- { id: a, name: A }\n');
    await p.load();
    expect(p.watcher.added).toEqual([join(p.root, 'content/things')]);
    writeFileSync(p.file, '- { id: a, name: Edited }\n');
    p.watcher.emit('change', p.file);
    await expect.poll(() => p.store.get('a'), RELOAD).toEqual({ id: 'a', name: 'Edited' });
    // an editor's temporary file beside it is not content: no reload starts
    const before = reloadsOf(p);
    writeFileSync(p.file, '- { id: a, name: Again }\n');
    p.watcher.emit('change', join(p.root, 'content/things/.a.yaml.swp'));
    expect(reloadsOf(p)).toBe(before);
    expect(p.store.get('a')).toEqual({ id: 'a', name: 'Edited' });
    // while the file itself is
    p.watcher.emit('change', p.file);
    expect(reloadsOf(p)).toBe(before + 1);
    await expect.poll(() => p.store.get('a'), RELOAD).toEqual({ id: 'a', name: 'Again' });
  });

  it('keeps the last good content when an edit breaks the file, and logs where', async () => {
    delete process.env.SITE_URL;
    const p = project('- { id: a, name: A }\n');
    await p.load();
    writeFileSync(p.file, '- id: a\n  name: A: B\n');
    p.watcher.emit('change', p.file);
    await expect.poll(() => p.logs.filter((l) => l.level === 'error').map((l) => l.text).join('\n'), RELOAD).toMatch(/content\/things\/a\.yaml:2:\d+: not valid YAML: .*the line reads "name: A: B"/);
    expect(p.store.get('a')).toEqual({ id: 'a', name: 'A' });
  });

  it('does not pile up listeners when Astro runs the loader again', async () => {
    delete process.env.SITE_URL;
    const p = project('- { id: a, name: A }\n');
    await p.load();
    await p.load();
    expect(p.watcher.listenerCount('change')).toBe(1);
  });
});
