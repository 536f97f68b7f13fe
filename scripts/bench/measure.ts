// Runs a build as a child process, time-stamping each line of its output and sampling the memory of
// its whole process tree (Astro, sharp's threads, Pagefind's binary) from /proc.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface LogLine {
  /** Milliseconds since the child started. */
  at: number;
  text: string;
}

export interface Measured {
  exitCode: number | null;
  wallMs: number;
  lines: LogLine[];
  /** Highest sum of resident memory over the process tree, in bytes (sampled every 200 ms). */
  peakTreeRss: number;
  /** Highest peak resident memory (VmHWM) of any single process in the tree, in bytes. */
  peakProcessHwm: number;
  /** The processes at the moment of `peakTreeRss`, largest first: command name and resident bytes. */
  peakTreeParts: { name: string; rss: number }[];
}

function commandName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces and parentheses; the parent pid follows the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // gone already
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: (line: string) => void },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: LogLine[] = [];
    let peakTreeRss = 0;
    let peakProcessHwm = 0;
    let peakTreeParts: Measured['peakTreeParts'] = [];
    const hwm = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      const parts: Measured['peakTreeParts'] = [];
      for (const pid of processTree(child.pid)) {
        const rss = statusKb(pid, 'VmRSS');
        sum += rss;
        parts.push({ name: commandName(pid), rss: rss * 1024 });
        hwm.set(pid, Math.max(hwm.get(pid) ?? 0, statusKb(pid, 'VmHWM')));
      }
      if (sum * 1024 > peakTreeRss) {
        peakTreeRss = sum * 1024;
        peakTreeParts = parts.filter(({ rss }) => rss > 0).sort((a, b) => b.rss - a.rss);
      }
      peakProcessHwm = Math.max(peakProcessHwm, ...[...hwm.values()].map((kb) => kb * 1024));
    };
    const timer = setInterval(sample, 200);
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        const at = performance.now() - started;
        for (const text of parts) {
          lines.push({ at, text });
          options.echo?.(text);
        }
      });
    }
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ exitCode, wallMs: performance.now() - started, lines, peakTreeRss, peakProcessHwm, peakTreeParts });
    });
  });
}
