/**
 * The set of processes a test started, found by a marker in their environment (children inherit it, so a shard
 * process or anything else a start spawned is found too, even once its parent is gone). Linux: reads /proc.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

export const MARKER_NAME = 'ATTACHE_TEST_PROCESS_SET';

export function newMarker(): Record<string, string> {
  return { [MARKER_NAME]: randomUUID() };
}

const readOr = (path: string, fallback: string) => {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    return fallback;
  }
};

/** Pids of the live processes whose environment carries the marker (zombies excluded: they hold no memory). */
export function processesMarked(marker: Record<string, string>): number[] {
  const [[name, value]] = Object.entries(marker) as [[string, string]];
  const entry = `${name}=${value}`;
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => readOr(`/proc/${pid}/environ`, '').split('\0').includes(entry))
    .filter((pid) => !/^State:\s+Z/m.test(readOr(`/proc/${pid}/status`, 'State: Z')))
    .map(Number);
}

/** The summed peak resident memory (VmHWM) of the marked processes, in MB. */
export function peakRssMb(marker: Record<string, string>): number {
  let kb = 0;
  for (const pid of processesMarked(marker))
    kb += Number(/^VmHWM:\s+(\d+)/m.exec(readOr(`/proc/${pid}/status`, ''))?.[1] ?? 0);
  return kb / 1024;
}
