import { formatLongDate } from '../util/calendar';
import { dayOf, MeasureError } from './errors';

/**
 * The share of the way to the target that a straight path from start to end would have covered by `asOf`: the
 * elapsed share of the period, 0 on or before the start and 1 on or after the end.
 */
export function expectedProgress(start: string, end: string, asOf: string): number {
  const from = dayOf(start, 'Start date');
  const to = dayOf(end, 'End date');
  const on = dayOf(asOf, 'As-of date');
  const length = to - from;
  if (length <= 0) {
    throw new MeasureError(
      `End date ${formatLongDate(end)} is ${length === 0 ? 'the same day as' : 'before'} the start date ${formatLongDate(start)}: there is no period to pace progress over. Put the end after the start.`,
    );
  }
  return Math.min(1, Math.max(0, (on - from) / length));
}
