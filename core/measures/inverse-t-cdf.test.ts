import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { inverseNormalCdf } from './inverse-normal-cdf';
import { inverseTCdf } from './inverse-t-cdf';
import { studentTCdf } from './student-t-cdf';

describe('inverseTCdf', () => {
  /*
   * Percentage points of Student's t as four-decimal tables print them: t(0.975; 1, 5, 10, 30) and t(0.995; 20).
   * Each agrees with mpmath's quantile at 50 digits (below).
   */
  it.each([
    [0.975, 1, 12.7062],
    [0.975, 5, 2.5706],
    [0.975, 10, 2.2281],
    [0.975, 30, 2.0423],
    [0.995, 20, 2.8453],
  ])('t(%s, %s) = %s to four decimals', (p, df, t) => {
    expect(inverseTCdf(p, df).toFixed(4)).toBe(t.toFixed(4));
  });

  /*
   * NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.2, "Critical values of the Student's t
   * distribution", to three decimals: the t exceeded with probability 0.10, 0.05, 0.025, 0.01 and 0.005. (Its
   * 0.001 column is left out: several of its entries are off in the third decimal, 318.313 for 318.309.)
   */
  const nist: [number, number, number, number, number, number][] = [
    [1, 3.078, 6.314, 12.706, 31.821, 63.657],
    [2, 1.886, 2.92, 4.303, 6.965, 9.925],
    [3, 1.638, 2.353, 3.182, 4.541, 5.841],
    [4, 1.533, 2.132, 2.776, 3.747, 4.604],
    [5, 1.476, 2.015, 2.571, 3.365, 4.032],
    [6, 1.44, 1.943, 2.447, 3.143, 3.707],
    [7, 1.415, 1.895, 2.365, 2.998, 3.499],
    [8, 1.397, 1.86, 2.306, 2.896, 3.355],
    [9, 1.383, 1.833, 2.262, 2.821, 3.25],
    [10, 1.372, 1.812, 2.228, 2.764, 3.169],
    [20, 1.325, 1.725, 2.086, 2.528, 2.845],
    [30, 1.31, 1.697, 2.042, 2.457, 2.75],
    [40, 1.303, 1.684, 2.021, 2.423, 2.704],
    [60, 1.296, 1.671, 2.0, 2.39, 2.66],
    [100, 1.29, 1.66, 1.984, 2.364, 2.626],
  ];
  it.each(nist)('gives NIST’s critical values for %s degrees of freedom', (df, ...values) => {
    [0.1, 0.05, 0.025, 0.01, 0.005].forEach((tail, i) => {
      expect(inverseTCdf(1 - tail, df).toFixed(3), `tail ${tail}`).toBe(values[i]!.toFixed(3));
    });
  });

  // Quantiles computed independently with mpmath: bisection on ½ betainc(ν/2, ½, 0, ν/(ν + t²)) at 50 digits.
  it.each([
    [0.975, 1, 12.706204736174694],
    [0.975, 5, 2.5705818356363146],
    [0.975, 10, 2.2281388519862744],
    [0.975, 30, 2.0422724563012378],
    [0.995, 20, 2.845339709786108],
    [0.975, 1.5, 6.016663104427928],
    [0.9, 2.5, 1.7302509288071768],
    [0.975, 17.77647351617849, 2.102817241569802],
    [0.025, 4.2, -2.7250727225923748],
    [0.995, 7.3, 3.4510316556221845],
    [0.999, 3, 10.214531852407383],
    [1e-12, 12, -28.68765664933175],
    [0.6, 60, 0.25447339498953114],
    [0.975, 250, 1.9694983934211532],
    [0.9995, 999, 3.3002924403987666],
    [0.975, 5000, 1.9604385517065075],
    [0.995, 1e6, 2.575834220105334],
    [1e-20, 2000, -9.363752995330861],
  ])('t(%s, %s) = %s to 1e-13', (p, df, t) => {
    expect(Math.abs(inverseTCdf(p, df) - t)).toBeLessThan(1e-13 * Math.abs(t));
  });

  it('tends to the normal quantile as the degrees of freedom grow', () => {
    expect(inverseTCdf(0.975, 1e4).toFixed(4)).toBe('1.9602');
    expect(inverseTCdf(0.975, 1e6).toFixed(4)).toBe('1.9600');
    // z(0.975) = √2 erfinv(0.95), by mpmath at 50 digits.
    expect(Math.abs(inverseTCdf(0.975, 1e15) - 1.9599639845400538)).toBeLessThan(1e-14);
    expect(Math.abs(inverseTCdf(0.975, 1e15) - inverseNormalCdf(0.975))).toBeLessThan(1e-14);
  });

  it('falls with the degrees of freedom toward the normal quantile, and rises with p', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5001, max: 0.999999, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        (p, df1, df2) => {
          const [few, many] = df1 < df2 ? [df1, df2] : [df2, df1];
          // Near p = ½ the quantile is tiny and known only to about 1e-16 absolutely, whatever the method.
          const slack = (t: number) => 1e-14 * Math.max(1, Math.abs(t));
          const tFew = inverseTCdf(p, few);
          const tNormal = inverseNormalCdf(p);
          expect(inverseTCdf(p, many)).toBeLessThanOrEqual(tFew + slack(tFew));
          expect(inverseTCdf(p, many)).toBeGreaterThanOrEqual(tNormal - slack(tNormal));
          expect(inverseTCdf(1 - p, few)).toBeCloseTo(-inverseTCdf(p, few), 9);
        },
      ),
    );
  });

  it('undoes the t CDF', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        fc.double({ min: 1, max: 999, noNaN: true }),
        (p, df) => {
          const tail = Math.min(p, 1 - p);
          const t = inverseTCdf(tail, df);
          expect(Math.abs(studentTCdf(t, df) - tail)).toBeLessThanOrEqual(1e-12 * tail);
        },
      ),
    );
  });

  // HyperFormula's T.INV takes whole degrees of freedom and is good to about 1e-8, so it referees to 1e-7.
  it('agrees with HyperFormula’s T.INV for whole degrees of freedom', () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
    hf.addSheet('Sheet1');
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        (p, df) => {
          const expected = hf.calculateFormula(`=T.INV(${p}, ${df})`, 0) as number;
          expect(Math.abs(inverseTCdf(p, df) - expected)).toBeLessThanOrEqual(
            1e-7 * Math.max(1, Math.abs(expected)),
          );
        },
      ),
      { numRuns: 300 },
    );
    hf.destroy();
  });

  it.each([
    [0, 5, /strictly between 0 and 1/],
    [1, 5, /strictly between 0 and 1/],
    [0.975, 0.5, /1 or more, found 0.5/],
    [0.975, Number.POSITIVE_INFINITY, /1 or more/],
  ])('refuses p = %s with %s degrees of freedom', (p, df, message) => {
    expect(() => inverseTCdf(p, df)).toThrow(message);
  });
});
