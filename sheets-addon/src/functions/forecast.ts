import { forecast } from '../../../core/measures/forecast';
import { inRange } from './broadcast';
import { DATE, isBlankCell, NUMBER } from './cell-types';
import { defineFormula, type FormulaDocs } from './define';
import { readSeries } from './series';

/** Blank without values, or without a date to read the line on. */
export const forecastFormula = defineFormula({
  name: 'IMPACT_FORECAST',
  params: [
    { name: 'values', label: 'Value', type: NUMBER, layout: 'list' },
    {
      name: 'dates',
      label: 'Date',
      type: DATE,
      layout: 'list',
    },
    {
      name: 'on_date',
      label: 'Forecast date',
      type: DATE,
      layout: 'one',
    },
  ],
  blankWhile: 'values',
  answer: (call) => {
    const { values, dates, on_date } = call.args;
    const on = call.cell(on_date);
    const series = readSeries(call.name, values, dates, true);
    if (series.values.length === 0 || isBlankCell(on)) return '';
    const date = on_date.read(on);
    return inRange(series.positions, () => forecast(series.values, series.dates!, date));
  },
});

export const forecastDocs: FormulaDocs<typeof forecastFormula> = {
  description:
    "Where the least-squares line through the dated values will be on a date: Sheets' FORECAST with dates. Assumes the recent pace continues. Blank values are left out.",
  params: {
    values: 'A row or column of values.',
    dates: 'The date of each value, in a range the size of values.',
    on_date: 'The date to read the line on.',
  },
  returns: { type: 'number', help: 'The value the line reaches on on_date.' },
  example: {
    args: [[[10], [20], [30]], [['2026-01-01'], ['2026-01-11'], ['2026-01-21']], '2026-02-20'],
    gives: 60,
  },
};
