// `npm test`: build the site, type-check, run every test (unit, site, browser), then print one
// closing line with the counts and the wall time of each step (CI reads the counts).
//
// The steps form a small graph run on two lanes, so that both cores stay busy: the browser tests
// (the longest step, much of it spent waiting on Chromium) start as soon as dist/ exists, while
// the other lane runs the unit tests, the type check, the sub-path production build and the
// whole-site checks. Steps that run Astro (build, check, build:subpath) never overlap: they share
// .astro/ and Vite's caches. Each step's output is printed whole when it ends, so lanes do not
// interleave; a line says when each step starts.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const RESULTS = new URL('../test-results/', import.meta.url);
const started = Date.now();
const fmt = (s) => (s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.round(s)} s`);

const vitest = (project) => [
  'exec', '--', 'vitest', 'run', '--project', project,
  // each Vitest process writes its own report; the results cache, shared by processes running at
  // once, is off (it only reorders files)
  '--no-cache', '--reporter=default', '--reporter=json', `--outputFile.json=test-results/${project}.json`,
];

/** name → npm arguments, the steps it waits for, its label in the closing line */
const STEPS = {
  build: { args: ['run', 'build'], after: [], label: 'build' },
  unit: { args: vitest('unit'), after: [], label: 'unit tests' },
  check: { args: ['run', 'check'], after: ['build'], label: 'type check' },
  // the production build under a sub-path (tests/site/production-build.test.ts)
  subpath: { args: ['run', 'build:subpath'], after: ['check'], label: 'sub-path build' },
  browser: { args: vitest('browser'), after: ['build'], label: 'browser tests' },
  site: { args: vitest('site'), after: ['build', 'subpath'], label: 'site tests' },
};
/** each lane runs its steps in order, a step once what it waits for is done */
const LANES = [
  ['build', 'browser'],
  ['unit', 'check', 'subpath', 'site'],
];
const TEST_STEPS = ['unit', 'site', 'browser'];

for (const s of TEST_STEPS) rmSync(new URL(`${s}.json`, RESULTS), { force: true });

const took = {};
const status = {};
const done = {};
const children = new Set();

function run(name) {
  const t = Date.now();
  console.log(`npm test: ${name} started at ${fmt((t - started) / 1000)}`);
  const child = spawn('npm', STEPS[name].args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const out = [];
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => out.push(d));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      children.delete(child);
      took[name] = (Date.now() - t) / 1000;
      status[name] = code ?? 1;
      process.stdout.write(`\n──── ${name}: npm ${STEPS[name].args.join(' ')} ────\n`);
      process.stdout.write(Buffer.concat(out));
      console.log(`npm test: ${name} ${status[name] === 0 ? 'passed' : `FAILED (exit ${status[name]})`} in ${fmt(took[name])}\n`);
      resolve(status[name]);
    }),
  );
}

function step(name) {
  done[name] ??= (async () => {
    for (const dep of STEPS[name].after) {
      if ((await step(dep)) !== 0) {
        status[name] = 'not run';
        console.log(`npm test: ${name} not run (${dep} failed)`);
        return 1;
      }
    }
    return run(name);
  })();
  return done[name];
}

// an interrupted run stops its children (their output so far is printed as they close)
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { for (const c of children) c.kill(sig); });

// a failed step stops what waits for it, not the other lane
await Promise.all(LANES.map(async (names) => { for (const n of names) await step(n); }));

let passed = 0, failed = 0, skipped = 0, total = 0;
const missing = [];
for (const s of TEST_STEPS) {
  try {
    const r = JSON.parse(readFileSync(new URL(`${s}.json`, RESULTS), 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    total += r.numTotalTests;
  } catch {
    missing.push(s);
  }
}
const times = Object.keys(STEPS).filter((s) => took[s] !== undefined).map((s) => `${STEPS[s].label} ${fmt(took[s])}`).join(', ');
const notOk = Object.keys(STEPS).filter((s) => status[s] !== 0);
console.log(
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} in ${fmt((Date.now() - started) / 1000)} (${times})` +
    (missing.length ? `; no test report from: ${missing.join(', ')}` : '') +
    (notOk.length ? `; failed or not run: ${notOk.join(', ')}` : ''),
);
process.exit(notOk.length === 0 && missing.length === 0 && failed === 0 && total > 0 && passed + skipped === total ? 0 : 1);
