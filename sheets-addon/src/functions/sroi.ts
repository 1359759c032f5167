import { type SroiRow, sroi } from '../../../core/measures/sroi';
import { numberArg, optionalNumberArg, renumbered } from './args';
import { dataRows, single } from './broadcast';

/**
 * IMPACT_SROI: present value and SROI ratio, in a row, over the outcome rows. A row counts once it has a quantity;
 * a row that cannot be read is named in the formula's error. No quantities at all gives a blank row.
 */
export function impactSroi(
  quantity: unknown,
  proxy: unknown,
  deadweight: unknown,
  attribution: unknown,
  displacement: unknown,
  dropOff: unknown,
  duration: unknown,
  investment: unknown,
  discountRate: unknown,
): (number | string)[][] {
  const rows = dataRows(
    'IMPACT_SROI',
    [
      { name: 'quantity', value: quantity },
      { name: 'proxy', value: proxy },
      { name: 'deadweight', value: deadweight },
      { name: 'attribution', value: attribution },
      { name: 'displacement', value: displacement },
      { name: 'drop_off', value: dropOff },
      { name: 'duration', value: duration },
    ],
    0,
  );
  const invested = single('IMPACT_SROI', 'investment', investment);
  const rate = optionalNumberArg(single('IMPACT_SROI', 'discount_rate', discountRate), 'Discount rate');
  if (rows.length === 0) return [['', '']];
  const outcomes = rows.map(({ position, cells }): SroiRow => {
    const [q, p, dw, at, dp, drop, years] = cells.map((cell, i) =>
      numberArg(cell, `Row ${position}: ${LABELS[i]}`),
    );
    return {
      quantity: q!,
      proxy: p!,
      deadweight: dw!,
      attribution: at!,
      displacement: dp!,
      dropOff: drop!,
      duration: years!,
    };
  });
  try {
    const result = sroi({
      rows: outcomes,
      investment: numberArg(invested, 'Investment'),
      discountRate: rate,
    });
    return [[result.presentValue, result.ratio]];
  } catch (error) {
    return renumbered(
      error,
      /Row/,
      rows.map((r) => r.position),
    );
  }
}

const LABELS = [
  'Quantity',
  'Financial proxy',
  'Deadweight',
  'Attribution',
  'Displacement',
  'Drop-off',
  'Duration (years)',
];
