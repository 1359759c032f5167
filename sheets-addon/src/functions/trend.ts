import { MeasureError, requireFiniteResult } from '../../../core/measures/errors';
import { leastSquares } from '../../../core/measures/least-squares';
import { parseTrendUnit, trend } from '../../../core/measures/trend';
import { activeSpreadsheetDays } from '../calendar-days';
import { isBlankCell, renumbered, textArg } from './args';
import { single } from './broadcast';
import { readSeries } from './series';

/**
 * IMPACT_TREND: the least-squares slope of a row or column of values. Without dates a value's place in the range
 * is its period, so a blank period in the middle keeps the periods after it where they are; with dates the slope
 * is per `per` (a month unless said otherwise). No values at all gives a blank.
 */
export function impactTrend(values: unknown, dates: unknown, per: unknown): number | string {
  const unitCell = single('IMPACT_TREND', 'per', per);
  const series = readSeries('IMPACT_TREND', values, dates, false, activeSpreadsheetDays());
  if (series.values.length === 0) return '';
  if (series.dates) {
    const unit = isBlankCell(unitCell) ? undefined : parseTrendUnit(textArg(unitCell));
    try {
      return trend(series.values, series.dates, unit);
    } catch (error) {
      return renumbered(error, /Values?/, series.positions);
    }
  }
  if (!isBlankCell(unitCell)) {
    throw new MeasureError(
      `A trend per ${JSON.stringify(textArg(unitCell))} needs the dates of the values; without dates it is per period.`,
    );
  }
  if (series.values.length < 2) {
    throw new MeasureError(`A trend needs at least two values; found ${series.values.length}.`);
  }
  const line = leastSquares(series.positions, series.values);
  return requireFiniteResult(line.slope, 'the trend');
}
