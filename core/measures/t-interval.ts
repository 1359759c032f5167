import { requireFiniteResult, requireShare } from './errors';
import { inverseTCdf } from './inverse-t-cdf';

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * estimate ± t × standard error, with t the two-sided Student quantile for the confidence and degrees of freedom:
 * the interval for a mean, a paired change or Welch's difference of means. A standard error of 0 (every score
 * the same) gives the estimate itself, whatever t is.
 */
export function tInterval(
  estimate: number,
  standardError: number,
  degreesOfFreedom: number,
  confidence = 0.95,
): Interval {
  const level = requireShare(confidence, 'Confidence', { allowZero: false, allowOne: false });
  // The lower tail is (1 − level)/2 exactly; 1 − that would round away the digits of a level near 1.
  const t = -inverseTCdf((1 - level) / 2, degreesOfFreedom);
  const half = standardError === 0 ? 0 : t * standardError;
  return {
    lower: requireFiniteResult(estimate - half, 'the interval'),
    upper: requireFiniteResult(estimate + half, 'the interval'),
  };
}
