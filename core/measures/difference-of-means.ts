import { MeasureError, requireFiniteResult } from './errors';
import { type ScoreSummary, summariseScores } from './summarise-scores';
import { tInterval } from './t-interval';

export interface DifferenceOfMeans {
  /** mean of the first − mean of the second */
  difference: number;
  lower: number;
  upper: number;
  /** Welch–Satterthwaite's, usually fractional. */
  degreesOfFreedom: number;
}

function summaryOfGroup(scores: readonly number[], which: string): ScoreSummary {
  if (scores.length >= 2) return summariseScores(scores);
  throw new MeasureError(
    `The ${which} group has ${scores.length === 0 ? 'no scores' : 'one score'}: comparing means needs at least two in each group.`,
  );
}

/**
 * The difference between two groups' mean scores with Welch's t interval (Welch 1947): each group keeps its own
 * variance, and the degrees of freedom follow Satterthwaite, so a small group with a wide spread is not passed
 * off as precise by pooling it with a large steady one.
 */
export function differenceOfMeans(
  first: readonly number[],
  second: readonly number[],
  confidence = 0.95,
): DifferenceOfMeans {
  const a = summaryOfGroup(first, 'first');
  const b = summaryOfGroup(second, 'second');
  const difference = requireFiniteResult(a.mean - b.mean, 'the difference');
  const shareA = a.variance / a.n;
  const shareB = b.variance / b.n;
  const squaredError = shareA + shareB;
  // Satterthwaite's (sA + sB)² / (sA²/(nA − 1) + sB²/(nB − 1)), written with each group's share of the whole so
  // that tiny variances do not underflow when squared. Every score the same in both groups: nothing varies, and the
  // interval is the difference itself whatever the degrees of freedom.
  const weightA = squaredError === 0 ? 0.5 : shareA / squaredError;
  const weightB = squaredError === 0 ? 0.5 : shareB / squaredError;
  const degreesOfFreedom =
    squaredError === 0
      ? a.n + b.n - 2
      : 1 / ((weightA * weightA) / (a.n - 1) + (weightB * weightB) / (b.n - 1));
  const { lower, upper } = tInterval(difference, Math.sqrt(squaredError), degreesOfFreedom, confidence);
  return { difference, lower, upper, degreesOfFreedom };
}
