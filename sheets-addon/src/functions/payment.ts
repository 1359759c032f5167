import { inRow } from '../../../core/measures/errors';
import { type PaymentRow, payments } from '../../../core/measures/payments';
import { inRange } from './broadcast';
import { NUMBER, OPTIONAL_NUMBER } from './cell-types';
import { defineFormula, type FormulaDocs } from './define';

/**
 * A row pays once it has an achieved count; a blank cap is no cap. A row that cannot be read is named in the
 * formula's error: a total without it would be a wrong total. No achieved counts at all gives a blank.
 */
export const paymentFormula = defineFormula({
  name: 'IMPACT_PAYMENT',
  params: [
    {
      name: 'achieved',
      label: 'Achieved',
      type: NUMBER,
    },
    { name: 'price', label: 'Price', type: NUMBER },
    {
      name: 'cap',
      label: 'Cap',
      type: OPTIONAL_NUMBER,
      optional: true,
    },
    {
      name: 'total_cap',
      label: 'Total cap',
      type: OPTIONAL_NUMBER,
      layout: 'one',
      optional: true,
    },
  ],
  blankWhile: 'achieved',
  answer: (call) => {
    const { achieved, price, cap, total_cap } = call.args;
    const limit = call.read(total_cap);
    const rows = call.dataRows([achieved, price, cap]);
    if (rows.length === 0) return '';
    const metrics = rows.map(({ position, cells: [a, p, c] }) =>
      inRow(position, (): PaymentRow => {
        const row = { achieved: achieved.read(a), price: price.read(p) };
        const rowCap = cap.read(c);
        return rowCap === undefined ? row : { ...row, cap: rowCap };
      }),
    );
    return inRange(
      rows.map((r) => r.position),
      () => payments(metrics, limit).total,
    );
  },
});

export const paymentDocs: FormulaDocs<typeof paymentFormula> = {
  description:
    'Outcome payments: the sum over the rows of min(achieved, cap) x price, then at most total_cap. Each row is one outcome metric; a row without an achieved count pays nothing.',
  params: {
    achieved: 'Outcomes achieved: a count, or a column of counts.',
    price: 'The price paid for each outcome.',
    cap: 'the most outcomes each row pays for. No cap if left blank.',
    total_cap: 'the most the contract pays in all.',
  },
  returns: { type: 'number', help: 'What the contract pays.' },
  example: {
    args: [[[193], [104], [55]], [[120], [800], [1400]], [[240], [140], [70]], 250_000],
    gives: 183_360,
  },
};
