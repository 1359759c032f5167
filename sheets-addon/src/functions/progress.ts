import { progress } from '../../../core/measures/progress';
import { NUMBER } from './cell-types';
import { defineFormula, type FormulaDocs } from './define';

export const progressFormula = defineFormula({
  name: 'IMPACT_PROGRESS',
  params: [
    { name: 'baseline', label: 'Baseline', type: NUMBER },
    { name: 'target', label: 'Target', type: NUMBER },
    { name: 'actual', label: 'Actual', type: NUMBER },
  ],
  blankWhile: 'actual',
  answer: (call) => call.eachCell(([baseline, target, actual]) => progress(baseline, target, actual)),
});

export const progressDocs: FormulaDocs<typeof progressFormula> = {
  description:
    'Share of the way from baseline to target: (actual - baseline) / (target - baseline). 0 at the baseline, 1 at the target; works for targets that go down. Give single cells or ranges: one answer for each cell, blank where actual is blank, and a message in the cell where it cannot be worked out.',
  params: {
    baseline: 'The baseline value, or a range of them.',
    target: 'The target value, or a range of them.',
    actual: 'The latest value, or a range of them.',
  },
  returns: {
    type: 'number|Array<Array<number|string>>',
    help: 'Progress as a share (0.75 is 75% of the way).',
  },
  example: { args: [28, 40, 37], gives: 0.75 },
};
