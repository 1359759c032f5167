import { MeasureError } from '../../../core/measures/errors';
import type { CalendarDays } from '../../../core/workbook/cells';
import { dateArg, isBlankCell, numberArg } from './args';
import { vectorOf } from './broadcast';

export interface Series {
  values: number[];
  /** ISO dates, one for each value; absent when the formula was given no dates. */
  dates?: string[];
  /** 1-based place of each value in the range given, for messages. */
  positions: number[];
}

/**
 * The values of a single row or column with their dates, the blank values left out: a period with a date but no
 * value yet is not data. A value with no date, or a cell that is not a number or a date, is an error of the
 * whole formula, since a trend that silently left it out would be a different trend.
 */
export function readSeries(
  formula: string,
  values: unknown,
  dates: unknown,
  needDates: boolean,
  days: CalendarDays,
): Series {
  const vs = vectorOf(formula, 'values', values);
  const noDates = dates === undefined || (!Array.isArray(dates) && isBlankCell(dates));
  if (noDates && needDates) {
    throw new MeasureError(
      `${formula} needs the dates of the values: give a range of dates the size of the values.`,
    );
  }
  const ds = noDates ? undefined : vectorOf(formula, 'dates', dates);
  if (ds && ds.length !== vs.length) {
    throw new MeasureError(
      `There are ${vs.length} values but ${ds.length} dates: give one date for each value, in two ranges of the same size.`,
    );
  }
  const series: Series = { values: [], positions: [], dates: ds ? [] : undefined };
  vs.forEach((cell, i) => {
    if (isBlankCell(cell)) return;
    series.values.push(numberArg(cell, `Value ${i + 1}`));
    series.positions.push(i + 1);
    if (ds) {
      const date = ds[i];
      if (isBlankCell(date)) {
        throw new MeasureError(`Value ${i + 1} has no date: give its date, or leave the value out.`);
      }
      series.dates!.push(dateArg(date, `Date ${i + 1}`, days));
    }
  });
  return series;
}
