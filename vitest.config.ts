import { defineConfig } from 'vitest/config';

// unit: content model, utils, views and the real content (no build needed);
// site: checks over the built dist/ (npm test builds first);
// browser: Chromium against dist/ served on 127.0.0.1 — one server and one browser for all files.
// Files of a project share one module registry (isolate: false), so the library and dist/ pages
// are read once per worker, not once per file. Heavy hooks declare their own budget.
export default defineConfig({
  test: {
    // two workers even on 2 cores (the default leaves one): browser files wait on Chromium, which
    // runs in its own processes, while the other worker runs unit and site files
    maxWorkers: 2,
    projects: [
      // unit tests take milliseconds once what they share is loaded (the library, citeproc's
      // engines: in beforeAll or at import, with their own budgets); a loaded machine can still
      // stretch a few hundred milliseconds past the 5 s default, so an explicit ceiling
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false, testTimeout: 60_000, hookTimeout: 180_000 } },
      // whole-site checks read every built page (~2,000): seconds each on a quiet machine, much
      // more under load — an explicit budget, not the 5 s default
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', isolate: false, testTimeout: 300_000, hookTimeout: 300_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/browser-setup.ts'],
          // one worker receives every browser file (no re-import of the library per file); a
          // group of its own, since its worker count differs from the other projects'
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
          // a page load plus axe or a search is seconds; the biggest pages take longer under load
          testTimeout: 180_000,
          hookTimeout: 300_000,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
