import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface Measured {
  code: number;
  /** Wall-clock time in milliseconds. */
  ms: number;
  /** The largest resident memory of the whole process tree at any sample, in bytes. */
  peakRss: number;
  /** Processor time (user + system) of the process and the children it waited for, in milliseconds. */
  cpuMs: number;
  output: string;
}

const PAGE_SIZE = 4096;

/**
 * Runs a command and samples the resident memory of its whole process tree (the build and the
 * Pagefind binary it starts) every 100 ms from /proc. `/usr/bin/time` would report only the
 * largest single process, which hides a step that runs while another still holds its memory.
 */
export async function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const started = performance.now();
  // GNU time reports the processor time, which other work on a shared machine does not inflate as it does wall time.
  const child = spawn('/usr/bin/time', ['-f', 'STYRDOK_CPU %U %S', command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakRss = 0;
  let sampling = false;
  const timer = setInterval(async () => {
    if (sampling || child.pid === undefined) return;
    sampling = true;
    peakRss = Math.max(peakRss, await treeRss(child.pid));
    sampling = false;
  }, 100);
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  clearInterval(timer);
  const [, user = '0', system = '0'] = /STYRDOK_CPU ([\d.]+) ([\d.]+)/.exec(output) ?? [];
  return { code, ms: performance.now() - started, peakRss, cpuMs: (Number(user) + Number(system)) * 1000, output };
}

/** Resident bytes of a process and all its descendants. */
async function treeRss(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The command name may hold spaces and parentheses; the fields after the last ")" do not.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isFinite(ppid)) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => '');
    total += Number(statm.split(' ')[1] ?? 0) * PAGE_SIZE;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
