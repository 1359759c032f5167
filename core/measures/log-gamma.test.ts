import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma } from './log-gamma';

const relativeError = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.max(1, Math.abs(expected));

describe('logGamma', () => {
  it('is ln (n − 1)! at whole numbers, the factorials multiplied out exactly', () => {
    let factorial = 1n;
    for (let n = 1; n <= 25; n++) {
      if (n > 1) factorial *= BigInt(n - 1);
      expect(relativeError(logGamma(n), Math.log(Number(factorial))), `n = ${n}`).toBeLessThan(1e-15);
    }
  });

  it('is ln √π at one half', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 15);
  });

  // ln Γ(x) computed independently with mpmath's loggamma at 50 significant digits, as the nearest double.
  it.each([
    [1e-10, 23.025850929882736],
    [0.1, 2.252712651734206],
    [1.5, -0.12078223763524522],
    [14.5, 23.862765841689086],
    [100.5, 361.4355404677776],
    [1e5, 1051287.7089736569],
    [1e7, 151180949.3694739],
    [1e15, 3.3538776394910668e16],
  ])('ln Γ(%s) = %s', (x, expected) => {
    expect(relativeError(logGamma(x), expected)).toBeLessThan(1e-15);
  });

  it('keeps Γ(x + 1) = x Γ(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (x) => {
        expect(relativeError(logGamma(x + 1), logGamma(x) + Math.log(x))).toBeLessThan(1e-13);
      }),
    );
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (x) => {
    expect(() => logGamma(x)).toThrow(/positive finite number/);
  });
});
