/** A stretch of the answer, as offsets into its text (UTF-16 code units, as the DOM and String counts them). */
export interface Span {
  start: number;
  end: number;
}

export interface Match extends Span {
  text: string;
}

/**
 * Every match of a global regular expression as a span. One linear pass: the expression must not backtrack
 * badly (no nested quantifiers over the same characters).
 */
export function matchesOf(pattern: RegExp, text: string): Match[] {
  if (!pattern.global) throw new Error(`pattern needs the g flag: ${pattern}`);
  const found: Match[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, text: m[0] });
  }
  return found;
}

/**
 * One global pattern of phrases that each begin at the start of a word, with a word-start filter in front. Irregexp
 * tries a long alternation at every position; `\b(?=[a-z0-9])` outside the group lets it pass over the rest
 * cheaply, which halves the scan of the largest phrase lists. Every alternative must begin at a word start with a
 * letter or digit, so that the filter changes no match: the leading `\b` is checked here, and phrases.test.ts
 * compares the real lists with their plain alternations on the labelled answers.
 */
export function wordStartPhrases(alternatives: readonly string[], flags: string): RegExp {
  const stray = alternatives.find((a) => !a.startsWith('\\b'));
  if (stray !== undefined) throw new Error(`phrase does not start at a word boundary: ${stray}`);
  return new RegExp(`\\b(?=[a-z0-9])(?:${alternatives.join('|')})`, flags);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The index of the first span (of a list sorted by start) that starts at or after `position`: a binary search. */
export function firstStartingAtOrAfter(sorted: readonly Span[], position: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last span (of a list sorted by start) that starts at or before `position`: a binary search. */
export function lastStartingAtOrBefore<T extends Span>(
  sorted: readonly T[],
  position: number,
): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start <= position) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo - 1];
}

/** Spans that start inside `outer`, from a list sorted by start. Binary search, so per-sentence lookups stay cheap. */
export function within<T extends Span>(sorted: readonly T[], outer: Span): T[] {
  const out: T[] = [];
  for (
    let i = firstStartingAtOrAfter(sorted, outer.start);
    i < sorted.length && sorted[i]!.start < outer.end;
    i++
  ) {
    out.push(sorted[i]!);
  }
  return out;
}
