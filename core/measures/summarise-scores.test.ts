import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseScores } from './summarise-scores';

describe('summariseScores', () => {
  /*
   * NIST Statistical Reference Datasets, univariate summary statistics, "NumAcc" 1 to 4: certified mean and
   * standard deviation. The last three are 1001 values, one mean followed by alternating values 0.1 either
   * side of it, ever further from zero, where a one-pass sum of squares loses every digit.
   */
  const alternating = (centre: number, below: number, above: number) => [
    centre,
    ...Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? below : above)),
  ];
  it.each([
    ['NumAcc1', [10000001, 10000003, 10000002], 10000002, 1],
    ['NumAcc2', alternating(1.2, 1.1, 1.3), 1.2, 0.1],
    ['NumAcc3', alternating(1000000.2, 1000000.1, 1000000.3), 1000000.2, 0.1],
    ['NumAcc4', alternating(10000000.2, 10000000.1, 10000000.3), 10000000.2, 0.1],
  ] as const)('gives the certified mean and standard deviation of %s', (_, scores, mean, sd) => {
    const s = summariseScores(scores);
    expect(s.n).toBe(scores.length);
    expect(Math.abs(s.mean - mean)).toBeLessThanOrEqual(1e-15 * mean);
    expect(Math.abs(Math.sqrt(s.variance) - sd)).toBeLessThanOrEqual(1e-8 * sd);
  });

  it('gives the same figures, to the last bit, for the same scores in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.array(fc.nat(), { minLength: 50, maxLength: 50 }),
        (scores, keys) => {
          const shuffled = scores
            .map((s, i) => ({ s, k: keys[i]! }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.s);
          expect(summariseScores(shuffled)).toEqual(summariseScores(scores));
        },
      ),
    );
  });

  it('has no spread for a single score', () => {
    expect(summariseScores([7])).toEqual({ n: 1, mean: 7, variance: 0 });
  });

  it('names a score that is not a number by its place', () => {
    expect(() => summariseScores([1, 2, Number.NaN])).toThrow(
      'Score 3 must be a number, found something that is not a number (NaN).',
    );
  });
});
