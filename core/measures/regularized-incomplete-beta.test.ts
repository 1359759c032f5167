import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta';

const share = fc.double({ min: 0.001, max: 0.999, noNaN: true });
const shape = fc.double({ min: 0.05, max: 200, noNaN: true });

describe('regularizedIncompleteBeta', () => {
  // I_x(a, b) computed independently with mpmath's betainc(a, b, 0, x, regularized=True) at 50 digits. The
  // function itself turns a last-bit change of x into about a·|ln x| times as much in I, hence 1e-13.
  it.each([
    [0.3, 2, 3, 0.3483],
    [0.9, 0.5, 0.5, 0.7951672353008665],
    [0.5, 30, 40, 0.8857998873233515],
    [0.2, 0.5, 20, 0.9970155470011657],
    [0.999, 500, 0.5, 0.31731044730971714],
    [0.001, 0.5, 3, 0.059253189515946235],
    [0.7, 0.001, 2, 0.9999432816736044],
    [0.6, 100, 100, 0.9978399050619449],
    [0.4, 100, 100, 0.0021600949380551487],
    [1e-5, 2, 1e4, 0.004679337824217735],
    [0.35, 0.5, 7, 0.9842200841876101],
  ])('I_%s(%s, %s) = %s', (x, a, b, expected) => {
    expect(Math.abs(regularizedIncompleteBeta(x, a, b) - expected)).toBeLessThan(1e-13 * expected);
  });

  it('has the closed forms I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ and I_x(½, ½) = (2/π) asin √x', () => {
    fc.assert(
      fc.property(share, shape, (x, s) => {
        expect(regularizedIncompleteBeta(x, s, 1)).toBeCloseTo(x ** s, 13);
        expect(regularizedIncompleteBeta(x, 1, s)).toBeCloseTo(1 - (1 - x) ** s, 13);
        expect(regularizedIncompleteBeta(x, 0.5, 0.5)).toBeCloseTo(
          (2 / Math.PI) * Math.asin(Math.sqrt(x)),
          13,
        );
      }),
    );
  });

  it('mirrors: I_x(a, b) = 1 − I_(1−x)(b, a)', () => {
    fc.assert(
      fc.property(share, shape, shape, (x, a, b) => {
        expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(
          1 - regularizedIncompleteBeta(1 - x, b, a),
          12,
        );
      }),
    );
  });

  it('is 0 at x = 0 and 1 at x = 1', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});
