import { MeasureError, quoteNumber, requireNumber } from './errors';
import { expectedProgress } from './expected-progress';
import { progressParts } from './progress';

export const STATUSES = ['Met', 'Missed', 'On track', 'At risk', 'Off track'] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusInput {
  baseline: number;
  target: number;
  actual: number;
  /** ISO date the baseline describes: where the straight path to the target starts. */
  start: string;
  /** ISO date the target is due. */
  end: string;
  asOf: string;
  /** Progress at or above this share of the expected progress is On track. */
  onTrackAt?: number;
  /** Progress at or above this share (and below onTrackAt) is At risk; below it, Off track. */
  atRiskAt?: number;
}

/**
 * progress ≥ share, decided without dividing: (actual − baseline) ≥ share × (target − baseline), the inequality
 * turned round for a decreasing target. A baseline a hair's breadth from its target makes progress itself too
 * large to show, but the comparison still has an answer.
 */
function madeAtLeast(moved: number, gap: number, share: number): boolean {
  return gap > 0 ? moved >= share * gap : moved <= share * gap;
}

function thresholds(onTrackAt: unknown, atRiskAt: unknown): { onTrack: number; atRisk: number } {
  const onTrack = requireNumber(onTrackAt, 'On-track threshold');
  const atRisk = requireNumber(atRiskAt, 'At-risk threshold');
  if (atRisk < 0) {
    throw new MeasureError(
      `At-risk threshold is ${quoteNumber(atRisk)}: it must be 0 or more (0.75 means 75% of the expected progress).`,
    );
  }
  if (onTrack < atRisk) {
    throw new MeasureError(
      `On-track threshold (${quoteNumber(onTrack)}) is below the at-risk threshold (${quoteNumber(atRisk)}): on track must ask for at least as much progress as at risk.`,
    );
  }
  return { onTrack, atRisk };
}

/**
 * Met when the target is reached; Missed when the end date has passed without it; otherwise progress compared
 * with the progress a straight path from start to end would have made by `asOf`.
 *
 * Comparing `progress ≥ threshold × expected` rather than dividing by the expected progress keeps the rule
 * defined on or before the start date, where nothing is expected yet (expected progress 0). We chose what that
 * comparison gives there: On track when the figure is at or beyond the baseline, Off track when it has already
 * moved away from the target. The same holds a day after the start, so the status does not jump at the start date.
 *
 * Met is decided by comparing actual with target directly, not progress with 1: with a far-away baseline,
 * rounding can make (actual − baseline) / (target − baseline) exactly 1 for an actual just short of the target,
 * and a status must never say Met below target.
 */
export function status({
  baseline,
  target,
  actual,
  start,
  end,
  asOf,
  onTrackAt = 0.9,
  atRiskAt = 0.75,
}: StatusInput): Status {
  const { moved, gap } = progressParts(baseline, target, actual);
  const expected = expectedProgress(start, end, asOf);
  const { onTrack, atRisk } = thresholds(onTrackAt, atRiskAt);
  const reached = target > baseline ? actual >= target : actual <= target;
  if (reached) return 'Met';
  // Both dates were checked by expectedProgress; ISO dates compare as strings.
  if (asOf > end) return 'Missed';
  if (madeAtLeast(moved, gap, onTrack * expected)) return 'On track';
  if (madeAtLeast(moved, gap, atRisk * expected)) return 'At risk';
  return 'Off track';
}
