import { formatLongDate } from '../util/calendar';
import {
  atItem,
  dayOf,
  MeasureError,
  RowError,
  requireFiniteResult,
  requireList,
  requireNumber,
} from './errors';
import { type LeastSquaresLine, leastSquares } from './least-squares';

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
/** Values and dates are paired by their places in two lists, so there must be one date for each value. */
export function requireOneDateEach(values: number, dates: number): void {
  if (values !== dates) {
    throw new MeasureError(
      `There are ${values} values but ${dates} dates: give one date for each value, in two ranges of the same size.`,
    );
  }
}

export function datedPoints(values: readonly number[], dates: readonly string[]): DatedPoint[] {
  const vs = requireList<number>(values, 'Values');
  const ds = requireList<string>(dates, 'Dates');
  requireOneDateEach(vs.length, ds.length);
  const points = vs.map((v, i) => {
    const date = ds[i]!;
    return {
      day: atItem('Date', i + 1, (label) => dayOf(date, label)),
      date,
      value: atItem('Value', i + 1, (label) => requireNumber(v, label)),
      position: i + 1,
    };
  });
  points.sort((a, b) => a.day - b.day || a.position - b.position);
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1]!;
    const here = points[i]!;
    if (before.day === here.day) {
      const day = formatLongDate(here.date);
      throw new RowError(
        [before.position, here.position],
        ([a, b]) => `Values ${a} and ${b} are both for ${day}: keep one value per period.`,
      );
    }
  }
  return points;
}

/** A least-squares line through dated values, with x in days since the first date. */
export interface DatedLine extends LeastSquaresLine {
  /** Day number of the first date: x = 0. */
  first: number;
}

/**
 * The least-squares line through (date, value), anchored at the first date so that x stays small (days, not day
 * numbers near 20,000), which keeps the arithmetic exact where it can be. `use` names the measure in the message
 * when there are fewer than two points.
 */
export function datedLine(
  values: readonly number[],
  dates: readonly string[],
  use: 'trend' | 'forecast',
): DatedLine {
  const points = datedPoints(values, dates);
  if (points.length < 2) {
    throw new MeasureError(`A ${use} needs at least two dated values; found ${points.length}.`);
  }
  const first = points[0]!.day;
  const line = leastSquares(
    points.map((p) => p.day - first),
    points.map((p) => p.value),
  );
  return { ...line, first };
}

/** The value a dated line reaches on a day number: Sheets' FORECAST with dates as x. */
export function lineValueOn(line: DatedLine, day: number): number {
  return requireFiniteResult(line.meanY + line.slope * (day - line.first - line.meanX), 'the forecast');
}
