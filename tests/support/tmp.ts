/** Temporary folders for fixtures, removed after the test file (a test run leaves nothing in /tmp). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
let registered = false;

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Call once at the top of a test file that uses tempDir. */
export function cleanTempDirsAfterAll(): void {
  if (registered) return;
  registered = true;
  afterAll(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
    registered = false;
  });
}
