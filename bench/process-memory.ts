/**
 * The resident memory of a process and everything it started (`next start` may fork its server),
 * read from Linux's /proc: sampled every 200 ms until stopped, keeping the peak.
 */
import { readdirSync, readFileSync } from "node:fs";

const SAMPLE_MS = 200;

function parentsById(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in parentheses may hold spaces: the fields after its closing one are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), parent);
    } catch {
      // A process that ended while the table was read.
    }
  }
  return parents;
}

export function treeOf(root: number, parents: Map<number, number>): number[] {
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  return tree;
}

function residentBytes(pid: number): number {
  try {
    const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return Number(kilobytes ?? 0) * 1024;
  } catch {
    return 0;
  }
}

export function processTreeMemory(root: number) {
  const sample = () => treeOf(root, parentsById()).reduce((bytes, pid) => bytes + residentBytes(pid), 0);
  let peak = sample();
  const timer = setInterval(() => {
    peak = Math.max(peak, sample());
  }, SAMPLE_MS);
  return {
    sample,
    /** Stops sampling; the peak resident set seen, in bytes. */
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, sample());
    },
  };
}
