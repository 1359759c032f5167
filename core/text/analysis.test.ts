import { describe, expect, it } from 'vitest';
import { TextAnalysis } from './analysis';

describe('TextAnalysis.hasWords: words as the count counts them', () => {
  it.each([
    ['', 1, false],
    ['', 0, true],
    ['one two', 2, true],
    ['one two', 3, false],
    ['\u200b', 1, false],
    ['one \u200b two', 3, false],
    ['one\r\ntwo\r\nthree', 3, true],
    ['\u00a0one\u00a0', 2, false],
  ])('%j has %i words: %s', (text, n, expected) => {
    const analysis = new TextAnalysis(text);
    expect(analysis.hasWords(n)).toBe(expected);
    // Agrees with the full count.
    expect(analysis.counts.words >= n).toBe(expected);
    expect(analysis.hasWords(n)).toBe(expected);
  });
});
