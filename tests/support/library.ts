/** The real library read from disk, shaped like the build's Library for the modules that need it. */
import { join } from 'node:path';
import { loadLibraryFromDisk } from '../../src/content/disk';
import type { Library } from '../../src/lib/library';

export const ROOT = join(import.meta.dirname, '..', '..');

export function diskLibrary(): Library {
  const raw = loadLibraryFromDisk(ROOT);
  const items = raw.items.map((i) => i.data);
  return {
    actor: new Map(raw.actors.map((a) => [a.data.id, a.data])),
    evaluation: new Map(raw.evaluations.map((e) => [e.data.id, e.data])),
    item: new Map(items.map((i) => [i.id, i])),
    items,
    evaluations: raw.evaluations.map((e) => e.data),
  } as unknown as Library;
}
