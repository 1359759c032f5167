import type { Measurement } from '../model/schema';
import { formatLongDate } from '../util/calendar';
import { MeasureError, quoteNumber } from './errors';

/** A measurement with its 1-based place in the workbook's data, so that a message can point at it. */
export interface NumberedMeasurement {
  measurement: Measurement;
  entry: number;
}

function describe(m: Measurement): string {
  if (m.value !== undefined) return quoteNumber(m.value);
  if (m.achieved !== undefined || m.outOf !== undefined) return `${m.achieved ?? '?'} of ${m.outOf ?? '?'}`;
  return 'no figure';
}

/** The measurements of the workbook for one indicator, numbered by their entry in the data. */
export function numberedMeasurements(
  measurements: readonly Measurement[],
  indicatorId: string,
): NumberedMeasurement[] {
  const rows: NumberedMeasurement[] = [];
  measurements.forEach((measurement, index) => {
    if (measurement.indicator === indicatorId) rows.push({ measurement, entry: index + 1 });
  });
  return rows;
}

/**
 * One indicator's measurements sorted by period end, whatever order they were typed in. Two rows for one period
 * are an error naming both: keeping either would be a guess, and keeping both counts the period twice.
 */
export function indicatorHistory(rows: readonly NumberedMeasurement[]): NumberedMeasurement[] {
  const sorted = [...rows].sort((a, b) =>
    a.measurement.periodEnd < b.measurement.periodEnd
      ? -1
      : a.measurement.periodEnd > b.measurement.periodEnd
        ? 1
        : a.entry - b.entry,
  );
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const here = sorted[i]!;
    if (before.measurement.periodEnd === here.measurement.periodEnd) {
      throw new MeasureError(
        `${here.measurement.indicator} has two rows for the period ending ${formatLongDate(here.measurement.periodEnd)}: data entries ${before.entry} (${describe(before.measurement)}) and ${here.entry} (${describe(here.measurement)}). Keep one row per indicator and period.`,
      );
    }
  }
  return sorted;
}
