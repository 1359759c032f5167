import { differenceOfRates } from '../../../core/measures/difference-of-rates';
import { NUMBER, OPTIONAL_NUMBER } from './cell-types';
import { defineFormula, type FormulaDocs } from './define';

export const compareFormula = defineFormula({
  name: 'IMPACT_COMPARE',
  params: [
    {
      name: 'achieved1',
      label: 'Achieved 1',
      type: NUMBER,
    },
    {
      name: 'total1',
      label: 'Total 1',
      type: NUMBER,
    },
    {
      name: 'achieved2',
      label: 'Achieved 2',
      type: NUMBER,
    },
    {
      name: 'total2',
      label: 'Total 2',
      type: NUMBER,
    },
    {
      name: 'confidence',
      label: 'Confidence',
      type: OPTIONAL_NUMBER,
      optional: true,
    },
  ],
  blankWhile: 'achieved1',
  answer: (call) =>
    call.eachRow(3, ([achieved1, total1, achieved2, total2, confidence]) => {
      const d = differenceOfRates(achieved1, total1, achieved2, total2, confidence);
      return [d.difference, d.lower, d.upper];
    }),
});

export const compareDocs: FormulaDocs<typeof compareFormula> = {
  description:
    "The difference between two groups' rates with its margin of error: three cells in a row, difference (rate 1 − rate 2), lower and upper (Newcombe's interval). An interval that leaves out 0 is a difference beyond chance. A range of n rows gives n rows of three; a row whose achieved1 is blank stays blank.",
  params: {
    achieved1: 'How many in the first group achieved the outcome: a count, or a column of counts.',
    total1: 'How many are in the first group: a count, or a column of counts.',
    achieved2: 'How many in the second group achieved the outcome: a count, or a column of counts.',
    total2: 'How many are in the second group: a count, or a column of counts.',
    confidence: 'the confidence level, 95% if left out (90% and 99% are common).',
  },
  returns: { type: 'Array<Array<number|string>>', help: 'Difference, lower, upper.' },
  example: { args: [56, 70, 48, 80], gives: [[0.2, 0.0524, 0.3339]] },
};
