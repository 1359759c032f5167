import { differenceOfRates } from '../measures/difference-of-rates';
import { MeasureError } from '../measures/errors';
import { formatFigure, formatShare, formatValue } from '../measures/format';
import { indicatorHistory, numberedMeasurements } from '../measures/indicator-history';
import { measurementCounts, measurementValue } from '../measures/measurement-value';
import type { Indicator, Measurement, Workbook } from '../model/schema';
import { formatLongDate } from '../util/calendar';

const CONFIDENCE = 0.95;

/**
 * Whether a watched indicator moved since a decision. `moved`: its interval leaves out 0. `too-early`: no period has
 * ended since the decision, or the interval includes 0. `no-interval`: the figures changed but carry no counts, so
 * chance cannot be ruled out or in.
 */
export type Verdict = 'moved' | 'too-early' | 'no-interval';

export interface Movement {
  verdict: Verdict;
  indicator: string;
  /** The figure on the decision date: the latest period ending on or before it. */
  before?: { value: number; periodEnd: string };
  /** The latest figure since the decision, on or before the review. */
  after?: { value: number; periodEnd: string };
  /** after − before, with its 95% interval for shares (Newcombe's method 10). */
  difference?: number;
  lower?: number;
  upper?: number;
  /** One plain sentence saying what the figures show. */
  sentence: string;
}

interface Figure {
  value: number;
  periodEnd: string;
  counts?: { achieved: number; outOf: number };
}

function figureOf(indicator: Indicator, m: Measurement): Figure | undefined {
  const value = measurementValue(m, indicator.unit);
  if (value === undefined) return undefined;
  const counts = measurementCounts(m);
  return { value, periodEnd: m.periodEnd, ...(counts && counts.outOf > 0 ? { counts } : {}) };
}

function figures(workbook: Workbook, indicator: Indicator): Figure[] {
  return indicatorHistory(numberedMeasurements(workbook.measurements, indicator.id)).flatMap(
    ({ measurement }) => {
      const figure = figureOf(indicator, measurement);
      return figure ? [figure] : [];
    },
  );
}

function signed(text: string, difference: number): string {
  return difference > 0 ? `+${text}` : text;
}

function points(d: number): string {
  return `${signed(formatFigure(d * 100, 1), d)} points`;
}

function shareMovement(id: string, before: Figure, after: Figure): Movement {
  const a = after.counts!;
  const b = before.counts!;
  const { difference, lower, upper } = differenceOfRates(
    a.achieved,
    a.outOf,
    b.achieved,
    b.outOf,
    CONFIDENCE,
  );
  const moved = lower > 0 || upper < 0;
  const figures = `from ${formatShare(before.value)} (${b.achieved} of ${b.outOf}, period ending ${formatLongDate(before.periodEnd)}) to ${formatShare(after.value)} (${a.achieved} of ${a.outOf}, period ending ${formatLongDate(after.periodEnd)})`;
  const change = `${points(difference)}, 95% interval ${points(lower)} to ${points(upper)}`;
  return {
    verdict: moved ? 'moved' : 'too-early',
    indicator: id,
    before: { value: before.value, periodEnd: before.periodEnd },
    after: { value: after.value, periodEnd: after.periodEnd },
    difference,
    lower,
    upper,
    sentence: moved
      ? `${id} moved ${figures}: ${change}, beyond what chance would give.`
      : `Too early to tell: ${id} went ${figures}, ${change}; the interval includes no change.`,
  };
}

/** What the watched indicator did between the decision date and `asOf`. */
export function movementSince(
  workbook: Workbook,
  indicatorId: string,
  decided: string,
  asOf: string,
): Movement {
  const indicator = workbook.indicators.find((i) => i.id === indicatorId);
  if (!indicator) {
    return {
      verdict: 'too-early',
      indicator: indicatorId,
      sentence: `Too early to tell: no indicator has the ID "${indicatorId}"; check the Indicator to watch.`,
    };
  }
  let all: Figure[];
  try {
    all = figures(workbook, indicator).filter((f) => f.periodEnd <= asOf);
  } catch (error) {
    if (!(error instanceof MeasureError)) throw error;
    return { verdict: 'too-early', indicator: indicatorId, sentence: `Too early to tell: ${error.message}` };
  }
  const before = all.filter((f) => f.periodEnd <= decided).at(-1);
  const after = all.filter((f) => f.periodEnd > decided).at(-1);
  if (!before) {
    return {
      verdict: 'too-early',
      indicator: indicatorId,
      ...(after ? { after: { value: after.value, periodEnd: after.periodEnd } } : {}),
      sentence: `Too early to tell: ${indicatorId} has no figure on or before the decision (${formatLongDate(decided)}) to compare with.`,
    };
  }
  const was = { value: before.value, periodEnd: before.periodEnd };
  if (!after) {
    return {
      verdict: 'too-early',
      indicator: indicatorId,
      before: was,
      sentence: `Too early to tell: no period of ${indicatorId} has ended since the decision (${formatLongDate(decided)}); its last figure is for the period ending ${formatLongDate(before.periodEnd)}.`,
    };
  }
  if (before.counts && after.counts) return shareMovement(indicatorId, before, after);
  const difference = after.value - before.value;
  const show = (v: number) => formatValue(v, indicator.unit, workbook.organisation.currency);
  return {
    verdict: 'no-interval',
    indicator: indicatorId,
    before: was,
    after: { value: after.value, periodEnd: after.periodEnd },
    difference,
    sentence: `${indicatorId} went from ${show(before.value)} (period ending ${formatLongDate(before.periodEnd)}) to ${show(after.value)} (period ending ${formatLongDate(after.periodEnd)}); without counts behind these figures there is no interval, so chance cannot be ruled out.`,
  };
}
