import { MeasureError } from './errors';
import { logBeta } from './log-beta';

const TINY = 1e-300;
const EPSILON = 1e-16;
const MAX_TERMS = 100_000;

/**
 * The continued fraction for I_x(a, b) · a · B(a, b) / (x^a (1 − x)^b) (Abramowitz and Stegun 26.5.8), evaluated
 * by the modified Lentz method. It converges fast for x below (a + 1)/(a + b + 2); the caller swaps the
 * arguments above that.
 */
function continuedFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let fraction = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const twoM = 2 * m;
    const even = (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM));
    d = 1 + even * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + even / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    fraction *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + twoM) * (a + twoM + 1));
    d = 1 + odd * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + odd / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < EPSILON) return fraction;
  }
  throw new MeasureError('The numbers are too large to work out this interval.');
}

/** ln of a number near 1 given as 1 − its complement, without losing the complement's digits. */
function logOf(value: number, complement: number): number {
  return value > 0.5 ? Math.log1p(-complement) : Math.log(value);
}

/**
 * The regularized incomplete beta function I_x(a, b) for 0 ≤ x ≤ 1 and a, b > 0: the chance that a Beta(a, b)
 * variable is at most x. `complement` is 1 − x, for a caller that knows it to more digits than 1 − x keeps
 * (x = ν / (ν + t²) is close to 1 when t is small; t² / (ν + t²) is not).
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number, complement = 1 - x): number {
  if (x <= 0) return 0;
  if (complement <= 0) return 1;
  const logFront = a * logOf(x, complement) + b * logOf(complement, x) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * continuedFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * continuedFraction(complement, b, a)) / b;
}
