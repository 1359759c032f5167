import { status } from '../../../core/measures/status';
import { DATE, DATE_OR_TODAY, NUMBER, OPTIONAL_NUMBER } from './cell-types';
import { defineFormula, type FormulaDocs } from './define';

/** A blank as_of is today; blank thresholds are the measure's defaults (0.9 and 0.75). */
export const statusFormula = defineFormula({
  name: 'IMPACT_STATUS',
  params: [
    { name: 'baseline', label: 'Baseline', type: NUMBER },
    { name: 'target', label: 'Target', type: NUMBER },
    { name: 'actual', label: 'Actual', type: NUMBER },
    { name: 'start_date', label: 'Start date', type: DATE },
    { name: 'end_date', label: 'End date', type: DATE },
    {
      name: 'as_of',
      label: 'As-of date',
      type: DATE_OR_TODAY,
      optional: true,
    },
    {
      name: 'on_track_at',
      label: 'On-track threshold',
      type: OPTIONAL_NUMBER,
      optional: true,
    },
    {
      name: 'at_risk_at',
      label: 'At-risk threshold',
      type: OPTIONAL_NUMBER,
      optional: true,
    },
  ],
  blankWhile: 'actual',
  answer: (call) =>
    call.eachCell(([baseline, target, actual, start, end, asOf, onTrackAt, atRiskAt]) =>
      status({ baseline, target, actual, start, end, asOf, onTrackAt, atRiskAt }),
    ),
});

export const statusDocs: FormulaDocs<typeof statusFormula> = {
  description:
    'Met, Missed, On track, At risk or Off track: progress compared with a steady path from baseline (on start_date) to target (on end_date). One answer for each cell; blank where actual is blank.',
  params: {
    baseline: 'The baseline value, or a range of them.',
    target: 'The target value, or a range of them.',
    actual: 'The latest value, or a range of them.',
    start_date: 'The date of the baseline.',
    end_date: 'The date the target is due.',
    as_of: "the date to judge on (use the figure's period end). Today if left out.",
    on_track_at: 'progress at or above this share of the expected progress is On track. 0.9 if left out.',
    at_risk_at: 'progress at or above this share (below on track) is At risk. 0.75 if left out.',
  },
  returns: { type: 'string|Array<Array<string>>', help: 'The status.' },
  example: { args: [0.55, 0.7, 0.643, '2024-09-30', '2027-03-31', '2026-09-30'], gives: 'At risk' },
};
