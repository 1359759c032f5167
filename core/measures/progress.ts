import { MeasureError, quoteNumber, requireFiniteResult, requireNumber } from './errors';

/** Above this, a difference of two figures can overflow; halving them first is exact at that size. */
const HUGE = 2 ** 1000;

/**
 * actual − baseline and target − baseline, both halved when the figures are huge so that neither overflows
 * (1e308 − −1e308). Scaling both the same way leaves their ratio and their order unchanged.
 */
export function progressParts(
  baseline: number,
  target: number,
  actual: number,
): { moved: number; gap: number } {
  const from = requireNumber(baseline, 'Baseline');
  const to = requireNumber(target, 'Target');
  const now = requireNumber(actual, 'Actual');
  if (to === from) {
    throw new MeasureError(
      `Target equals baseline (${quoteNumber(from)}): progress cannot be measured. Set a target that differs from the baseline.`,
    );
  }
  const scale = Math.max(Math.abs(from), Math.abs(to), Math.abs(now)) > HUGE ? 0.5 : 1;
  // Doubles subtract exactly to zero only for equal numbers, so gap is never 0 here.
  return { moved: now * scale - from * scale, gap: to * scale - from * scale };
}

/**
 * Share of the way from baseline to target: 0 at the baseline, 1 at the target, above 1 beyond it and below 0
 * when things moved the wrong way. One formula serves decreasing targets too (baseline 22 weeks, target 16,
 * actual 19: (19 − 22) / (16 − 22) = 0.5), because both differences change sign together. It is exactly 0 at
 * the baseline and exactly 1 at the target.
 */
export function progress(baseline: number, target: number, actual: number): number {
  const { moved, gap } = progressParts(baseline, target, actual);
  return requireFiniteResult(moved / gap, 'progress');
}
