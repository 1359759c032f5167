import type { Match } from './spans';

/** A word: letters and digits, with inner apostrophes and hyphens ("don't", "long-term"). The scan RECIPES.md measures. */
export const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export interface Word extends Match {
  lower: string;
}

export function words(text: string): Word[] {
  const found: Word[] = [];
  WORD_PATTERN.lastIndex = 0;
  for (let m = WORD_PATTERN.exec(text); m !== null; m = WORD_PATTERN.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return found;
}

/** The cheapest honest word count: the floor that the benchmark compares the checks with. */
export function scanWordCount(text: string): number {
  let n = 0;
  WORD_PATTERN.lastIndex = 0;
  while (WORD_PATTERN.exec(text) !== null) n++;
  return n;
}
