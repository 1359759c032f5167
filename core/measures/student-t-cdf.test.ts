import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studentTCdf } from './student-t-cdf';

describe('studentTCdf', () => {
  it('is the Cauchy distribution at one degree of freedom and ½ + t / (2√(2 + t²)) at two', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (t) => {
        expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14);
        expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 14);
      }),
    );
  });

  // P(T ≤ t) computed independently with mpmath, as ½ betainc(ν/2, ½, 0, ν/(ν + t²), regularized) at 50 digits.
  it.each([
    [-2.1, 7, 0.03693559810646134],
    [2.1, 7, 0.9630644018935387],
    [-0.3, 1.5, 0.4002360984017924],
    [-40, 3, 1.7190340394579263e-5],
    [-8, 30, 3.1329112378503795e-9],
    [-6, 2.5, 0.00764086494276145],
    [1, 17.776, 0.834635235637248],
    [-1e5, 1, 3.1830988617318035e-6],
    [-0.001, 5, 0.4996203933860988],
  ])('P(T ≤ %s) with %s degrees of freedom = %s', (t, df, expected) => {
    expect(Math.abs(studentTCdf(t, df) - expected)).toBeLessThan(1e-14 * expected);
  });

  // With x = ν/(ν + t²) within 1e-6 of 1 the continued fraction keeps fewer digits; enough for any interval.
  it('keeps ten digits at a million degrees of freedom', () => {
    expect(Math.abs(studentTCdf(-1.96, 1e6) - 0.024998033792634895)).toBeLessThan(1e-10 * 0.025);
  });

  it('is symmetric about 0 and never falls as t rises', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        (s, t, df) => {
          expect(studentTCdf(-t, df)).toBeCloseTo(1 - studentTCdf(t, df), 14);
          if (s < t) expect(studentTCdf(s, df)).toBeLessThanOrEqual(studentTCdf(t, df));
        },
      ),
    );
  });

  it('refuses degrees of freedom that are not above 0', () => {
    expect(() => studentTCdf(1, 0)).toThrow(/Degrees of freedom must be above 0/);
  });
});
