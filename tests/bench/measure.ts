import type { MetricId } from './budgets';

export interface Measurement {
  metric: MetricId;
  value: number;
  /** Extra context for the table, e.g. sample size. */
  note?: string;
}

/** A benchmark file's default export. */
export type Benchmark = () => Promise<Measurement[]>;

/** Run `fn` `runs` times after `warmup` untimed runs; return the sorted durations in ms. */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** The q-quantile (0–1) of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}
