import { rate } from '../../../core/measures/rate';
import { numberArg, optionalNumberArg } from './args';
import { type Out, perRow } from './broadcast';

/** IMPACT_RATE: rate, lower, upper in a row for each row; a row whose achieved is blank stays blank. */
export function impactRate(achieved: unknown, outOf: unknown, confidence: unknown): Out[][] {
  return perRow(
    'IMPACT_RATE',
    [
      { name: 'achieved', value: achieved, read: (v) => numberArg(v, 'Achieved') },
      { name: 'out_of', value: outOf, read: (v) => numberArg(v, 'Out of') },
      { name: 'confidence', value: confidence, read: (v) => optionalNumberArg(v, 'Confidence') },
    ],
    0,
    3,
    ([x, n, level]) => {
      const r = rate(x as number, n as number, level as number | undefined);
      return [r.rate, r.lower, r.upper];
    },
  );
}
