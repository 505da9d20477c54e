/**
 * The real library, read from disk and indexed with the same code the build uses (indexLibrary),
 * loaded once per test worker (the unit project does not isolate files, so they share it).
 */
import { join } from 'node:path';
import { readRawLibrary } from '../../src/content/disk';
import type { RawLibrary } from '../../src/content/integrity';
import { indexLibrary, type Library } from '../../src/lib/library';

export const ROOT = join(import.meta.dirname, '..', '..');

let raw: RawLibrary | undefined;
let lib: Library | undefined;

export function rawLibrary(): RawLibrary {
  raw ??= readRawLibrary(ROOT);
  return raw;
}

/** The whole library, checked and indexed (a few seconds; more on a loaded machine). */
export function library(): Library {
  lib ??= indexLibrary(rawLibrary());
  return lib;
}

/** Loading and checking the whole library: ~4 s on a quiet 2-core machine, several times that under load. */
export const LOAD_BUDGET_MS = 180_000;
