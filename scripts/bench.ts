/**
 * `npm run bench -- --evaluations N`: build cost, search cost and page weight of the site with N
 * evaluations (the real ones, replicated under new ids), measured in a temporary copy of the
 * project, against a bare Astro project with as many MDX pages. See docs/benchmark.md.
 *
 * Options:
 *   --evaluations N     evaluations in the synthetic library (default 3 = the real ones only)
 *   --repeats R         browser timing repeats per query, median reported (default 3)
 *   --baseline-mode M   collection (default: one glob() MDX collection rendered by one dynamic route) | pages (one .mdx per page)
 *   --no-baseline       skip the bare-Astro baseline build
 *   --baseline-only P   build only the baseline, with P pages (to re-measure it on a quiet machine)
 *   --no-search         skip the Chromium search measurements
 *   --profile           after the timed build, build again under V8's CPU profiler and summarise where time goes
 *   --echo              stream the build logs to stderr
 *   --keep              keep the temporary folder (its path is printed)
 *   --wait-quiet S      before each timed step, wait up to S seconds (default 120) for other processes to
 *                       use < 15% of the CPU; the load found is reported either way
 *
 * Output: a human-readable summary, then as the LAST line one JSON object with every figure.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { buildSyntheticProject } from './bench/synth';
import { buildBaselineProject, fillerParagraphs, type BaselineMode } from './bench/baseline';
import { dirBytes, linkNodeModules, MiB, walk } from './bench/fs';
import { runMeasured, plain, foreignLoad, type StepResult } from './bench/run';
import { buildPhases, summarizeProfile, type Phase } from './bench/phases';
import { sizeReport, type SizeReport } from './bench/sizes';
import { availableFilters, measureQuery, type QueryResult, type QuerySpec } from './bench/search';
import { diffTrees, editEvaluation, indexBytesByLanguage } from './bench/incremental';
import { BARE_SEARCH_PATH, writeBareSearchPage } from './bench/bare-search';
import { launchBrowser } from './lib/chromium';
import { serveDist } from './lib/static-server';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEARCH_PATH = '/es/buscar/';

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      evaluations: { type: 'string', default: '3' },
      repeats: { type: 'string', default: '3' },
      'baseline-mode': { type: 'string', default: 'collection' },
      'no-baseline': { type: 'boolean', default: false },
      'baseline-only': { type: 'string', default: '0' },
      'no-search': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      incremental: { type: 'boolean', default: false },
      echo: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'wait-quiet': { type: 'string', default: '120' },
    },
  });
  const opts = {
    evaluations: Number(values.evaluations),
    repeats: Math.max(1, Number(values.repeats)),
    baseline: !values['no-baseline'],
    baselineMode: values['baseline-mode'] as BaselineMode,
    search: !values['no-search'],
    profile: values.profile!,
    incremental: values.incremental!,
    echo: values.echo!,
    keep: values.keep!,
    waitQuiet: Math.max(0, Number(values['wait-quiet'])),
    baselineOnly: Number(values['baseline-only']),
  };
  if (!Number.isInteger(opts.evaluations) || opts.evaluations < 1) throw new Error('--evaluations expects a positive integer');
  if (!['pages', 'collection'].includes(opts.baselineMode)) throw new Error('--baseline-mode expects pages or collection');
  return opts;
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const kb = (bytes: number) => r1(bytes / 1024);

/**
 * Share of the machine's CPU used by other processes over 2 s while the benchmark itself is idle
 * (0 = quiet machine, 1 = all cores busy), taken before each timed step: other work on the machine
 * (a test run, another build) slows the step down. With --wait-quiet S (default 120), waits up to S
 * seconds for the machine to be quiet (< 15%) before going on anyway.
 */
let waitQuietSeconds = 120;
async function backgroundLoad(): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { share, top } = await foreignLoad(2000, availableParallelism());
    const waited = (Date.now() - started) / 1000;
    if (share < 0.15) return share;
    if (waited >= waitQuietSeconds) {
      log(`  note: other processes are using ${Math.round(share * 100)}% of the CPU (${top.join(', ')}); timings will be slower`);
      return share;
    }
    log(`  waiting for a quiet machine: other processes use ${Math.round(share * 100)}% of the CPU (${top.join(', ')})`);
    await new Promise((r) => setTimeout(r, 5000));
  }
}

