import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanInterval } from './mean-interval';

/*
 * Student's sleep data (Cushny and Peebles 1905, as Student 1908 analysed it; R's `sleep` dataset): extra hours
 * of sleep for ten patients under each of two drugs.
 */
const DRUG_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const DRUG_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('meanInterval', () => {
  // R's t.test(sleep$extra): mean 1.54, 95 percent confidence interval 0.5955845 to 2.4844155 (df = 19).
  it('gives R’s one-sample t interval for all twenty sleep figures', () => {
    const m = meanInterval([...DRUG_1, ...DRUG_2]);
    expect(m.n).toBe(20);
    expect(m.mean).toBeCloseTo(1.54, 14);
    expect(m.lower).toBeCloseTo(0.5955845, 7);
    expect(m.upper).toBeCloseTo(2.4844155, 7);
  });

  // R's t.test(x - y) on the per-patient differences, drug 1 − drug 2: mean −1.58, −2.4598858 to −0.7001142 (df = 9).
  it('gives R’s interval for the per-patient differences', () => {
    const m = meanInterval(DRUG_1.map((x, i) => x - DRUG_2[i]!));
    expect(m.mean).toBeCloseTo(-1.58, 14);
    expect(m.lower).toBeCloseTo(-2.4598858, 7);
    expect(m.upper).toBeCloseTo(-0.7001142, 7);
  });

  it('contains the mean, and is narrower at lower confidence', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 40 }),
        (scores) => {
          const at95 = meanInterval(scores);
          const at80 = meanInterval(scores, 0.8);
          expect(at95.lower).toBeLessThanOrEqual(at95.mean);
          expect(at95.mean).toBeLessThanOrEqual(at95.upper);
          expect(at80.upper - at80.lower).toBeLessThanOrEqual(at95.upper - at95.lower);
        },
      ),
    );
  });

  it('needs two scores', () => {
    expect(() => meanInterval([3])).toThrow("A mean's interval needs at least two scores, found one");
    expect(() => meanInterval([])).toThrow("A mean's interval needs at least two scores, found none");
  });
});
