/** A word: letters and digits, with inner apostrophes and hyphens ("don't", "long-term"). The scan the benchmarks use as their floor (bench/README.md). */
export const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The cheapest honest word count: the floor that the benchmark compares the checks with. */
export function scanWordCount(text: string): number {
  let n = 0;
  WORD_PATTERN.lastIndex = 0;
  while (WORD_PATTERN.exec(text) !== null) n++;
  return n;
}
