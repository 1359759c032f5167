import { forecast } from '../../../core/measures/forecast';
import { activeSpreadsheetDays } from '../calendar-days';
import { dateArg, isBlankCell, renumbered } from './args';
import { single } from './broadcast';
import { readSeries } from './series';

/** IMPACT_FORECAST: where the least-squares line through the dated values is on on_date. Blank without values. */
export function impactForecast(values: unknown, dates: unknown, onDate: unknown): number | string {
  const on = single('IMPACT_FORECAST', 'on_date', onDate);
  const days = activeSpreadsheetDays();
  const series = readSeries('IMPACT_FORECAST', values, dates, true, days);
  if (series.values.length === 0 || isBlankCell(on)) return '';
  const date = dateArg(on, 'Forecast date', days);
  try {
    return forecast(series.values, series.dates!, date);
  } catch (error) {
    return renumbered(error, /Values?/, series.positions);
  }
}
