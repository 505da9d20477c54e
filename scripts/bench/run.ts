/**
 * Runs one command of the benchmark (a build step) and measures it: wall time, peak memory of the
 * whole process tree (polling /proc: sum of VmRSS of the process and all its descendants) and
 * GNU time's %M (the largest single process's max RSS), plus every output line with the time it
 * arrived, so the build log can be split into phases afterwards.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface StepResult {
  command: string;
  seconds: number;
  /** peak of the sum of VmRSS over the process tree (MiB), sampled every `pollMs` */
  treePeakRssMB: number;
  /** GNU time %M: largest max-RSS of any single process in the tree (MiB) */
  maxProcessRssMB: number;
  /** max(treePeakRssMB, maxProcessRssMB) */
  peakRssMB: number;
  exitCode: number;
  /** CPU seconds (user + sys) used by the command's process tree (GNU time %U + %S) */
  cpuSeconds: number;
  /**
   * CPU seconds used by everything else on the machine during the step (system-wide busy time from
   * /proc/stat minus cpuSeconds): other work competing for the cores, which makes the timing worse.
   */
  otherCpuSeconds: number;
  /** output lines (stdout and stderr) with seconds since the start */
  lines: { t: number; stream: 'out' | 'err'; text: string }[];
}

const MiB = 1024 * 1024;

function readPpidMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid ... — comm may contain spaces and parentheses
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(rest[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(name));
      else children.set(ppid, [Number(name)]);
    } catch {
      // process ended while we read
    }
  }
  return children;
}

function rssKB(pid: number): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Sum of VmRSS (kB) of `root` and all its descendants. */
export function treeRssKB(root: number): number {
  const children = readPpidMap();
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssKB(pid);
    for (const c of children.get(pid) ?? []) stack.push(c);
  }
  return total;
}

/** System-wide busy CPU seconds since boot (/proc/stat, all cores). */
export function busyCpuSeconds(): number {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal
    const busy = f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] ?? 0);
    return busy / 100; // USER_HZ
  } catch {
    return 0;
  }
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  pollMs?: number;
  /** echo the command's output to our stderr as it arrives */
  echo?: boolean;
  label?: string;
}

/** Run `cmd args` under /usr/bin/time (when present), polling the tree's memory. */
export async function runMeasured(cmd: string, args: string[], opts: RunOptions): Promise<StepResult> {
  const pollMs = opts.pollMs ?? 200;
  const timeOut = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const haveTime = existsSync('/usr/bin/time');
  const [bin, argv] = haveTime ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', timeOut, cmd, ...args]] : [cmd, args];
  const busyBefore = busyCpuSeconds();
  const started = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - started) / 1e9;
  const child = spawn(bin, argv, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: StepResult['lines'] = [];
  const collect = (stream: 'out' | 'err') => {
    let buf = '';
    return (chunk: Buffer) => {
      buf += chunk.toString('utf8');
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        const text = buf.slice(0, i);
        buf = buf.slice(i + 1);
        lines.push({ t: since(), stream, text });
        if (opts.echo) process.stderr.write(`  ${opts.label ? `[${opts.label}] ` : ''}${text}\n`);
      }
    };
  };
  child.stdout!.on('data', collect('out'));
  child.stderr!.on('data', collect('err'));
  let peakKB = 0;
  const timer = setInterval(() => {
    if (child.pid) peakKB = Math.max(peakKB, treeRssKB(child.pid));
  }, pollMs);
  const exitCode: number = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  clearInterval(timer);
  const seconds = since();
  const busy = busyCpuSeconds() - busyBefore;
  let maxProcessKB = 0;
  let cpuSeconds = 0;
  if (haveTime && existsSync(timeOut)) {
    const txt = readFileSync(timeOut, 'utf8').trim().split('\n');
    const [m, u, s] = txt[txt.length - 1].split(' ').map(Number);
    maxProcessKB = m || 0;
    cpuSeconds = (u || 0) + (s || 0);
    rmSync(timeOut, { force: true });
  }
  const treePeakRssMB = (peakKB * 1024) / MiB;
  const maxProcessRssMB = (maxProcessKB * 1024) / MiB;
  return {
    command: [cmd, ...args].join(' '),
    seconds,
    treePeakRssMB,
    maxProcessRssMB,
    peakRssMB: Math.max(treePeakRssMB, maxProcessRssMB),
    cpuSeconds,
    otherCpuSeconds: Math.max(0, busy - cpuSeconds),
    exitCode,
    lines,
  };
}

/** Strip ANSI colour codes from a log line. */
export function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-9;]*m/g, '');
}
