/** What `npm run bench` measures. Each file in bench/metrics/ exports `metrics`; results go to bench/results.json. */
export interface BenchMetric {
  name: string;
  unit: 'ms' | 'KB' | 'ratio';
  budget: number;
  better: 'lower' | 'higher';
  /** What is measured, for the printed table. */
  description: string;
  measure(): number | Promise<number>;
}

export interface TimingOptions {
  /** Runs thrown away first so that the JIT has settled. */
  warmup?: number;
  /**
   * And at least this long: each metric runs in a fresh process (see measure.ts), where a few quick runs leave much
   * of the code still interpreted, and the figure would measure V8's tiers rather than the code.
   */
  warmupMs?: number;
  runs?: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall-clock milliseconds of `run()`. A benchmark, never a test assertion. */
export function medianMs(
  run: () => unknown,
  { warmup = 5, warmupMs = 500, runs = 31 }: TimingOptions = {},
): number {
  const warmupStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmupStart < warmupMs; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}
