import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceOfRates } from './difference-of-rates';

describe('differenceOfRates', () => {
  /*
   * Newcombe RG (1998). Interval estimation for the difference between independent proportions: comparison of
   * eleven methods. Statistics in Medicine 17(8), 873–890, Table II, method 10 (score interval without continuity
   * correction, from the two Wilson intervals): its eight examples (a)–(h), 95% limits to four decimals. (a), (b)
   * and (g) are also SAS's reference values for its Newcombe interval.
   */
  it.each([
    { a: [56, 70, 48, 80], lower: 0.0524, upper: 0.3339 },
    { a: [9, 10, 3, 10], lower: 0.1705, upper: 0.809 },
    { a: [6, 7, 2, 7], lower: 0.0582, upper: 0.8062 },
    { a: [5, 56, 0, 29], lower: -0.0381, upper: 0.1926 },
    { a: [0, 10, 0, 20], lower: -0.1611, upper: 0.2775 },
    { a: [0, 10, 0, 10], lower: -0.2775, upper: 0.2775 },
    { a: [10, 10, 0, 20], lower: 0.6791, upper: 1 },
    { a: [10, 10, 0, 10], lower: 0.6075, upper: 1 },
  ])('gives Newcombe (1998) Table II for $a.0/$a.1 − $a.2/$a.3: $lower to $upper', ({ a, lower, upper }) => {
    const [x1, n1, x2, n2] = a as [number, number, number, number];
    const d = differenceOfRates(x1, n1, x2, n2);
    expect(d.difference).toBeCloseTo(x1 / n1 - x2 / n2, 15);
    expect(d.lower.toFixed(4)).toBe(lower.toFixed(4));
    expect(d.upper.toFixed(4)).toBe(upper.toFixed(4));
  });

  const group = fc
    .integer({ min: 1, max: 5000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('stays within −1 to 1 around the difference, and turns round when the groups are swapped', () => {
    fc.assert(
      fc.property(group, group, ([x1, n1], [x2, n2]) => {
        const d = differenceOfRates(x1, n1, x2, n2);
        expect(d.lower).toBeGreaterThanOrEqual(-1);
        expect(d.upper).toBeLessThanOrEqual(1);
        expect(d.lower).toBeLessThanOrEqual(d.difference);
        expect(d.difference).toBeLessThanOrEqual(d.upper);
        const swapped = differenceOfRates(x2, n2, x1, n1);
        expect(swapped.lower).toBeCloseTo(-d.upper, 14);
        expect(swapped.upper).toBeCloseTo(-d.lower, 14);
      }),
    );
  });

  it('comes to d ± 1.96 × standard error for large groups', () => {
    const [x1, n1, x2, n2] = [6.2e7, 1e8, 5.8e7, 1e8];
    const d = differenceOfRates(x1, n1, x2, n2);
    const se = Math.sqrt((0.62 * 0.38) / n1 + (0.58 * 0.42) / n2);
    expect(d.lower).toBeCloseTo(0.04 - 1.959964 * se, 8);
    expect(d.upper).toBeCloseTo(0.04 + 1.959964 * se, 8);
  });

  it('names the group whose counts are wrong', () => {
    expect(() => differenceOfRates(30, 20, 1, 2)).toThrow(
      'Achieved 1 (30) is more than Total 1 (20): check both counts.',
    );
    expect(() => differenceOfRates(3, 20, 0, 0)).toThrow(
      'Total 2 is 0: group 2 has nobody in it, so it has no share to compare.',
    );
    expect(() => differenceOfRates(3, 20, -1, 5)).toThrow('Achieved 2 is -1: a count cannot be below zero.');
    expect(() => differenceOfRates(3, 20, 1, 5, 95)).toThrow(/Confidence is 95.*enter 0\.95/);
  });
});
