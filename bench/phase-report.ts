/**
 * What every bench phase shares (bench/measure.ts, bench/store-phases.ts): its arguments, timing, latencies over a
 * query mix, and its one JSON line with the process's peak RSS and heap.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const size = Number(process.argv[2] ?? 1000);
export const phase = process.argv[3] ?? 'serve';
export const dir = process.argv[4] ?? mkdtempSync(join(tmpdir(), `attache-bench-${size}-`));
export const cacheFile = join(dir, 'attache.cache');

// Peak RSS is the kernel's high-water mark (it misses no spike); peak heap is sampled.
let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const sampler = setInterval(sample, 20);

/** Prints the phase's one line (bench/main.ts reads the last line of its output). */
export function report(values: Record<string, unknown>) {
  clearInterval(sampler);
  sample();
  process.stdout.write(
    `${JSON.stringify({ ...values, peakRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: peakHeap / 1024 / 1024 })}\n`,
  );
}

export async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

/** p50 and p99 of `run` over every input, `rounds` times. */
export function latencies(inputs: string[], rounds: number, run: (input: string) => unknown) {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = performance.now();
      run(input);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99), n: times.length };
}
