import { MeasureError, quote } from './errors';
import { inverseNormalCdf } from './inverse-normal-cdf';
import { logBeta } from './log-beta';
import { studentTCdf } from './student-t-cdf';

/** ln of Student's t density, (1 + t²/ν)^(−(ν + 1)/2) / (√ν B(ν/2, ½)), which underflows far out in the tail. */
function logDensity(t: number, df: number): number {
  return -((df + 1) / 2) * Math.log1p((t / df) * t) - logBeta(df / 2, 0.5) - Math.log(df) / 2;
}

/**
 * Hill's algorithm 396 ("Student's t-quantiles", Comm. ACM 13(10), 1970): the t beyond which a two-tailed share `twoTailed` of
 * Student's t with `df` degrees of freedom lies, from an expansion about the normal quantile where that is good and
 * from a series in the tail. Good to about six digits; `upperQuantile` polishes it.
 */
function hill(twoTailed: number, df: number): number {
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = ((20700 * a) / b - 98) * a - 16;
  c = c * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  let y = (d * twoTailed) ** (2 / df);
  if (y > 0.05 + a) {
    const x = inverseNormalCdf(twoTailed / 2);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
  } else {
    y =
      ((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) *
        ((df + 1) / (df + 2)) +
      1 / y;
  }
  return Math.sqrt(df * y);
}

/** The t > 0 with P(T > t) = `tail`, for 0 < tail < ½. */
function upperQuantile(tail: number, df: number): number {
  // One and two degrees of freedom have closed forms (the Cauchy quantile, and Student's own for ν = 2).
  if (df === 1) return 1 / Math.tan(Math.PI * tail);
  if (df === 2) return (1 - 2 * tail) / Math.sqrt(2 * tail * (1 - tail));
  let t = hill(2 * tail, df);
  // From a thousand degrees of freedom on, Hill's expansion is good to the last digit except far out in the tail;
  // where t² is small beside ν the tail's continued fraction (x = ν / (ν + t²) near 1) would be the less accurate.
  if (df >= 1000 && t * t < df / 100) return t;
  // Newton's step with its second-order term, on the tail itself: two or three of them reach the last digit.
  for (let i = 0; i < 10; i++) {
    // (P(T > t) − tail) ÷ density, as ratios: far out both the tail and the density are below the smallest double.
    const step = (studentTCdf(-t, df) / tail - 1) * Math.exp(Math.log(tail) - logDensity(t, df));
    const next = t + step * (1 + (step * t * (df + 1)) / (2 * (t * t + df)));
    // Beyond the largest double the tail and density are 0: Hill's value is the best there is.
    if (!Number.isFinite(next)) break;
    t = next;
    if (Math.abs(step) <= 1e-14 * t) break;
  }
  return t;
}

/**
 * The t with P(T ≤ t) = p for Student's t with `degreesOfFreedom` ≥ 1, fractional ones included:
 * inverseTCdf(0.975, 10) = 2.228138851986274. As the degrees of freedom grow it tends to the normal quantile.
 */
export function inverseTCdf(p: number, degreesOfFreedom: number): number {
  if (typeof p !== 'number' || !(p > 0 && p < 1)) {
    throw new MeasureError(`A probability strictly between 0 and 1 is needed, found ${quote(p)}.`);
  }
  if (
    typeof degreesOfFreedom !== 'number' ||
    !(degreesOfFreedom >= 1) ||
    !Number.isFinite(degreesOfFreedom)
  ) {
    throw new MeasureError(`Degrees of freedom must be 1 or more, found ${quote(degreesOfFreedom)}.`);
  }
  if (p === 0.5) return 0;
  const t = upperQuantile(Math.min(p, 1 - p), degreesOfFreedom);
  if (!Number.isFinite(t)) {
    throw new MeasureError(`The probability ${quote(p)} is too far out in the tail to work out its t.`);
  }
  return p < 0.5 ? -t : t;
}
