import { progress } from '../../../core/measures/progress';
import { numberArg } from './args';
import { type Out, perCell } from './broadcast';

/** IMPACT_PROGRESS: one share of the way from baseline to target for each cell; blank where actual is blank. */
export function impactProgress(baseline: unknown, target: unknown, actual: unknown): Out | Out[][] {
  return perCell(
    'IMPACT_PROGRESS',
    [
      { name: 'baseline', value: baseline, read: (v) => numberArg(v, 'Baseline') },
      { name: 'target', value: target, read: (v) => numberArg(v, 'Target') },
      { name: 'actual', value: actual, read: (v) => numberArg(v, 'Actual') },
    ],
    2,
    ([b, t, a]) => progress(b as number, t as number, a as number),
  );
}
