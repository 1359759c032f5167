import { formatLongDate } from '../util/calendar';
import { dayOf, MeasureError, requireList, requireNumber } from './errors';

export interface DatedPoint {
  /** Days since 1970-01-01. */
  day: number;
  date: string;
  value: number;
  /** 1-based position in the list the user gave, for messages. */
  position: number;
}

/**
 * Values paired with their dates, checked and sorted by date: users list periods in any order. Two values for
 * one date are an error naming both, because a trend or a pooled rate would silently count that period twice.
 */
export function datedPoints(values: readonly number[], dates: readonly string[]): DatedPoint[] {
  const vs = requireList<number>(values, 'Values');
  const ds = requireList<string>(dates, 'Dates');
  if (vs.length !== ds.length) {
    throw new MeasureError(
      `There are ${vs.length} values but ${ds.length} dates: give one date for each value, in two ranges of the same size.`,
    );
  }
  const points = vs.map((v, i) => {
    const date = ds[i]!;
    return {
      day: dayOf(date, `Date ${i + 1}`),
      date,
      value: requireNumber(v, `Value ${i + 1}`),
      position: i + 1,
    };
  });
  points.sort((a, b) => a.day - b.day || a.position - b.position);
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1]!;
    const here = points[i]!;
    if (before.day === here.day) {
      throw new MeasureError(
        `Values ${before.position} and ${here.position} are both for ${formatLongDate(here.date)}: keep one value per period.`,
      );
    }
  }
  return points;
}
