import { status } from '../../../core/measures/status';
import { DATE, DATE_OR_TODAY, NUMBER, OPTIONAL_NUMBER } from './cell-types';
import { defineFormula } from './define';

/** A blank as_of is today; blank thresholds are the measure's defaults (0.9 and 0.75). */
export const statusFormula = defineFormula({
  name: 'IMPACT_STATUS',
  description:
    'Met, Missed, On track, At risk or Off track: progress compared with a steady path from baseline (on start_date) to target (on end_date). One answer for each cell; blank where actual is blank.',
  params: [
    { name: 'baseline', label: 'Baseline', type: NUMBER, help: 'The baseline value, or a range of them.' },
    { name: 'target', label: 'Target', type: NUMBER, help: 'The target value, or a range of them.' },
    { name: 'actual', label: 'Actual', type: NUMBER, help: 'The latest value, or a range of them.' },
    { name: 'start_date', label: 'Start date', type: DATE, help: 'The date of the baseline.' },
    { name: 'end_date', label: 'End date', type: DATE, help: 'The date the target is due.' },
    {
      name: 'as_of',
      label: 'As-of date',
      type: DATE_OR_TODAY,
      optional: true,
      help: "the date to judge on (use the figure's period end). Today if left out.",
    },
    {
      name: 'on_track_at',
      label: 'On-track threshold',
      type: OPTIONAL_NUMBER,
      optional: true,
      help: 'progress at or above this share of the expected progress is On track. 0.9 if left out.',
    },
    {
      name: 'at_risk_at',
      label: 'At-risk threshold',
      type: OPTIONAL_NUMBER,
      optional: true,
      help: 'progress at or above this share (below on track) is At risk. 0.75 if left out.',
    },
  ],
  blankWhile: 'actual',
  returns: { type: 'string|Array<Array<string>>', help: 'The status.' },
  example: { args: [0.55, 0.7, 9 / 14, '2024-09-30', '2027-03-31', '2026-09-30'], gives: 'At risk' },
  answer: (call) =>
    call.eachCell(([baseline, target, actual, start, end, asOf, onTrackAt, atRiskAt]) =>
      status({ baseline, target, actual, start, end, asOf, onTrackAt, atRiskAt }),
    ),
});
