import { rate } from '../../../core/measures/rate';
import { NUMBER, OPTIONAL_NUMBER } from './cell-types';
import { defineFormula, type FormulaDocs } from './define';

export const rateFormula = defineFormula({
  name: 'IMPACT_RATE',
  params: [
    {
      name: 'achieved',
      label: 'Achieved',
      type: NUMBER,
    },
    {
      name: 'out_of',
      label: 'Out of',
      type: NUMBER,
    },
    {
      name: 'confidence',
      label: 'Confidence',
      type: OPTIONAL_NUMBER,
      optional: true,
    },
  ],
  blankWhile: 'achieved',
  answer: (call) =>
    call.eachRow(3, ([achieved, outOf, confidence]) => {
      const r = rate(achieved, outOf, confidence);
      return [r.rate, r.lower, r.upper];
    }),
});

export const rateDocs: FormulaDocs<typeof rateFormula> = {
  description:
    'A rate with its margin of error: three cells in a row, rate, lower and upper (the Wilson score interval). A range of n rows gives n rows of three; a row whose achieved is blank stays blank.',
  params: {
    achieved: 'How many achieved the outcome: a count, or a column of counts.',
    out_of: 'How many could have: a count, or a column of counts.',
    confidence: 'the confidence level, 95% if left out (90% and 99% are common).',
  },
  returns: { type: 'Array<Array<number|string>>', help: 'Rate, lower, upper.' },
  example: { args: [62, 109], gives: [[0.569, 0.475, 0.658]] },
};
