// CPU time a child process has used, read from /proc: the whole process and its main thread (the event loop).
import { readFileSync } from 'node:fs';

export interface CpuTime {
  processMs: number;
  mainThreadMs: number;
}

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function ticksOf(statPath: string): number {
  const stat = readFileSync(statPath, 'utf8');
  // The command name in parentheses may hold spaces; the fields after it are space-separated.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

export function cpuTimeOf(pid: number): CpuTime {
  return {
    processMs: (ticksOf(`/proc/${pid}/stat`) * 1000) / TICKS_PER_SECOND,
    mainThreadMs: (ticksOf(`/proc/${pid}/task/${pid}/stat`) * 1000) / TICKS_PER_SECOND,
  };
}
