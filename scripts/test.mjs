// `npm test`: build the site, type-check, run every test (unit, site, browser), then print one
// closing line with the counts and the suite's wall time per step (CI reads the counts).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const steps = [
  ['build', ['run', 'build']],
  // the production build under a sub-path (tests/site/production-build.test.ts)
  ['build:subpath', ['run', 'build:subpath']],
  ['check', ['run', 'check']],
  ['tests', ['exec', '--', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']],
];
const started = Date.now();
const took = {};
rmSync(new URL('../test-results/vitest.json', import.meta.url), { force: true });
for (const [name, args] of steps) {
  const t = Date.now();
  const r = spawnSync('npm', args, { stdio: 'inherit', env: process.env });
  took[name] = (Date.now() - t) / 1000;
  if (r.status !== 0 && name !== 'tests') {
    console.log(`npm test: ${name} failed after ${took[name].toFixed(0)} s`);
    process.exit(r.status ?? 1);
  }
}
const fmt = (s) => (s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.round(s)} s`);
let r;
try {
  r = JSON.parse(readFileSync(new URL('../test-results/vitest.json', import.meta.url), 'utf8'));
} catch {
  console.log(`npm test: no test report (vitest did not finish) after ${fmt((Date.now() - started) / 1000)}`);
  process.exit(1);
}
const skipped = r.numPendingTests + (r.numTodoTests ?? 0);
console.log(
  `${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''} in ${fmt((Date.now() - started) / 1000)}` +
    ` (build ${fmt(took.build)}, sub-path build ${fmt(took['build:subpath'])}, check ${fmt(took.check)}, tests ${fmt(took.tests)})`,
);
process.exit(r.numFailedTests > 0 || r.numTotalTests === 0 || r.numFailedTests + r.numPassedTests < r.numTotalTests - skipped ? 1 : 0);
