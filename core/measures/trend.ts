import { DAYS_PER_MONTH } from '../util/calendar';
import { datedLine } from './dated-points';
import { atItem, MeasureError, quote, requireFiniteResult, requireList, requireNumber } from './errors';
import { leastSquares } from './least-squares';

export const TREND_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type TrendUnit = (typeof TREND_UNITS)[number];

/**
 * Average lengths, so that a slope per month means the same in February as in March: a year is 365.25 days
 * (leap years included), a month a twelfth of it (30.4375 days), a quarter a quarter of it (91.3125 days).
 */
export const DAYS_PER: Readonly<Record<TrendUnit, number>> = {
  day: 1,
  week: 7,
  month: DAYS_PER_MONTH,
  quarter: 365.25 / 4,
  year: 365.25,
};

/** 'Month', ' months ' and 'month' all mean month: the unit arrives from a cell someone typed. */
export function parseTrendUnit(per: unknown): TrendUnit {
  const word = typeof per === 'string' ? per.trim().toLowerCase().replace(/s$/, '') : '';
  const unit = TREND_UNITS.find((u) => u === word);
  if (!unit) throw new MeasureError(`Per must be one of ${TREND_UNITS.join(', ')}; found ${quote(per)}.`);
  return unit;
}

/**
 * The least-squares slope: how much the value changes per period. Without dates the values are equally spaced
 * periods in the order given, or the `periods` given (1, 2 and 4 when the third period has no value), and the
 * slope is per period; with dates it is per `per` (a month unless said otherwise, any unit parseTrendUnit reads),
 * whatever the spacing and order of the dates.
 */
export function trend(
  values: readonly number[],
  dates?: readonly string[],
  per?: string,
  periods?: readonly number[],
): number {
  if (dates === undefined) {
    if (per !== undefined) {
      throw new MeasureError(
        `A trend per ${quote(per)} needs the dates of the values; without dates it is per period.`,
      );
    }
    const ys = requireList<number>(values, 'Values').map((v, i) =>
      atItem('Value', i + 1, (label) => requireNumber(v, label)),
    );
    if (ys.length < 2) throw new MeasureError(`A trend needs at least two values; found ${ys.length}.`);
    return leastSquares(periods ?? ys.map((_, i) => i), ys).slope;
  }
  const unit = parseTrendUnit(per ?? 'month');
  const line = datedLine(values, dates, 'trend');
  return requireFiniteResult(line.slope * DAYS_PER[unit], 'the trend');
}
