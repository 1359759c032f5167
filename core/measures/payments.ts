import { inRow, MeasureError, RowError, requireAmount, requireCount, requireFiniteResult } from './errors';

export interface PaymentRow {
  achieved: number;
  price: number;
  /** Most outcomes this row pays for. */
  cap?: number;
}

export interface PaymentResult {
  /** What the contract pays: the rows' sum, at most the total cap. */
  total: number;
  /** The rows' sum before the total cap. */
  beforeTotalCap: number;
  /** Each row's min(achieved, cap) × price, before the total cap (see `payments`). */
  rows: number[];
}

function rowAmount(row: PaymentRow, index: number): number {
  const place = index + 1;
  if (row === null || typeof row !== 'object') {
    throw new RowError([place], ([r]) => `Row ${r} is not an outcome metric.`);
  }
  const { achieved, price, cap } = inRow(place, () => ({
    achieved: requireCount(row.achieved, 'Achieved'),
    price: requireAmount(row.price, 'Price'),
    cap: row.cap === undefined ? Number.POSITIVE_INFINITY : requireCount(row.cap, 'Cap'),
  }));
  return requireFiniteResult(Math.min(achieved, cap) * price, `the payment for row ${place}`);
}

/**
 * Outcome payments: each row pays min(achieved, cap) × price; the contract pays their sum, at most the total cap.
 *
 * Rows are reported before the total cap. Contracts differ on how a capped total is shared between metrics
 * (pro rata, in order of claim, by negotiation), so no row is cut on a guess; `beforeTotalCap − total` is what
 * the cap withholds. Sums are plain left-to-right additions: with non-negative amounts that is monotone, so
 * a higher achieved count can never, through rounding, pay less.
 */
export function payments(metrics: readonly PaymentRow[], totalCap?: number): PaymentResult {
  if (!Array.isArray(metrics)) throw new MeasureError('Payments need a list of outcome metrics.');
  const rows = metrics.map(rowAmount);
  let beforeTotalCap = 0;
  for (const amount of rows) beforeTotalCap += amount;
  requireFiniteResult(beforeTotalCap, 'the total payment');
  const cap = totalCap === undefined ? Number.POSITIVE_INFINITY : requireAmount(totalCap, 'Total cap');
  return { total: Math.min(beforeTotalCap, cap), beforeTotalCap, rows };
}
