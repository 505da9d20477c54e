// `npm test`: build the site, type-check, run every test (unit, site, browser), then print one
// closing line with the counts and the suite's wall time per step (CI reads the counts).
// The sub-path production build and the type check are independent and mostly single-threaded:
// they run side by side (the check's output is printed when it ends).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const started = Date.now();
const took = {};
rmSync(new URL('../test-results/vitest.json', import.meta.url), { force: true });
const fmt = (s) => (s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.round(s)} s`);

function step(name, args) {
  const t = Date.now();
  const r = spawnSync('npm', args, { stdio: 'inherit', env: process.env });
  took[name] = (Date.now() - t) / 1000;
  return r.status ?? 1;
}
function background(name, args) {
  const t = Date.now();
  const child = spawn('npm', args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      took[name] = (Date.now() - t) / 1000;
      process.stdout.write(out);
      resolve(code ?? 1);
    }),
  );
}
const fail = (name, code) => {
  console.log(`npm test: ${name} failed after ${fmt(took[name])}`);
  process.exit(code);
};

let code = step('build', ['run', 'build']);
if (code !== 0) fail('build', code);
const check = background('check', ['run', 'check']);
// the production build under a sub-path (tests/site/production-build.test.ts)
code = step('build:subpath', ['run', 'build:subpath']);
const checkCode = await check;
if (code !== 0) fail('build:subpath', code);
if (checkCode !== 0) fail('check', checkCode);
step('tests', ['exec', '--', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);

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
    ` (build ${fmt(took.build)}, sub-path build ${fmt(took['build:subpath'])} with the type check beside it (${fmt(took.check)}), tests ${fmt(took.tests)})`,
);
process.exit(r.numFailedTests > 0 || r.numTotalTests === 0 || r.numFailedTests + r.numPassedTests < r.numTotalTests - skipped ? 1 : 0);
