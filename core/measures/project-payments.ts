import type { Contract, Indicator, Measurement, OutcomeMetric } from '../model/schema';
import { addDays, daysBetween, formatLongDate } from '../util/calendar';
import { datedLine, lineValueOn } from './dated-points';
import { dayOf, MeasureError, requireDate } from './errors';
import { indicatorHistory, numberedMeasurements } from './indicator-history';
import { payments } from './payments';
import { periodEndsAfter } from './period-ends';

export interface ProjectedMetric {
  metric: string;
  indicator?: string;
  achievedSoFar: number;
  /** Outcomes the trend adds for the periods still to come before the contract ends (may be fractional). */
  projectedMore: number;
  projectedAchieved: number;
  /** min(projected achieved, cap) × price, before the contract's total cap. */
  amount: number;
  /** How this metric was projected, in words for the user. */
  basis: string;
}

export interface PaymentProjection {
  contract: string;
  asOf: string;
  end: string;
  total: number;
  beforeTotalCap: number;
  metrics: ProjectedMetric[];
}

interface ProjectionData {
  indicators: readonly Indicator[];
  measurements: readonly Measurement[];
}

/** Period ends still to come: by the indicator's frequency, or failing that by the data's usual spacing. */
function periodsToCome(
  last: string,
  end: string,
  frequency: Indicator['frequency'],
  dates: readonly string[],
): string[] {
  if (frequency) return periodEndsAfter(last, frequency, end);
  const gaps = dates.slice(1).map((d, i) => daysBetween(dates[i]!, d));
  gaps.sort((a, b) => a - b);
  const gap = gaps[gaps.length >> 1]!;
  const ends: string[] = [];
  for (let k = 1; daysBetween(last, end) >= k * gap; k++) ends.push(addDays(last, k * gap));
  return ends;
}

function projectMetric(
  metric: OutcomeMetric,
  contract: Contract,
  end: string,
  data: ProjectionData,
  asOf: string,
): Omit<ProjectedMetric, 'amount'> {
  const indicator = metric.indicator ? data.indicators.find((i) => i.id === metric.indicator) : undefined;
  const counted = indicator
    ? indicatorHistory(numberedMeasurements(data.measurements, indicator.id))
        .map((row) => row.measurement)
        .filter(
          (m) =>
            m.achieved !== undefined &&
            m.periodEnd <= asOf &&
            (contract.start === undefined || m.periodEnd >= contract.start),
        )
    : [];
  const achievedSoFar = metric.achieved ?? counted.reduce((total, m) => total + (m.achieved ?? 0), 0);
  const base = {
    metric: metric.metric,
    ...(metric.indicator ? { indicator: metric.indicator } : {}),
    achievedSoFar,
  };
  const asItStands = (basis: string) => ({
    ...base,
    projectedMore: 0,
    projectedAchieved: achievedSoFar,
    basis,
  });
  if (asOf >= end)
    return asItStands(`The contract ended on ${formatLongDate(end)}: what was achieved is what it pays for.`);
  if (!indicator)
    return asItStands('No indicator is linked, so there is no trend to extend: achieved so far only.');
  if (counted.length < 2) {
    return asItStands(
      `${indicator.id} has fewer than two periods of Achieved counts in the contract: achieved so far only.`,
    );
  }
  const values = counted.map((m) => m.achieved!);
  const dates = counted.map((m) => m.periodEnd);
  const last = dates[dates.length - 1]!;
  const future = periodsToCome(last, end, indicator.frequency, dates);
  // Fitted once: every period still to come reads the same line. A falling trend can cross zero before the end;
  // a period cannot achieve fewer than no outcomes.
  const line = datedLine(values, dates, 'forecast');
  const projectedMore = future.reduce(
    (total, d) => total + Math.max(0, lineValueOn(line, dayOf(d, 'Forecast date'))),
    0,
  );
  return {
    ...base,
    projectedMore,
    projectedAchieved: achievedSoFar + projectedMore,
    basis: `${indicator.id}'s counts per period (${counted.length} periods) extended along their straight-line trend for ${future.length} more period${future.length === 1 ? '' : 's'} to ${formatLongDate(end)}.`,
  };
}

/**
 * What the contract would pay if each metric's trend holds to its end. For a metric linked to an indicator, the
 * Achieved counts of each period within the contract up to `asOf` get a least-squares line (IMPACT_TREND's
 * line); the line's value at each period end still to come, never below zero, is added to what has been achieved
 * so far (the Payments tab's Achieved, or the sum of the counts when it is blank). Caps and the total cap then
 * apply as for IMPACT_PAYMENT. Metrics without an indicator or with fewer than two periods of counts stay at what
 * has been achieved. A projection, not a promise: it assumes the recent pace, neither better nor worse.
 */
export function projectPayments(contract: Contract, data: ProjectionData, asOf: string): PaymentProjection {
  const on = requireDate(asOf, 'As-of date');
  if (contract.end === undefined) {
    throw new MeasureError(
      `Contract "${contract.name}" has no end date: a projection needs to know when it stops.`,
    );
  }
  const end = requireDate(contract.end, `Contract "${contract.name}" end`);
  if (
    contract.start !== undefined &&
    requireDate(contract.start, `Contract "${contract.name}" start`) >= end
  ) {
    throw new MeasureError(
      `Contract "${contract.name}" ends ${formatLongDate(end)}, which is not after its start ${formatLongDate(contract.start)}.`,
    );
  }
  const projected = contract.metrics.map((metric) => projectMetric(metric, contract, end, data, on));
  const paid = payments(
    projected.map((p, i) => ({
      achieved: p.projectedAchieved,
      price: contract.metrics[i]!.price,
      ...(contract.metrics[i]!.cap !== undefined ? { cap: contract.metrics[i]!.cap } : {}),
    })),
    contract.totalCap,
  );
  return {
    contract: contract.name,
    asOf: on,
    end,
    total: paid.total,
    beforeTotalCap: paid.beforeTotalCap,
    metrics: projected.map((p, i) => ({ ...p, amount: paid.rows[i]! })),
  };
}
