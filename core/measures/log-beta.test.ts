import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logBeta } from './log-beta';

const relativeError = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.max(1, Math.abs(expected));

describe('logBeta', () => {
  it('is ln π at (½, ½) and −ln b at (1, b)', () => {
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
    for (const b of [0.5, 3, 14.9, 15, 1e6])
      expect(relativeError(logBeta(1, b), -Math.log(b))).toBeLessThan(1e-15);
  });

  // ln B(a, b) computed independently as mpmath's log(beta(a, b)) at 50 significant digits, as the nearest double.
  it.each([
    [2.5, 3.5, -3.301835269962053],
    [14, 0.5, -0.7382370456409619],
    [15, 0.5, -0.773328365452232],
    [20, 0.5, -0.919251844406604],
    [1e6, 0.5, -6.335390211057437],
    [5e8, 0.5, -9.442694385018532],
    [30, 40, -48.30174909591612],
    [1000, 1000, -1388.4826016359023],
    [0.001, 2, 6.906755778649053],
  ])('ln B(%s, %s) = %s', (a, b, expected) => {
    expect(relativeError(logBeta(a, b), expected)).toBeLessThan(1e-14);
  });

  it('is symmetric and keeps B(a + 1, b) = B(a, b) · a / (a + b) across both ways of working it out', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 40, noNaN: true }),
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        (a, b) => {
          expect(logBeta(a, b)).toBe(logBeta(b, a));
          const step = logBeta(a, b) + Math.log(a / (a + b));
          expect(relativeError(logBeta(a + 1, b), step)).toBeLessThan(1e-12);
        },
      ),
    );
  });
});