const contention = (s: StepResult) => ({ cpuSeconds: r1(s.cpuSeconds), otherCpuSeconds: r1(s.otherCpuSeconds), otherTop: s.otherTop });

/** A short fingerprint of the project state measured (config, src/, public/, content/ as copied). */
function fingerprint(root: string): string {
  const h = createHash('sha256');
  const files = ['astro.config.mjs', 'package.json', 'tsconfig.json'].map((f) => join(root, f));
  for (const d of ['src', 'public', 'content']) files.push(...walk(join(root, d)));
  for (const f of files.sort()) {
    try {
      h.update(f.slice(root.length)).update('\0').update(readFileSync(f)).update('\0');
    } catch {
      // missing file
    }
  }
  return h.digest('hex').slice(0, 12);
}

function tail(step: StepResult, n = 30): string {
  return step.lines.slice(-n).map((l) => plain(l.text)).join('\n');
}

function saveLog(dir: string, name: string, step: StepResult) {
  writeFileSync(join(dir, name), step.lines.map((l) => `${l.t.toFixed(3).padStart(9)} ${l.stream} ${plain(l.text)}`).join('\n') + '\n');
}

/** Build the bare-Astro baseline with `pages` MDX pages; returns its figures (undefined on failure). */
async function runBaseline(
  base: string,
  pages: number,
  reportsDir: string,
  mode: BaselineMode,
  logs: string,
  echo: boolean,
  background: Record<string, number>,
  cpu: Record<string, ReturnType<typeof contention>>,
  failures: string[],
) {
  log(`baseline: bare Astro + MDX, ${pages} pages (${mode})…`);
  buildBaselineProject(base, pages, fillerParagraphs(reportsDir), mode);
  linkNodeModules(projectRoot, base);
  background.baseline = await backgroundLoad();
  log(`  background load ${background.baseline}`);
  const bl = await runMeasured('npx', ['astro', 'build'], { cwd: base, env: { ASTRO_TELEMETRY_DISABLED: '1' }, echo, label: 'baseline' });
  saveLog(logs, 'baseline-build.log', bl);
  cpu.baseline = contention(bl);
  let out;
  if (bl.exitCode !== 0) {
    failures.push(`baseline build exited with ${bl.exitCode}`);
    log(`baseline build FAILED:\n${tail(bl)}`);
  } else {
    const blPages = walk(join(base, 'dist')).filter((f) => f.endsWith('.html')).length;
    out = {
      baselineBuildSeconds: r2(bl.seconds),
      baselinePages: blPages,
      baselineMode: mode,
      baselinePeakRssMB: Math.round(bl.peakRssMB),
      baselinePhases: buildPhases(bl).phases.map((p) => ({ name: p.name, seconds: r2(p.seconds) })),
    };
    log(`  ${r1(bl.seconds)} s, ${blPages} pages, peak ${Math.round(bl.peakRssMB)} MiB`);
  }
  rmSync(base, { recursive: true, force: true }); // 20k small files: do not keep them around
  return out;
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  waitQuietSeconds = opts.waitQuiet;
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor < 22) log(`warning: running on Node ${process.versions.node}; run through npm (npm run bench) to get the project's Node 22`);
  const env = { ASTRO_TELEMETRY_DISABLED: '1' };
  const tmp = mkdtempSync(join(tmpdir(), opts.baselineOnly ? 'bench-baseline-' : `bench-${opts.evaluations}-`));
  const site = join(tmp, 'site');
  const base = join(tmp, 'baseline');
  const logs = join(tmp, 'logs');
  mkdirSync(logs, { recursive: true });
  const failures: string[] = [];
  const result: Record<string, unknown> = {
    evaluations: opts.evaluations,
    node: process.versions.node,
    cores: availableParallelism(),
    tmp: opts.keep ? tmp : undefined,
  };
  const background: Record<string, number> = {};
  const cpu: Record<string, ReturnType<typeof contention>> = {};
  result.backgroundLoad = background;
  result.cpu = cpu;
  log(opts.baselineOnly ? `bench: baseline only, ${opts.baselineOnly} pages, in ${tmp}` : `bench: ${opts.evaluations} evaluations in ${tmp}`);

  try {
    // 1. Synthetic library
    if (opts.baselineOnly > 0) {
      result.evaluations = undefined;
      const bl = await runBaseline(base, opts.baselineOnly, join(projectRoot, 'content', 'reports'), opts.baselineMode, logs, opts.echo, background, cpu, failures);
      if (bl) Object.assign(result, bl);
      return;
    }
    // which state of the project is measured (another developer may be changing src/ and content/)
    result.projectFingerprint = fingerprint(projectRoot);
    const synth = buildSyntheticProject(projectRoot, site, opts.evaluations);
    linkNodeModules(projectRoot, site);
    log(`synthetic library: ${synth.plan.real.length} real + ${synth.plan.copies.length} copies (${synth.filesWritten} files written)`);
    const check = await runMeasured('npx', ['tsx', 'scripts/content-check.ts', site], { cwd: projectRoot, env, echo: opts.echo, label: 'content-check' });
    saveLog(logs, 'content-check.log', check);
    const checkLine = check.lines.map((l) => plain(l.text)).find((l) => l.startsWith('content ok'));
    result.contentCheck = { ok: check.exitCode === 0, seconds: r2(check.seconds), summary: checkLine ?? null };
    if (check.exitCode !== 0) {
      failures.push('content check failed on the synthetic library');
      log(`content check FAILED:\n${tail(check)}`);
      throw new Error('content check failed');
    }
    log(`${checkLine} (${r1(check.seconds)} s)`);

    // 2. Build and index
    background.build = await backgroundLoad();
    log(`astro build… (background load ${background.build})`);
    const build = await runMeasured('npx', ['astro', 'build'], { cwd: site, env, echo: opts.echo, label: 'astro' });
    saveLog(logs, 'astro-build.log', build);
    if (build.exitCode !== 0) {
      failures.push(`astro build exited with ${build.exitCode}`);
      log(`astro build FAILED after ${r1(build.seconds)} s:\n${tail(build)}`);
    }
    cpu.build = contention(build);
    const { phases, astroReportedSeconds, pagesReported } = buildPhases(build);
    const dist = join(site, 'dist');
    const pages = walk(dist).filter((f) => f.endsWith('.html')).length;
    log(`  ${r1(build.seconds)} s, ${pages} pages, peak ${Math.round(build.peakRssMB)} MiB`);
    Object.assign(result, {
      pages,
      buildSeconds: r2(build.seconds),
      astroReportedSeconds,
      pagesReported,
      buildPeakRssMB: Math.round(build.peakRssMB),
      buildMaxProcessRssMB: Math.round(build.maxProcessRssMB),
      buildPhases: phases.map((p: Phase) => ({ name: p.name, seconds: r2(p.seconds) })),
    });

    let index: StepResult | undefined;
    if (build.exitCode === 0) {
      background.index = await backgroundLoad();
      log(`pagefind --site dist… (background load ${background.index})`);
      index = await runMeasured('npx', ['pagefind', '--site', 'dist'], { cwd: site, env, echo: opts.echo, label: 'pagefind' });
      saveLog(logs, 'pagefind.log', index);
      cpu.index = contention(index);
      if (index.exitCode !== 0) {
        failures.push(`pagefind exited with ${index.exitCode}`);
        log(`pagefind FAILED:\n${tail(index)}`);
      }
      const indexed = index.lines.map((l) => plain(l.text)).filter((l) => /Indexed \d+ pages?|Indexed \d+ words?|Indexed \d+ filters?/.test(l));
      log(`  ${r1(index.seconds)} s, peak ${Math.round(index.peakRssMB)} MiB; ${indexed.join('; ')}`);
      Object.assign(result, {
        indexSeconds: r2(index.seconds),
        indexPeakRssMB: Math.round(index.peakRssMB),
        pagefindSummary: indexed,
      });
    }
    // each language's index holds only that language's pages: their sizes must be comparable
    if (index?.exitCode === 0) {
      const byLang = indexBytesByLanguage(join(dist, 'pagefind'));
      const ratio = (byLang.en ?? 0) / Math.max(1, byLang.es ?? 0);
      result.indexKBByLanguage = Object.fromEntries(Object.entries(byLang).map(([k, v]) => [k, kb(v)]));
      result.indexLanguageRatio = r2(ratio);
      log(`  index by language: ${Object.entries(byLang).map(([k, v]) => `${k} ${kb(v)} KB`).join(', ')} (en/es ${r2(ratio)})`);
      if (ratio < 0.7 || ratio > 1.4) failures.push(`the English index is ${r2(ratio)}× the Spanish one; expected between 0.7× and 1.4×`);
    }
    result.buildPlusIndexSeconds = r2(build.seconds + (index?.seconds ?? 0));
    result.peakRssMB = Math.round(Math.max(build.peakRssMB, index?.peakRssMB ?? 0));
    result.distMB = r2(dirBytes(dist) / MiB);
    result.indexMB = r2(dirBytes(join(dist, 'pagefind')) / MiB);

    // 5. Page weights (from dist/)
    let sizes: SizeReport | undefined;
    if (build.exitCode === 0) {
      sizes = sizeReport(dist, SEARCH_PATH);
      Object.assign(result, {
        itemPageGzipKB: kb(sizes.largestItem.gzipBytes),
        itemPageLargest: sizes.largestItem.path,
        itemPageMedianGzipKB: kb(sizes.medianItemGzipBytes),
        chapterPageGzipKB: kb(sizes.largestChapter.gzipBytes),
        chapterPageLargest: sizes.largestChapter.path,
        largestPages: sizes.largestPages.map((p) => ({ path: p.path, gzipKB: kb(p.gzipBytes), KB: kb(p.bytes) })),
        jsNoSearchGzipKB: kb(sizes.noSearchPage.js.gzipBytes),
        jsNoSearchPage: sizes.noSearchPage.page,
        jsSearchPageGzipKB: kb(sizes.searchPage.js.gzipBytes),
        cssGzipKB: kb(Math.max(sizes.noSearchPage.css.gzipBytes, sizes.searchPage.css.gzipBytes)),
        cssNoSearchGzipKB: kb(sizes.noSearchPage.css.gzipBytes),
        cssSearchPageGzipKB: kb(sizes.searchPage.css.gzipBytes),
      });
    }

    // 4. Search in Chromium
    if (opts.search && index && index.exitCode === 0) {
      background.search = await backgroundLoad();
      log(`search in Chromium… (background load ${background.search})`);
      const actors = parse(readFileSync(join(site, 'content', 'actors.yaml'), 'utf8')) as { id: string; name: { es: string } }[];
      const mp = actors.find((a) => a.id === 'ministerio-publico')?.name.es;
      const server = await serveDist(dist);
      const browser = await launchBrowser();
      try {
        const filters = await availableFilters(browser, server.origin, SEARCH_PATH);
        const typeValues = Object.keys(filters.type ?? {});
        const recType = typeValues.find((v) => /^recomendaci/i.test(v)) ?? typeValues[0];
        if (mp && !(mp in (filters.institution ?? {}))) log(`  warning: institution filter has no value "${mp}"`);
        const inst: Record<string, string[]> = mp ? { institution: [mp] } : {};
        const both: Record<string, string[]> = { ...inst, ...(recType ? { type: [recType] } : {}) };
        const queries: QuerySpec[] = [
          { label: 'trata', q: 'trata' },
          { label: 'Ministerio Público', q: 'Ministerio Público' },
          { label: 'reintegración', q: 'reintegración' },
          { label: 'reintegración + institution', q: 'reintegración', filters: inst },
          { label: 'reintegración + institution + type', q: 'reintegración', filters: both },
          { label: 'institution + type (no query)', filters: both },
        ];
        const search: QueryResult[] = [];
        for (const q of queries) {
          const r = await measureQuery(browser, server.origin, SEARCH_PATH, q, opts.repeats);
          search.push(r);
          log(
            `  ${q.label.padEnd(36)} ${String(r.resultCount).padStart(5)} results  search ${kb(r.search.bytes)} KB (gzip ${kb(r.search.gzipBytes)}; ${kb(r.beforeFirst.bytes)} KB before the first result, ${kb(r.afterFirst.bytes)} KB after)  ` +
              `page ${kb(r.pageLoad.bytes)} KB  first result ${Math.round(r.fromQueryMs)} ms after UI ready, ${Math.round(r.fromNavMs)} ms from navigation` +
              (r.typed ? `  | typed: ${kb(r.typed.bytes)} KB, ${Math.round(r.typed.ms)} ms` : ''),
          );
        }
        result.search = search.map((r) => ({
          label: r.label,
          url: r.url,
          results: r.resultCount,
          searchKB: kb(r.search.bytes),
          searchGzipKB: kb(r.search.gzipBytes),
          firstSearchKB: kb(r.beforeFirst.bytes),
          panelKB: kb(r.afterFirst.bytes),
          searchRequests: r.search.requests,
          searchParts: Object.fromEntries(Object.entries(r.searchParts).map(([k, v]) => [k, { requests: v.requests, KB: kb(v.bytes) }])),
          pageLoadKB: kb(r.pageLoad.bytes),
          pageLoadGzipKB: kb(r.pageLoad.gzipBytes),
          firstResultMs: Math.round(r.fromQueryMs),
          firstResultFromNavMs: Math.round(r.fromNavMs),
          runsMs: r.runs.map((x) => ({ fromQuery: Math.round(x.fromQueryMs), fromNav: Math.round(x.fromNavMs) })),
          typed: r.typed ? { KB: kb(r.typed.bytes), gzipKB: kb(r.typed.gzipBytes), requests: r.typed.requests, ms: Math.round(r.typed.ms) } : undefined,
        }));
        result.maxSearchKB = kb(Math.max(...search.map((r) => r.search.bytes)));
        result.maxFirstSearchKB = kb(Math.max(...search.map((r) => r.beforeFirst.bytes)));
        result.maxPanelKB = kb(Math.max(...search.map((r) => r.afterFirst.bytes)));
        result.maxSearchGzipKB = kb(Math.max(...search.map((r) => r.search.gzipBytes)));
        result.maxFirstResultMs = Math.round(Math.max(...search.map((r) => r.fromQueryMs)));
        result.maxFirstResultFromNavMs = Math.round(Math.max(...search.map((r) => r.fromNavMs)));
        const typed = search.filter((r) => r.typed);
        if (typed.length) {
          result.maxTypedSearchKB = kb(Math.max(...typed.map((r) => r.typed!.bytes)));
          result.maxTypedFirstResultMs = Math.round(Math.max(...typed.map((r) => r.typed!.ms)));
        }
        result.searchPageLoadKB = kb(Math.max(...search.map((r) => r.pageLoad.bytes)));
        // the same queries on a bare Pagefind page over the same index (scripts/bench/bare-search.ts)
        writeBareSearchPage(dist, 'es');
        const bare: QueryResult[] = [];
        try {
          for (const q of queries) bare.push(await measureQuery(browser, server.origin, BARE_SEARCH_PATH, q, opts.repeats));
        } finally {
          rmSync(join(dist, 'bare-search'), { recursive: true, force: true });
        }
        result.bareSearch = bare.map((b, i) => ({
          label: b.label,
          results: b.resultCount,
          searchKB: kb(b.search.bytes),
          firstResultFromNavMs: Math.round(b.fromNavMs),
          typedMs: b.typed ? Math.round(b.typed.ms) : undefined,
          ratioFromNav: r2(search[i].fromNavMs / Math.max(1, b.fromNavMs)),
          typedRatio: b.typed && search[i].typed ? r2(search[i].typed!.ms / Math.max(1, b.typed.ms)) : undefined,
        }));
        result.maxBareRatio = Math.max(...(result.bareSearch as { ratioFromNav: number }[]).map((b) => b.ratioFromNav));
        for (const b of result.bareSearch as { label: string; results: number | null; firstResultFromNavMs: number; ratioFromNav: number; typedMs?: number; typedRatio?: number }[]) {
          log(`  bare Pagefind: ${b.label.padEnd(36)} ${String(b.results).padStart(5)} results  first result ${b.firstResultFromNavMs} ms from navigation (ours ${b.ratioFromNav}×)` + (b.typedMs !== undefined ? `  | typed ${b.typedMs} ms (ours ${b.typedRatio}×)` : ''));
        }
      } catch (e) {
        failures.push(`search measurement failed: ${(e as Error).message.split('\n')[0]}`);
        log(`search FAILED: ${(e as Error).stack}`);
      } finally {
        await browser.close();
        await server.close();
      }
    }

    // 6. Incremental rebuild after editing one evaluation, checked against a full build
    if (opts.incremental && build.exitCode === 0) {
      const inc = { ...env, INCREMENTAL_BUILD: '1' };
      const step = async (name: string, args: string[], stepEnv: Record<string, string>) => {
        background[name] = await backgroundLoad();
        const r = await runMeasured('npx', args, { cwd: site, env: stepEnv, echo: opts.echo, label: name });
        saveLog(logs, `${name}.log`, r);
        cpu[name] = contention(r);
        if (r.exitCode !== 0) throw new Error(`${name} exited with ${r.exitCode}:\n${tail(r)}`);
        log(`  ${name}: ${r1(r.seconds)} s, peak ${Math.round(r.peakRssMB)} MiB`);
        return r;
      };
      try {
        log('incremental: priming the cache (a full build with INCREMENTAL_BUILD=1)…');
        const prime = await step('incremental-prime', ['astro', 'build'], inc);
        // the edited evaluation: the last copy (or the only real one), a USAID report with few links
        const edited = [...synth.plan.real, ...synth.plan.copies.map((c) => c.id)].filter((id) => id.startsWith('usaid-chs-2020')).pop()!;
        const changedFiles = editEvaluation(site, edited);
        log(`  edited ${changedFiles.join(', ')}`);
        const rebuild = await step('incremental-build', ['astro', 'build'], inc);
        const cached = rebuild.lines.filter((l) => /\((cached|restored)\)/.test(plain(l.text))).length;
        const reindex = await step('incremental-index', ['pagefind', '--site', 'dist'], env);
        const full = await step('full-build-edited', ['astro', 'build', '--outDir', 'dist-full'], env);
        await step('full-index-edited', ['pagefind', '--site', 'dist-full'], env);
        const diff = diffTrees(dist, join(site, 'dist-full'));
        result.incremental = {
          edited,
          changedFiles,
          primeSeconds: r2(prime.seconds),
          rebuildSeconds: r2(rebuild.seconds),
          rebuildPhases: buildPhases(rebuild).phases.map((p: Phase) => ({ name: p.name, seconds: r2(p.seconds) })),
          primePhases: buildPhases(prime).phases.map((p: Phase) => ({ name: p.name, seconds: r2(p.seconds) })),
          pagesKept: cached,
          reindexSeconds: r2(reindex.seconds),
          fullBuildSeconds: r2(full.seconds),
          rebuildPlusIndexShare: r2((rebuild.seconds + reindex.seconds) / (build.seconds + (index?.seconds ?? 0))),
          files: diff.files,
          differing: diff.differing.slice(0, 20),
          identical: diff.differing.length === 0,
        };
        log(`  ${cached} pages kept; rebuild + index ${r1(rebuild.seconds + reindex.seconds)} s against ${r1(build.seconds + (index?.seconds ?? 0))} s for a full build and index; output ${diff.differing.length ? `DIFFERS in ${diff.differing.length} files (${diff.differing.slice(0, 5).join(', ')})` : 'byte-identical'} to a full build`);
        if (diff.differing.length) failures.push(`the incremental build differs from a full build in ${diff.differing.length} files`);
      } catch (e) {
        failures.push(`incremental step failed: ${(e as Error).message.split('\n')[0]}`);
        log(`incremental FAILED: ${(e as Error).message}`);
      }
    }

    // 3. Baseline
    if (opts.baseline && pages > 0) {
      const bl = await runBaseline(base, pages, join(site, 'content', 'reports'), opts.baselineMode, logs, opts.echo, background, cpu, failures);
      if (bl) Object.assign(result, bl, { overheadRatio: r2(build.seconds / bl.baselineBuildSeconds) });
    }

    // Optional CPU profile of a second build
    if (opts.profile && build.exitCode === 0) {
      log('profiled build (V8 --cpu-prof)…');
      const profDir = join(tmp, 'profile');
      rmSync(join(site, 'dist'), { recursive: true, force: true });
      rmSync(join(site, 'node_modules', '.astro'), { recursive: true, force: true });
      rmSync(join(site, '.astro'), { recursive: true, force: true });
      const prof = await runMeasured('npx', ['astro', 'build'], {
        cwd: site,
        env: { ...env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profDir} --cpu-prof-interval=1000` },
        echo: opts.echo,
        label: 'profile',
      });
      saveLog(logs, 'astro-build-profiled.log', prof);
      const summary = summarizeProfile(profDir, buildPhases(prof).cuts, prof.seconds);
      if (summary) {
        result.profile = {
          seconds: r2(prof.seconds),
          sampledSeconds: r2(summary.totalSeconds),
          phases: summary.phases
            .filter((p) => p.seconds > 0.5)
            .map((p) => ({
              name: p.name,
              seconds: r2(p.seconds),
              categories: p.categories.filter((c) => c.share >= 0.01).map((c) => ({ name: c.name, share: r2(c.share) })),
            })),
          categories: summary.categories.map((b) => ({ name: b.name, seconds: r2(b.seconds), share: r2(b.share) })),
          top: summary.buckets.map((b) => ({ name: b.name, seconds: r2(b.seconds), share: r2(b.share) })),
        };
      }
    }
  } catch (e) {
    if (!failures.length) failures.push((e as Error).message);
    log(`bench aborted: ${(e as Error).stack}`);
  } finally {
    result.failures = failures;
    if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
    printSummary(result, opts.keep ? tmp : undefined);
    console.log(JSON.stringify(result));
    if (failures.length) process.exitCode = 1;
  }
}

function printSummary(r: Record<string, any>, kept?: string) {
  const L: string[] = [];
  const fmt = (x: unknown, unit = '') => (x === undefined || x === null ? 'n/a' : `${x}${unit}`);
  L.push('');
  L.push(`=== benchmark: ${r.evaluations !== undefined ? `${r.evaluations} evaluations` : 'baseline only'} (Node ${r.node}; project state ${r.projectFingerprint ?? 'n/a'}) ===`);
  if (r.contentCheck) L.push(`content check     ${r.contentCheck.summary ?? 'FAILED'} (${r.contentCheck.seconds} s)`);
  if (r.pages !== undefined) {
    L.push(`pages             ${fmt(r.pages)} HTML pages`);
    L.push(`astro build       ${fmt(r.buildSeconds, ' s')} (Astro reports ${fmt(r.astroReportedSeconds, ' s')}), peak RSS ${fmt(r.buildPeakRssMB, ' MiB')} (largest process ${fmt(r.buildMaxProcessRssMB, ' MiB')})`);
    for (const p of r.buildPhases ?? []) L.push(`   ${p.name.padEnd(44)} ${String(p.seconds).padStart(8)} s`);
    L.push(`pagefind          ${fmt(r.indexSeconds, ' s')}, peak RSS ${fmt(r.indexPeakRssMB, ' MiB')}`);
    L.push(`build + index     ${fmt(r.buildPlusIndexSeconds, ' s')}; peak RSS ${fmt(r.peakRssMB, ' MiB')}`);
    L.push(`dist              ${fmt(r.distMB, ' MiB')} (index ${fmt(r.indexMB, ' MiB')})`);
  }
  if (r.indexKBByLanguage) L.push(`index by language ${Object.entries(r.indexKBByLanguage).map(([k, v]) => `${k} ${v} KB`).join(', ')} (en/es ${r.indexLanguageRatio})`);
  if (r.incremental) {
    const i = r.incremental;
    L.push(`incremental       edited ${i.edited}: rebuild ${i.rebuildSeconds} s (${i.pagesKept} pages kept) + index ${i.reindexSeconds} s = ${Math.round(i.rebuildPlusIndexShare * 100)}% of a full build and index; priming ${i.primeSeconds} s; full build of the edit ${i.fullBuildSeconds} s; ${i.identical ? 'byte-identical' : `DIFFERS (${i.differing.join(', ')})`}`);
  }
  L.push(`baseline          ${fmt(r.baselineBuildSeconds, ' s')} for ${fmt(r.baselinePages)} plain MDX pages (${fmt(r.baselineMode)}); overhead ratio ${fmt(r.overheadRatio)}`);
  if (r.itemPageGzipKB !== undefined) {
    L.push(`item page         largest ${r.itemPageGzipKB} KB gzip (${r.itemPageLargest}), median ${r.itemPageMedianGzipKB} KB`);
    L.push(`chapter page      largest ${r.chapterPageGzipKB} KB gzip (${r.chapterPageLargest})`);
    L.push(`largest pages     ${(r.largestPages ?? []).slice(0, 3).map((p: any) => `${p.path} ${p.gzipKB} KB`).join(', ')}`);
    L.push(`JS                ${r.jsNoSearchGzipKB} KB gzip on ${r.jsNoSearchPage}; ${r.jsSearchPageGzipKB} KB on the search page (+ Pagefind, counted under search)`);
    L.push(`CSS               ${r.cssNoSearchGzipKB} KB gzip (item page), ${r.cssSearchPageGzipKB} KB (search page)`);
  }
  if (r.search) {
    L.push(`search            max ${r.maxSearchKB} KB transferred (${r.maxSearchGzipKB} KB if text were gzipped; ${r.maxFirstSearchKB} KB before the first result, ${r.maxPanelKB} KB after), first results max ${r.maxFirstResultMs} ms after the UI is ready (${r.maxFirstResultFromNavMs} ms from navigation)`);
    if (r.maxTypedSearchKB !== undefined) L.push(`  typed query     max ${r.maxTypedSearchKB} KB, ${r.maxTypedFirstResultMs} ms to first result (debounce excluded)`);
    if (r.maxBareRatio !== undefined) L.push(`  vs bare Pagefind max ${r.maxBareRatio}× its time from navigation to first result (same index, same queries)`);
  }
  if (r.profile) {
    L.push(`profile           ${r.profile.sampledSeconds} s sampled on the astro main thread (profiled build took ${r.profile.seconds} s):`);
    for (const c of r.profile.categories) L.push(`   ${c.name.padEnd(76)} ${String(Math.round(c.share * 100)).padStart(3)}%`);
    for (const p of r.profile.phases ?? []) {
      L.push(`   in "${p.name}" (${Math.round(p.seconds)} s sampled): ${p.categories.slice(0, 5).map((c: any) => `${c.name.split(' (')[0]} ${Math.round(c.share * 100)}%`).join(', ')}`);
    }
    L.push(`   top packages: ${r.profile.top.slice(0, 10).map((b: any) => `${b.name} ${Math.round(b.share * 100)}%`).join(', ')}`);
  }
  const bg = r.backgroundLoad ?? {};
  const c = r.cpu ?? {};
  L.push(
    `machine           ${r.cores} cores; background load before each step (0 = quiet, 1 = all cores busy): ` +
      Object.entries(bg).map(([k, v]) => `${k} ${v}`).join(', '),
  );
  L.push(
    `                  CPU s used by the step / by other processes during it: ` +
      Object.entries(c).map(([k, v]: [string, any]) => `${k} ${v.cpuSeconds}/${v.otherCpuSeconds}`).join(', '),
  );
  for (const [k, v] of Object.entries(c) as [string, any][]) {
    if (v.otherTop?.length) L.push(`                  busiest other processes during ${k}: ${v.otherTop.join(', ')}`);
  }
  if (r.failures?.length) L.push(`FAILURES          ${r.failures.join('; ')}`);
  if (kept) L.push(`kept              ${kept}`);
  L.push('');
  console.log(L.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
