import { forecast } from '../../../core/measures/forecast';
import { inRange } from './broadcast';
import { DATE, isBlankCell, NUMBER } from './cell-types';
import { defineFormula } from './define';
import { readSeries } from './series';

/** Blank without values, or without a date to read the line on. */
export const forecastFormula = defineFormula({
  name: 'IMPACT_FORECAST',
  description:
    "Where the least-squares line through the dated values will be on a date: Sheets' FORECAST with dates. Assumes the recent pace continues. Blank values are left out.",
  params: [
    { name: 'values', label: 'Value', type: NUMBER, layout: 'list', help: 'A row or column of values.' },
    {
      name: 'dates',
      label: 'Date',
      type: DATE,
      layout: 'list',
      help: 'The date of each value, in a range the size of values.',
    },
    {
      name: 'on_date',
      label: 'Forecast date',
      type: DATE,
      layout: 'one',
      help: 'The date to read the line on.',
    },
  ],
  blankWhile: 'values',
  returns: { type: 'number', help: 'The value the line reaches on on_date.' },
  example: {
    args: [[[10], [20], [30]], [['2026-01-01'], ['2026-01-11'], ['2026-01-21']], '2026-02-20'],
    gives: 60,
  },
  answer: (call) => {
    const { values, dates, on_date } = call.args;
    const on = call.cell(on_date);
    const series = readSeries(call.name, values, dates, true);
    if (series.values.length === 0 || isBlankCell(on)) return '';
    const date = on_date.read(on);
    return inRange(series.positions, () => forecast(series.values, series.dates!, date));
  },
});
