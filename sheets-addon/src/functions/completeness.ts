import { completeness } from '../../../core/measures/completeness';
import { ANY, OPTIONAL_NUMBER } from './cell-types';
import { defineFormula, type FormulaDocs } from './define';

export const completenessFormula = defineFormula({
  name: 'IMPACT_COMPLETENESS',
  params: [
    { name: 'range', label: 'Range', type: ANY, layout: 'range' },
    {
      name: 'expected',
      label: 'Expected',
      type: OPTIONAL_NUMBER,
      layout: 'one',
      optional: true,
    },
  ],
  // Blanks are what it counts.
  blankWhile: null,
  answer: (call) => {
    const { range, expected } = call.args;
    const cells = Array.isArray(range.value) ? range.value : [range.value];
    return completeness(cells, call.read(expected));
  },
});

export const completenessDocs: FormulaDocs<typeof completenessFormula> = {
  description:
    'How much of the data is there: the share of expected cells that are filled. Blank cells and cells of only spaces are empty; 0 is a figure.',
  params: {
    range: 'The cells that should hold data.',
    expected: 'how many cells should be filled, when the range holds only those that arrived.',
  },
  returns: { type: 'number', help: 'The share filled (0.75 is 75%).' },
  example: { args: [[[31], [33], [30], [35], [36], [38], [''], ['']]], gives: 0.75 },
};
