import { trend } from '../../../core/measures/trend';
import { inRange } from './broadcast';
import { DATE, NUMBER, OPTIONAL_TEXT } from './cell-types';
import { defineFormula, type FormulaDocs } from './define';
import { readSeries } from './series';

/**
 * Without dates a value's place in the range is its period, so a blank period in the middle keeps the periods
 * after it where they are. No values at all gives a blank.
 */
export const trendFormula = defineFormula({
  name: 'IMPACT_TREND',
  params: [
    { name: 'values', label: 'Value', type: NUMBER, layout: 'list' },
    {
      name: 'dates',
      label: 'Date',
      type: DATE,
      layout: 'list',
      optional: true,
    },
    {
      name: 'per',
      label: 'Per',
      type: OPTIONAL_TEXT,
      layout: 'one',
      optional: true,
    },
  ],
  blankWhile: 'values',
  answer: (call) => {
    const { values, dates, per } = call.args;
    const unit = call.read(per);
    const series = readSeries(call.name, values, dates, false);
    if (series.values.length === 0) return '';
    return inRange(series.positions, () => trend(series.values, series.dates, unit, series.positions));
  },
});

export const trendDocs: FormulaDocs<typeof trendFormula> = {
  description:
    'Which way things are going, and how fast: the slope of the least-squares line through the values. Without dates, per period; with dates, per month unless per says otherwise. Blank values are left out.',
  params: {
    values: 'A row or column of values.',
    dates: 'the date of each value, in a range the size of values.',
    per: 'with dates, "day", "week", "month" (if left out), "quarter" or "year".',
  },
  returns: { type: 'number', help: 'The change per period.' },
  example: { args: [[[38], [41], [37], [39]]], gives: -0.1 },
};
