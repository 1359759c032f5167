import { type PaymentRow, payments } from '../../../core/measures/payments';
import { numberArg, optionalNumberArg, renumbered } from './args';
import { dataRows, single } from './broadcast';

/**
 * IMPACT_PAYMENT: Σ min(achieved, cap) × price over the rows, then at most total_cap. A row pays once it has an
 * achieved count; a blank cap is no cap. A row that cannot be read is named in the formula's error: a total
 * without it would be a wrong total. No achieved counts at all gives a blank.
 */
export function impactPayment(
  achieved: unknown,
  price: unknown,
  cap: unknown,
  totalCap: unknown,
): number | string {
  const limit = optionalNumberArg(single('IMPACT_PAYMENT', 'total_cap', totalCap), 'Total cap');
  const rows = dataRows(
    'IMPACT_PAYMENT',
    [
      { name: 'achieved', value: achieved },
      { name: 'price', value: price },
      { name: 'cap', value: cap },
    ],
    0,
  );
  if (rows.length === 0) return '';
  const metrics = rows.map(({ position, cells: [a, p, c] }): PaymentRow => {
    const at = `Row ${position}: `;
    const row: PaymentRow = { achieved: numberArg(a, `${at}Achieved`), price: numberArg(p, `${at}Price`) };
    const rowCap = optionalNumberArg(c, `${at}Cap`);
    return rowCap === undefined ? row : { ...row, cap: rowCap };
  });
  try {
    return payments(metrics, limit).total;
  } catch (error) {
    return renumbered(
      error,
      /Row/,
      rows.map((r) => r.position),
    );
  }
}
