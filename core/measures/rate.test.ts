import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rate } from './rate';

describe('rate', () => {
  /*
   * Newcombe RG (1998). Two-sided confidence intervals for the single proportion: comparison of seven methods.
   * Statistics in Medicine 17(8), 857–872, Table I, method 3 (Wilson score interval without continuity
   * correction), 95% intervals printed to four decimals.
   */
  it.each([
    { achieved: 81, outOf: 263, lower: 0.2553, upper: 0.3662 },
    { achieved: 15, outOf: 148, lower: 0.0624, upper: 0.1605 },
    { achieved: 0, outOf: 20, lower: 0, upper: 0.1611 },
    { achieved: 1, outOf: 29, lower: 0.0061, upper: 0.1718 },
  ])(
    'gives Newcombe (1998) Table I: $achieved of $outOf → $lower–$upper',
    ({ achieved, outOf, lower, upper }) => {
      const r = rate(achieved, outOf);
      expect(r.rate).toBe(achieved / outOf);
      expect(r.lower.toFixed(4)).toBe(lower.toFixed(4));
      expect(r.upper.toFixed(4)).toBe(upper.toFixed(4));
    },
  );

  /**
   * The textbook closed form, (p + z²/2n ± z√(p(1 − p)/n + z²/4n²)) / (1 + z²/n), written out independently
   * with z taken from printed tables rather than from our inverse normal CDF.
   */
  function closedForm(x: number, n: number, z: number) {
    const p = x / n;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    return { lower: centre - half, upper: centre + half };
  }

  // z for two-sided 90%, 95% and 99%: √2 · erfinv(c) computed with mpmath at 40 digits (not by our code), as the nearest double.
  const Z = { 0.9: 1.6448536269514726, 0.95: 1.9599639845400543, 0.99: 2.575829303548901 } as const;

  it.each([
    [0.9, 81, 263],
    [0.9, 15, 148],
    [0.9, 1, 29],
    [0.9, 62, 109],
    [0.99, 33, 51],
    [0.99, 7, 10],
  ] as const)('matches the closed form at confidence %s for %s of %s', (confidence, x, n) => {
    const expected = closedForm(x, n, Z[confidence]);
    const r = rate(x, n, confidence);
    expect(r.lower).toBeCloseTo(expected.lower, 12);
    expect(r.upper).toBeCloseTo(expected.upper, 12);
  });

  it('is exactly 0 below none achieved and exactly 1 above all achieved', () => {
    expect(rate(0, 20).lower).toBe(0);
    expect(rate(20, 20).upper).toBe(1);
    expect(rate(20, 20).lower.toFixed(4)).toBe((1 - rate(0, 20).upper).toFixed(4));
  });

  it('contains the rate and stays within [0, 1] for any counts and confidence', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 0.999999, noNaN: true }),
        (outOf, share, confidence) => {
          const achieved = Math.min(outOf, share * outOf);
          const r = rate(achieved, outOf, confidence);
          expect(r.lower).toBeGreaterThanOrEqual(0);
          expect(r.upper).toBeLessThanOrEqual(1);
          expect(r.lower).toBeLessThanOrEqual(r.rate);
          expect(r.rate).toBeLessThanOrEqual(r.upper);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is symmetric: the interval of n − x is the mirror of the interval of x', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (n, k) => {
        const x = k % (n + 1);
        const a = rate(x, n);
        const b = rate(n - x, n);
        expect(a.lower).toBeCloseTo(1 - b.upper, 14);
        expect(a.upper).toBeCloseTo(1 - b.lower, 14);
      }),
    );
  });

  it('narrows as the sample grows at the same rate', () => {
    const small = rate(6, 10);
    const large = rate(600, 1000);
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
  });

  it('handles counts so large that their products would overflow', () => {
    const r = rate(3e307, 1e308);
    expect(r.rate).toBeCloseTo(0.3, 15);
    expect(r.lower).toBeCloseTo(0.3, 15);
    expect(r.upper).toBeCloseTo(0.3, 15);
  });
});
