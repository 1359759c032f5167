import { status } from '../../../core/measures/status';
import { activeSpreadsheetDays } from '../calendar-days';
import { dateArg, isBlankCell, numberArg, optionalNumberArg, today } from './args';
import { type Out, perCell } from './broadcast';

/**
 * IMPACT_STATUS: Met, Missed, On track, At risk or Off track for each cell; blank where actual is blank. A blank
 * as_of is today; blank thresholds are the defaults (0.9 and 0.75).
 */
export function impactStatus(
  baseline: unknown,
  target: unknown,
  actual: unknown,
  startDate: unknown,
  endDate: unknown,
  asOf: unknown,
  onTrackAt: unknown,
  atRiskAt: unknown,
): Out | Out[][] {
  const days = activeSpreadsheetDays();
  let now: string | undefined;
  const asOfOrToday = (v: unknown): string => {
    if (!isBlankCell(v)) return dateArg(v, 'As-of date', days);
    now ??= today(days);
    return now;
  };
  return perCell(
    'IMPACT_STATUS',
    [
      { name: 'baseline', value: baseline, read: (v) => numberArg(v, 'Baseline') },
      { name: 'target', value: target, read: (v) => numberArg(v, 'Target') },
      { name: 'actual', value: actual, read: (v) => numberArg(v, 'Actual') },
      { name: 'start_date', value: startDate, read: (v) => dateArg(v, 'Start date', days) },
      { name: 'end_date', value: endDate, read: (v) => dateArg(v, 'End date', days) },
      { name: 'as_of', value: asOf, read: asOfOrToday },
      { name: 'on_track_at', value: onTrackAt, read: (v) => optionalNumberArg(v, 'On-track threshold') },
      { name: 'at_risk_at', value: atRiskAt, read: (v) => optionalNumberArg(v, 'At-risk threshold') },
    ],
    2,
    ([b, t, a, start, end, on, onTrack, atRisk]) =>
      status({
        baseline: b as number,
        target: t as number,
        actual: a as number,
        start: start as string,
        end: end as string,
        asOf: on as string,
        onTrackAt: onTrack as number | undefined,
        atRiskAt: atRisk as number | undefined,
      }),
  );
}
