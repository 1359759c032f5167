import { datedLine, lineValueOn } from './dated-points';
import { dayOf } from './errors';

/**
 * The value the least-squares line through (date, value) reaches on `onDate`: Sheets' FORECAST with dates as x.
 * The line is anchored at the first date (see datedLine).
 */
export function forecast(values: readonly number[], dates: readonly string[], onDate: string): number {
  const on = dayOf(onDate, 'Forecast date');
  return lineValueOn(datedLine(values, dates, 'forecast'), on);
}
