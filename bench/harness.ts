/** What `npm run bench` measures. Each file in bench/metrics/ exports `metrics`; results go to bench/results.json. */
export interface BenchMetric {
  name: string;
  /** A timed metric is a ratio to its floor; sizes are kilobytes; accuracies are shares. */
  unit: 'ratio' | 'KB' | 'share';
  budget: number;
  better: 'lower' | 'higher';
  /** What is measured, for the printed table. */
  description: string;
  /** For a timed metric: the simplest same work, timed beside it (bench/README.md says why each is fair). */
  floor?: string;
  measure(): number | SideBySide | Promise<number | SideBySide>;
}

/**
 * A timed metric's figures. The ratio is the budgeted figure: both times drift together as the shared machine
 * speeds up and slows down, and a ratio taken within one round divides that drift out. The milliseconds are
 * information, never a budget.
 */
export interface SideBySide {
  /** Median over the rounds of subject ÷ floor, each round's pair timed back to back. */
  ratio: number;
  /** Median milliseconds of the subject, and of the floor, over the same rounds. */
  ms: number;
  floorMs: number;
  rounds: number;
  /** Set when a condition of the budget besides the ratio failed (a long task): the metric is then over budget. */
  failure?: string;
}

export interface RoundOptions {
  rounds?: number;
  /** Runs of each side per round; the round's time for a side is their median. */
  runs?: number;
  /**
   * Both sides run alternately this long first: each metric runs in a fresh process (see measure.ts), where a few
   * quick runs leave much of the code still interpreted, and the figure would measure V8's tiers rather than the code.
   */
  warmupMs?: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every run's result is kept here, so that the compiler cannot drop a floor's loop as work nobody reads. */
export let sink: unknown;

/** Median wall-clock milliseconds of `runs` runs of `run()`, with no warm-up. */
export function medianOfRuns(run: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function warmUp(floor: () => unknown, subject: () => unknown, warmupMs: number): void {
  const start = performance.now();
  for (let i = 0; i < 3 || performance.now() - start < warmupMs; i++) {
    sink = floor();
    sink = subject();
  }
}

/** The figures from rounds already timed elsewhere (in a browser page): round i is `floorMs[i]`, `subjectMs[i]`. */
export function fromRounds(floorMs: readonly number[], subjectMs: readonly number[]): SideBySide {
  if (floorMs.length !== subjectMs.length || floorMs.length === 0) {
    throw new Error(`rounds do not pair up: ${floorMs.length} floors, ${subjectMs.length} subjects`);
  }
  if (floorMs.some((ms) => !(ms > 0)))
    throw new Error('a floor took no measurable time: time more runs per round');
  return {
    ratio: median(subjectMs.map((ms, i) => ms / floorMs[i]!)),
    ms: median(subjectMs),
    floorMs: median(floorMs),
    rounds: floorMs.length,
  };
}

/**
 * Times `subject` against `floor` in interleaved rounds: round i times the floor, then the subject. A benchmark,
 * never a test assertion.
 */
export function sideBySide(
  floor: () => unknown,
  subject: () => unknown,
  { rounds = 21, runs = 5, warmupMs = 500 }: RoundOptions = {},
): SideBySide {
  warmUp(floor, subject, warmupMs);
  const floors: number[] = [];
  const subjects: number[] = [];
  for (let round = 0; round < rounds; round++) {
    floors.push(medianOfRuns(floor, runs));
    subjects.push(medianOfRuns(subject, runs));
  }
  return fromRounds(floors, subjects);
}

/** The cheapest honest pass over text: one Unicode word scan, the floor of every metric that reads answers. */
export function scanWords(text: string): number {
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  let n = 0;
  while (word.exec(text) !== null) n++;
  return n;
}
