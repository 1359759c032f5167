import { MeasureError, quote } from './errors';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta';

/**
 * P(T ≤ t) for Student's t with `degreesOfFreedom` (any positive number: Welch's are fractional). The tail beyond
 * |t| is ½ I_x(ν/2, ½) with x = ν / (ν + t²); it is worked out directly, never as 1 minus the rest, so that a small
 * tail keeps its digits.
 */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  if (Number.isNaN(t)) throw new MeasureError(`A value of t is needed, found ${quote(t)}.`);
  if (!(degreesOfFreedom > 0) || !Number.isFinite(degreesOfFreedom)) {
    throw new MeasureError(`Degrees of freedom must be above 0, found ${quote(degreesOfFreedom)}.`);
  }
  if (t === 0) return 0.5;
  const t2 = t * t;
  const tail =
    t2 === Number.POSITIVE_INFINITY
      ? 0
      : 0.5 *
        regularizedIncompleteBeta(
          degreesOfFreedom / (degreesOfFreedom + t2),
          degreesOfFreedom / 2,
          0.5,
          t2 / (degreesOfFreedom + t2),
        );
  return t < 0 ? tail : 1 - tail;
}
