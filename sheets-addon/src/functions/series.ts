import { requireOneDateEach } from '../../../core/measures/dated-points';
import { MeasureError } from '../../../core/measures/errors';
import { type Arg, vectorOf } from './broadcast';
import { isBlankCell } from './cell-types';

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
  values: Arg<number>,
  dates: Arg<string>,
  needDates: boolean,
): Series {
  const vs = vectorOf(formula, values.name, values.value);
  const noDates = dates.value === undefined || (!Array.isArray(dates.value) && isBlankCell(dates.value));
  if (noDates && needDates) {
    throw new MeasureError(
      `${formula} needs the dates of the values: give a range of dates the size of the values.`,
    );
  }
  const ds = noDates ? undefined : vectorOf(formula, dates.name, dates.value);
  // Blank values are left out with their dates, so the two are paired by place before either is read.
  if (ds) requireOneDateEach(vs.length, ds.length);
  const series: Series = { values: [], positions: [], dates: ds ? [] : undefined };
  vs.forEach((cell, i) => {
    if (isBlankCell(cell)) return;
    series.values.push(values.read(cell, `${values.label} ${i + 1}`));
    series.positions.push(i + 1);
    if (ds) {
      const date = ds[i];
      if (isBlankCell(date)) {
        throw new MeasureError(
          `${values.label} ${i + 1} has no date: give its date, or leave the value out.`,
        );
      }
      series.dates!.push(dates.read(date, `${dates.label} ${i + 1}`));
    }
  });
  return series;
}
