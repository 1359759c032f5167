import { MeasureError, quoteNumber, requireCount, requireShare } from './errors';
import { inverseNormalCdf } from './inverse-normal-cdf';

export interface RateInterval {
  /** achieved ÷ outOf */
  rate: number;
  lower: number;
  upper: number;
}

/**
 * How far the Wilson interval reaches below the observed share x/n: x² / (n (a + b)), with a = x + z²/2 and
 * b = z √(x(n − x)/n + z²/4). This is the textbook (a − b) / (n + z²) rearranged, since (a − b)(a + b) =
 * x²(n + z²)/n; the textbook form subtracts two nearly equal numbers and gives −1e-17 instead of 0 for 0 of 20.
 * Products are taken as (x / ·)(x / n) so that counts near 1e300 do not overflow.
 */
function lowerBound(x: number, n: number, z: number): number {
  // None achieved: the bound is 0 by definition, also where a vanishing confidence makes z = 0 and the form 0/0.
  if (x === 0) return 0;
  const b = z * Math.sqrt(x * ((n - x) / n) + (z * z) / 4);
  return (x / (x + (z * z) / 2 + b)) * (x / n);
}

/**
 * The share achieved with its Wilson score interval, without continuity correction (Newcombe 1998, method 3):
 * unlike the ±z√(p(1−p)/n) interval it never leaves [0, 1] and does not collapse to nothing at 0 of 20.
 * The upper bound is 1 − the lower bound of the complement (n − x of n), so 20 of 20 gives exactly 1.
 * Counts need not be whole numbers (weighted survey counts are not), but they may not be negative.
 */
export function rate(achieved: number, outOf: number, confidence = 0.95): RateInterval {
  const x = requireCount(achieved, 'Achieved');
  const n = requireCount(outOf, 'Out of');
  const level = requireShare(confidence, 'Confidence', { allowZero: false, allowOne: false });
  if (n === 0) {
    throw new MeasureError(
      'Out of is 0: there is no rate to work out. Leave Achieved and Out of blank instead.',
    );
  }
  if (x > n) {
    throw new MeasureError(
      `Achieved (${quoteNumber(x)}) is more than Out of (${quoteNumber(n)}): check both counts.`,
    );
  }
  const z = inverseNormalCdf(1 - (1 - level) / 2);
  const share = x / n;
  const lower = lowerBound(x, n, z);
  const upper = 1 - lowerBound(n - x, n, z);
  // Exact arithmetic puts the rate strictly inside (lower, upper); clamping only absorbs last-bit rounding.
  return {
    rate: share,
    lower: Math.min(Math.max(lower, 0), share),
    upper: Math.max(Math.min(upper, 1), share),
  };
}
