import { compensatedSum } from './compensated-sum';
import { atItem, MeasureError, requireFiniteResult, requireNumber } from './errors';

export interface ScoreSummary {
  n: number;
  mean: number;
  /** The sample variance, Σ(x − mean)² / (n − 1); 0 for a single score, which has no spread to estimate. */
  variance: number;
}

/**
 * How many scores, their mean and their sample variance. The scores are added in ascending order, so that the
 * same scores in any order give the same figures to the last bit; the variance takes the two-pass form with its
 * correction term (Chan, Golub and LeVeque 1983), which stays accurate when the spread is small beside the mean.
 */
export function summariseScores(scores: readonly number[]): ScoreSummary {
  const sorted = scores.map((s, i) => atItem('Score', i + 1, (label) => requireNumber(s, label)));
  sorted.sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) throw new MeasureError('There are no scores to work with.');
  const mean = requireFiniteResult(compensatedSum(sorted) / n, 'the mean');
  if (n < 2) return { n, mean, variance: 0 };
  const deviations = sorted.map((s) => s - mean);
  const correction = compensatedSum(deviations);
  const squares = compensatedSum(deviations.map((d) => d * d)) - (correction * correction) / n;
  return {
    n,
    mean,
    variance: requireFiniteResult(Math.max(squares, 0) / (n - 1), 'the spread of the scores'),
  };
}
