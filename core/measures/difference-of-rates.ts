import { MeasureError, quoteNumber, requireCount, requireShare } from './errors';
import { rate } from './rate';

export interface DifferenceOfRates {
  /** share of the first group − share of the second */
  difference: number;
  lower: number;
  upper: number;
}

function checkedGroup(achieved: unknown, total: unknown, group: 1 | 2): { x: number; n: number } {
  const x = requireCount(achieved, `Achieved ${group}`);
  const n = requireCount(total, `Total ${group}`);
  if (n === 0) {
    throw new MeasureError(
      `Total ${group} is 0: group ${group} has nobody in it, so it has no share to compare.`,
    );
  }
  if (x > n) {
    throw new MeasureError(
      `Achieved ${group} (${quoteNumber(x)}) is more than Total ${group} (${quoteNumber(n)}): check both counts.`,
    );
  }
  return { x, n };
}

/**
 * The difference between two groups' shares with Newcombe's hybrid score interval (Newcombe 1998, "Interval
 * estimation for the difference between independent proportions", method 10): each group's Wilson interval
 * (IMPACT_RATE's), combined as lower = d − √((p₁ − l₁)² + (u₂ − p₂)²), upper = d + √((u₁ − p₁)² + (p₂ − l₂)²).
 * Unlike d ± 1.96 × standard error, it stays within −1 to 1 and does not shrink to nothing at 0 of 10 against
 * 0 of 20.
 */
export function differenceOfRates(
  achieved1: number,
  total1: number,
  achieved2: number,
  total2: number,
  confidence = 0.95,
): DifferenceOfRates {
  const first = checkedGroup(achieved1, total1, 1);
  const second = checkedGroup(achieved2, total2, 2);
  const level = requireShare(confidence, 'Confidence', { allowZero: false, allowOne: false });
  const one = rate(first.x, first.n, level);
  const two = rate(second.x, second.n, level);
  const difference = one.rate - two.rate;
  const lower = difference - Math.hypot(one.rate - one.lower, two.upper - two.rate);
  const upper = difference + Math.hypot(one.upper - one.rate, two.rate - two.lower);
  // In exact arithmetic the bounds lie within [−1, 1] and around the difference; clamping absorbs rounding only.
  return {
    difference: difference + 0,
    lower: Math.min(Math.max(lower, -1), difference) + 0,
    upper: Math.max(Math.min(upper, 1), difference) + 0,
  };
}
