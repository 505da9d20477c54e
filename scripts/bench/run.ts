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
  /** the other processes that used the most CPU during the step ("comm seconds"), when any used ≥ 1 s */
  otherTop: string[];
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

/** CPU seconds (utime + stime) of every live process, by pid, with its command name. */
function processCpu(): Map<number, { comm: string; cpu: number }> {
  const out = new Map<number, { comm: string; cpu: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields after comm: state(0) ppid(1) … utime(11) stime(12)
      out.set(Number(name), { comm, cpu: (Number(rest[11]) + Number(rest[12])) / 100 });
    } catch {
      // ended
    }
  }
  return out;
}

/**
 * CPU used by other processes over `ms` while the benchmark waits (share of all cores: 0 = quiet,
 * 1 = every core busy), with the busiest of them by command name.
 */
export async function foreignLoad(ms: number, cores: number): Promise<{ share: number; top: string[] }> {
  const before = processCpu();
  await new Promise((r) => setTimeout(r, ms));
  const after = processCpu();
  const deltas: { comm: string; cpu: number }[] = [];
  for (const [pid, a] of after) {
    if (pid === process.pid) continue;
    const d = a.cpu - (before.get(pid)?.cpu ?? a.cpu);
    if (d > 0) deltas.push({ comm: a.comm, cpu: d });
  }
  const byComm = new Map<string, number>();
  for (const d of deltas) byComm.set(d.comm, (byComm.get(d.comm) ?? 0) + d.cpu);
  const total = deltas.reduce((s, d) => s + d.cpu, 0);
  const top = [...byComm.entries()].sort((x, y) => y[1] - x[1]).slice(0, 3).filter(([, c]) => c >= 0.05).map(([c, v]) => `${c} ${v.toFixed(1)}s`);
  return { share: Math.round((total / ((ms / 1000) * cores)) * 100) / 100, top };
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
  const cpuBefore = processCpu();
  const busyBefore = busyCpuSeconds();
  const ownBefore = process.cpuUsage();
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
  const own = process.cpuUsage(ownBefore);
  // system-wide busy time, less this benchmark process's own (memory polling, log handling)
  const busy = busyCpuSeconds() - busyBefore - (own.user + own.system) / 1e6;
  let maxProcessKB = 0;
  let cpuSeconds = 0;
  if (haveTime && existsSync(timeOut)) {
    const txt = readFileSync(timeOut, 'utf8').trim().split('\n');
    const [m, u, s] = txt[txt.length - 1].split(' ').map(Number);
    maxProcessKB = m || 0;
    cpuSeconds = (u || 0) + (s || 0);
    rmSync(timeOut, { force: true });
  }
  // Who else used the CPU: processes alive at the end (ours have exited), by command name.
  const byComm = new Map<string, number>();
  for (const [pid, a] of processCpu()) {
    if (pid === process.pid) continue;
    const d = a.cpu - (cpuBefore.get(pid)?.cpu ?? 0);
    if (d > 0) byComm.set(a.comm, (byComm.get(a.comm) ?? 0) + d);
  }
  const otherTop = [...byComm.entries()]
    .filter(([, v]) => v >= 1)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5)
    .map(([c, v]) => `${c} ${v.toFixed(1)}s`);
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
    otherTop,
    exitCode,
    lines,
  };
}

/** Strip ANSI colour codes from a log line. */
export function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-9;]*m/g, '');
}
