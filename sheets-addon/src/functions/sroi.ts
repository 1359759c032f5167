import { inRow } from '../../../core/measures/errors';
import { type SroiRow, sroi } from '../../../core/measures/sroi';
import { inRange } from './broadcast';
import { NUMBER, OPTIONAL_NUMBER } from './cell-types';
import { defineFormula, type FormulaDocs } from './define';

/** A row counts once it has a quantity; a row that cannot be read is named in the formula's error. */
export const sroiFormula = defineFormula({
  name: 'IMPACT_SROI',
  params: [
    { name: 'quantity', label: 'Quantity', type: NUMBER },
    {
      name: 'proxy',
      label: 'Financial proxy',
      type: NUMBER,
    },
    { name: 'deadweight', label: 'Deadweight', type: NUMBER },
    { name: 'attribution', label: 'Attribution', type: NUMBER },
    {
      name: 'displacement',
      label: 'Displacement',
      type: NUMBER,
    },
    {
      name: 'drop_off',
      label: 'Drop-off',
      type: NUMBER,
    },
    {
      name: 'duration',
      label: 'Duration (years)',
      type: NUMBER,
    },
    { name: 'investment', label: 'Investment', type: NUMBER, layout: 'one' },
    {
      name: 'discount_rate',
      label: 'Discount rate',
      type: OPTIONAL_NUMBER,
      layout: 'one',
      optional: true,
    },
  ],
  blankWhile: 'quantity',
  answer: (call) => {
    const { quantity, proxy, deadweight, attribution, displacement, drop_off, duration } = call.args;
    const columns = [quantity, proxy, deadweight, attribution, displacement, drop_off, duration];
    const rows = call.dataRows(columns);
    const invested = call.cell(call.args.investment);
    const discountRate = call.read(call.args.discount_rate);
    if (rows.length === 0) return [['', '']];
    const outcomes = rows.map(({ position, cells }) =>
      inRow(position, (): SroiRow => {
        const [q, p, dw, at, dp, drop, years] = cells.map((cell, i) => columns[i]!.read(cell));
        return {
          quantity: q!,
          proxy: p!,
          deadweight: dw!,
          attribution: at!,
          displacement: dp!,
          dropOff: drop!,
          duration: years!,
        };
      }),
    );
    return inRange(
      rows.map((r) => r.position),
      () => {
        const investment = call.args.investment.read(invested);
        const result = sroi({ rows: outcomes, investment, discountRate });
        return [[result.presentValue, result.ratio]];
      },
    );
  },
});

export const sroiDocs: FormulaDocs<typeof sroiFormula> = {
  description:
    'Social return on investment: two cells in a row, present value and SROI ratio, over the outcome rows (one outcome a row). Shares are between 0 and 1 (25% is 0.25).',
  params: {
    quantity: 'How many people each outcome happened for.',
    proxy: 'What the outcome is worth for one person for one year.',
    deadweight: 'Share that would have happened anyway.',
    attribution: 'Share owed to others.',
    displacement: 'Share that only moved the outcome from elsewhere.',
    drop_off: 'Share of the outcome lost each year after the first.',
    duration: 'Years the outcome lasts, from 1 to 100.',
    investment: 'The money invested.',
    discount_rate: 'the yearly discount rate, 3.5% if left out.',
  },
  returns: { type: 'Array<Array<number>>', help: 'Present value, SROI ratio.' },
  example: { args: [20, 10_000, 0.25, 0.2, 0.1, 0.2, 3, 60_000], gives: [[247_345, 4.122]] },
};
