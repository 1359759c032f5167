import { MeasureError } from './errors';
import { summariseScores } from './summarise-scores';
import { tInterval } from './t-interval';

export interface MeanInterval {
  mean: number;
  n: number;
  lower: number;
  upper: number;
}

/**
 * The mean of some scores with its t interval: mean ± t(n − 1) × s/√n, with Student's t for n − 1 degrees of
 * freedom, which allows for the spread being estimated from the same few scores (with 5 scores t is 2.78, not
 * the normal 1.96).
 */
export function meanInterval(scores: readonly number[], confidence = 0.95): MeanInterval {
  if (scores.length < 2) {
    throw new MeasureError(
      `A mean's interval needs at least two scores, found ${scores.length === 0 ? 'none' : 'one'}: one score says nothing about how much scores vary.`,
    );
  }
  const { n, mean, variance } = summariseScores(scores);
  const { lower, upper } = tInterval(mean, Math.sqrt(variance / n), n - 1, confidence);
  return { mean, n, lower, upper };
}
