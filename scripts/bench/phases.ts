/**
 * Where the build's time goes, from Astro's own log: each line is timestamped when it arrives, and
 * the phases are cut at Astro's markers ("Syncing content", "Building static entrypoints",
 * "generating static routes", "page(s) built in"…). Also a summary of a V8 CPU profile
 * (--profile), by package / project folder.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { plain, type StepResult } from './run';

export interface Phase {
  name: string;
  seconds: number;
}

const MARKERS: { name: string; re: RegExp }[] = [
  { name: 'content', re: /\[content\] Syncing content/ },
  { name: 'prepare', re: /\[content\] Synced content|\[types\] Generated/ },
  { name: 'bundle (vite: server + client)', re: /Building static entrypoints|building client|Building server entrypoints/i },
  { name: 'render pages', re: /generating static routes/i },
  { name: 'finish (sitemap, integrations, cleanup)', re: /✓ Completed in (?:\d+m\s*)?[\d.]+m?s\.?\s*$/ },
];

/** "2m 31s", "9.92s", "204ms" → seconds */
export function parseDuration(s: string): number | null {
  const m = s.trim().match(/^(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/);
  if (!m || (!m[1] && !m[2])) return null;
  return (m[1] ? Number(m[1]) * 60 : 0) + (m[2] ? (m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2])) : 0);
}

