import { datedPoints } from './dated-points';
import { dayOf, MeasureError, requireFiniteResult } from './errors';
import { leastSquares } from './least-squares';

/**
 * The value the least-squares line through (date, value) reaches on `onDate`: Sheets' FORECAST with dates as x.
 * The line is anchored at the first date so that x stays small (days, not day numbers near 20,000), which keeps
 * the arithmetic exact where it can be.
 */
export function forecast(values: readonly number[], dates: readonly string[], onDate: string): number {
  const on = dayOf(onDate, 'Forecast date');
  const points = datedPoints(values, dates);
  if (points.length < 2) {
    throw new MeasureError(`A forecast needs at least two dated values; found ${points.length}.`);
  }
  const first = points[0]!.day;
  const line = leastSquares(
    points.map((p) => p.day - first),
    points.map((p) => p.value),
  );
  return requireFiniteResult(line.meanY + line.slope * (on - first - line.meanX), 'the forecast');
}
