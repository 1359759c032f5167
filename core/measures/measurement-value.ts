import type { Measurement, Unit } from '../model/schema';
import { formatLongDate } from '../util/calendar';
import { MeasureError, quote, quoteNumber } from './errors';

function place(m: Measurement): string {
  return `${m.indicator}, period ending ${formatLongDate(m.periodEnd)}`;
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0;
}

/**
 * A measurement's Achieved and Out of, checked, or undefined when it has not both. Messages are only built when
 * something is wrong: evidence reads every row of a 10,000-row Data tab.
 */
export function measurementCounts(m: Measurement): { achieved: number; outOf: number } | undefined {
  const { achieved, outOf } = m;
  if (achieved === undefined || outOf === undefined) return undefined;
  if (!isCount(achieved)) {
    throw new MeasureError(`${place(m)}: Achieved must be a count of 0 or more, found ${quote(achieved)}.`);
  }
  if (!isCount(outOf))
    throw new MeasureError(`${place(m)}: Out of must be a count of 0 or more, found ${quote(outOf)}.`);
  if (achieved > outOf) {
    throw new MeasureError(
      `${place(m)}: Achieved (${quoteNumber(achieved)}) is more than Out of (${quoteNumber(outOf)}).`,
    );
  }
  return { achieved, outOf };
}

/**
 * A measurement's figure: its Value, or for a Percent indicator with only Achieved and Out of, achieved ÷ out of
 * (Percent values are fractions: 0.62 is 62%). Undefined when the row has no figure of its own, such as a Number
 * indicator's row with counts only.
 */
export function measurementValue(measurement: Measurement, unit: Unit): number | undefined {
  if (measurement.value !== undefined) return measurement.value;
  if (unit !== 'Percent') return undefined;
  const counts = measurementCounts(measurement);
  if (!counts) return undefined;
  if (counts.outOf === 0) {
    throw new MeasureError(`${place(measurement)}: Out of is 0, so there is no share to work out.`);
  }
  return counts.achieved / counts.outOf;
}
