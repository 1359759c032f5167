import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceOfMeans } from './difference-of-means';

// Student's sleep data, R's `sleep`: extra hours of sleep for ten patients under each of two drugs.
const DRUG_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const DRUG_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

const scores = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 30 });

describe('differenceOfMeans', () => {
  /*
   * R's t.test(extra ~ group, data = sleep), the example of its help page: Welch Two Sample t-test, t = −1.8608,
   * df = 17.776, 95 percent confidence interval −3.3654832 to 0.2054832, means 0.75 and 2.33.
   */
  it('gives R’s Welch interval for the sleep data', () => {
    const d = differenceOfMeans(DRUG_1, DRUG_2);
    expect(d.difference).toBeCloseTo(-1.58, 14);
    expect(d.degreesOfFreedom.toFixed(3)).toBe('17.776');
    expect(d.lower).toBeCloseTo(-3.3654832, 7);
    expect(d.upper).toBeCloseTo(0.2054832, 7);
  });

  it('turns round when the groups are swapped', () => {
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        const ab = differenceOfMeans(a, b);
        const ba = differenceOfMeans(b, a);
        expect(ba.difference).toBe(-ab.difference + 0);
        expect(ba.lower).toBeCloseTo(-ab.upper, 9);
        expect(ba.upper).toBeCloseTo(-ab.lower, 9);
        expect(ab.lower).toBeLessThanOrEqual(ab.difference);
        expect(ab.difference).toBeLessThanOrEqual(ab.upper);
      }),
    );
  });

  it('has degrees of freedom between the smaller group’s and both groups’ together', () => {
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        const { degreesOfFreedom } = differenceOfMeans(a, b);
        expect(degreesOfFreedom).toBeGreaterThanOrEqual(Math.min(a.length, b.length) - 1 - 1e-9);
        expect(degreesOfFreedom).toBeLessThanOrEqual(a.length + b.length - 2 + 1e-9);
      }),
    );
  });

  it('is the difference itself when no score varies', () => {
    expect(differenceOfMeans([5, 5, 5], [3, 3])).toEqual({
      difference: 2,
      lower: 2,
      upper: 2,
      degreesOfFreedom: 3,
    });
  });

  it('needs two scores in each group', () => {
    expect(() => differenceOfMeans([1, 2], [3])).toThrow(
      'The second group has one score: comparing means needs at least two in each group.',
    );
  });
});