/** Phases of an astro build log. The first phase ("startup") runs from spawn to the first marker. */
export function buildPhases(step: StepResult): { phases: Phase[]; cuts: { name: string; t: number }[]; astroReportedSeconds: number | null; pagesReported: number | null } {
  const lines = step.lines.map((l) => ({ t: l.t, text: plain(l.text) }));
  const cuts: { name: string; t: number }[] = [{ name: 'startup (npx, node, config, integrations)', t: 0 }];
  let renderSeen = false;
  for (const l of lines) {
    for (const m of MARKERS) {
      if (!m.re.test(l.text)) continue;
      if (m.name.startsWith('finish')) {
        // the "Completed in" that closes the page generation
        if (!renderSeen || cuts[cuts.length - 1].name.startsWith('finish')) continue;
      }
      if (m.name === 'render pages') renderSeen = true;
      if (cuts.some((c) => c.name === m.name)) continue;
      cuts.push({ name: m.name, t: l.t });
    }
  }
  // before the first page is written, getStaticPaths runs: for this site that is loading, checking
  // and indexing the library (src/lib/load-library.ts) and listing the pages
  const render = cuts.findIndex((c) => c.name === 'render pages');
  if (render >= 0) {
    const firstPage = lines.find((l) => l.t > cuts[render].t && /[├└]─/.test(l.text));
    if (firstPage) {
      cuts[render] = { name: 'load library, list pages', t: cuts[render].t };
      cuts.splice(render + 1, 0, { name: 'render pages', t: firstPage.t });
    }
  }
  const phases: Phase[] = cuts.map((c, i) => ({ name: c.name, seconds: (i + 1 < cuts.length ? cuts[i + 1].t : step.seconds) - c.t }));
  let astroReportedSeconds: number | null = null;
  let pagesReported: number | null = null;
  for (const l of lines) {
    const m = l.text.match(/(\d+) page\(s\) built in (.+?)\s*$/);
    if (m) {
      pagesReported = Number(m[1]);
      astroReportedSeconds = parseDuration(m[2]);
    }
  }
  return { phases, cuts, astroReportedSeconds, pagesReported };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function bucket(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native / V8)';
  const u = url.replace(/^file:\/\//, '');
  const nm = u.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = u.slice(nm + '/node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    // Astro's own internals, one level deeper: where in Astro the time goes
    if (pkg === 'astro') return `astro/${rest.slice(1, 4).join('/')}`;
    return pkg;
  }
  if (u.startsWith('node:') || !u.startsWith('/')) return 'node internals';
  const src = u.indexOf('/src/');
  if (src >= 0) return `project ${u.slice(src + 1).split('/').slice(0, 3).join('/')}`;
  const dist = u.indexOf('/dist/');
  if (dist >= 0) return 'project dist/ (bundled server build)';
  return `other ${u.split('/').slice(-2).join('/')}`;
}

/** A coarser grouping of the buckets above. */
function category(b: string): string {
  if (b === '(idle)') return 'idle (main thread waiting: native bundler threads, I/O)';
  if (b === '(garbage collector)') return 'garbage collection';
  if (b === '(program)' || b === '(native / V8)' || b === 'node internals') return 'V8 / Node internals';
  if (/^(micromark|mdast|hast|remark|rehype|unist|unified|@mdx-js|estree|acorn|astring|vfile|parse5|property-information|stringify-entities|character-entities|decode-named|html-void|zwitch|ccount|markdown-table|devlop|space-separated|comma-separated|web-namespaces|recma|periscopic|is-reference|@astrojs\/markdown-remark|@astrojs\/mdx|shiki|@shikijs|github-slugger)/.test(b))
    return 'Markdown / MDX pipeline (micromark, mdast/hast, remark/rehype, MDX, estree)';
  if (/^(vite|rolldown|@rolldown|esbuild|rollup|@rollup|lightningcss|postcss|tinyglobby|picomatch|fdir)/.test(b)) return 'bundler (Vite, Rolldown, esbuild)';
  if (b.startsWith('project ')) return 'project code (src/, compiled pages and content)';
  if (b.startsWith('astro/')) return 'Astro core';
  if (/^(yaml|zod|js-yaml)/.test(b)) return 'YAML / schema validation';
  return 'other packages';
}

type Share = { name: string; seconds: number; share: number };

function shares(totals: Map<string, number>, totalUs: number): Share[] {
  return [...totals.entries()]
    .map(([name, us]) => ({ name, seconds: us / 1e6, share: totalUs ? us / totalUs : 0 }))
    .sort((a, b) => b.seconds - a.seconds);
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/**
 * Self time by package / folder, over the largest .cpuprofile in `dir` (the astro process), overall
 * and per build phase. `phaseCuts` are the phase start times (seconds since the step was spawned,
 * from the profiled build's own log) and `stepSeconds` its wall time: the profile's clock is
 * aligned on the assumption that the profile ends when the step ends.
 */
export function summarizeProfile(
  dir: string,
  phaseCuts: { name: string; t: number }[] = [],
  stepSeconds = 0,
  top = 20,
): { file: string; totalSeconds: number; buckets: Share[]; categories: Share[]; phases: { name: string; seconds: number; categories: Share[] }[] } | null {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f));
  } catch {
    return null;
  }
  if (!files.length) return null;
  const file = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const prof = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile & { startTime: number; endTime: number };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  const catTotals = new Map<string, number>();
  const offset = stepSeconds ? stepSeconds - (prof.endTime - prof.startTime) / 1e6 : 0;
  const phaseCats = phaseCuts.map(() => new Map<string, number>());
  const phaseTotals = phaseCuts.map(() => 0);
  let total = 0;
  let clock = prof.startTime;
  prof.samples.forEach((id, i) => {
    const n = byId.get(id);
    const dt = prof.timeDeltas[i] ?? 0;
    clock += dt;
    total += dt;
    const b = n ? bucket(n.callFrame.url, n.callFrame.functionName) : '(unknown)';
    add(totals, b, dt);
    add(catTotals, category(b), dt);
    if (phaseCuts.length) {
      const t = (clock - prof.startTime) / 1e6 + offset;
      let p = 0;
      while (p + 1 < phaseCuts.length && phaseCuts[p + 1].t <= t) p++;
      add(phaseCats[p], category(b), dt);
      phaseTotals[p] += dt;
    }
  });
  return {
    file,
    totalSeconds: total / 1e6,
    buckets: shares(totals, total).slice(0, top),
    categories: shares(catTotals, total),
    phases: phaseCuts.map((c, i) => ({ name: c.name, seconds: phaseTotals[i] / 1e6, categories: shares(phaseCats[i], phaseTotals[i]) })),
  };
}
