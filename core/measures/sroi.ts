import { compensatedSum } from './compensated-sum';
import {
  inRow,
  MeasureError,
  quoteNumber,
  requireAmount,
  requireCount,
  requireFiniteResult,
  requireNumber,
  requireShare,
  requireWholeNumber,
} from './errors';

export interface SroiRow {
  /** How many people (or things) the outcome happened for. */
  quantity: number;
  /** Value of the outcome for one of them for one year, in money (a financial proxy). May be negative. */
  proxy: number;
  /** Share that would have happened anyway (0 to 1). */
  deadweight: number;
  /** Share of the outcome owed to others (0 to 1). */
  attribution: number;
  /** Share that only moved the outcome from elsewhere (0 to 1). */
  displacement: number;
  /** Share of the outcome lost each year after the first (0 to 1). */
  dropOff: number;
  /** Years the outcome lasts, counting the first. */
  duration: number;
}

export interface SroiInput {
  rows: readonly SroiRow[];
  investment: number;
  /** Yearly discount rate; 3.5% is the HM Treasury Green Book rate the SROI guide uses. */
  discountRate?: number;
}

export interface SroiRowResult {
  yearOne: number;
  presentValue: number;
}

export interface SroiResult {
  presentValue: number;
  /** Present value ÷ investment: "£4.35 of social value for every £1 invested". */
  ratio: number;
  /** Present value − investment. */
  netPresentValue: number;
  rows: SroiRowResult[];
}

export const MAX_DURATION_YEARS = 100;

/** A row's figures, checked; its errors name the row. */
function checkedRow(row: SroiRow, index: number): SroiRow {
  return inRow(index + 1, () => ({
    quantity: requireCount(row.quantity, 'Quantity'),
    proxy: requireNumber(row.proxy, 'Financial proxy'),
    deadweight: requireShare(row.deadweight, 'Deadweight'),
    attribution: requireShare(row.attribution, 'Attribution'),
    displacement: requireShare(row.displacement, 'Displacement'),
    dropOff: requireShare(row.dropOff, 'Drop-off'),
    // Years are counted one by one; a century is beyond any outcome an SROI claims, and keeps a cell fast.
    duration: requireWholeNumber(row.duration, 'Duration (years)', 1, MAX_DURATION_YEARS),
  }));
}

function rowValue(row: SroiRow, index: number, discountRate: number): SroiRowResult {
  const { quantity, proxy, deadweight, attribution, displacement, dropOff, duration } = checkedRow(
    row,
    index,
  );
  const yearOne = quantity * proxy * (1 - deadweight) * (1 - displacement) * (1 - attribution);
  const discounted: number[] = [];
  let value = yearOne;
  let factor = 1;
  for (let year = 1; year <= duration; year++) {
    factor *= 1 + discountRate;
    discounted.push(value / factor);
    value *= 1 - dropOff;
  }
  return {
    yearOne: requireFiniteResult(yearOne, `the value of row ${index + 1}`),
    presentValue: requireFiniteResult(compensatedSum(discounted), `the value of row ${index + 1}`),
  };
}

/**
 * Social return on investment, by the method of "A guide to Social Return on Investment" (Cabinet Office and
 * the SROI Network, 2009, updated 2012), stages 4 and 5. Per row, the year-one value is quantity × proxy less
 * deadweight, displacement and attribution; each later year keeps (1 − drop-off) of the year before; year t is
 * discounted by (1 + r)^t, so year one is discounted too, as in the guide's worked tables.
 */
export function sroi({ rows, investment, discountRate = 0.035 }: SroiInput): SroiResult {
  if (!Array.isArray(rows)) throw new MeasureError('SROI needs a list of outcome rows.');
  const invested = requireAmount(investment, 'Investment');
  if (invested === 0) throw new MeasureError('Investment is 0: a return on nothing cannot be worked out.');
  const r = requireNumber(discountRate, 'Discount rate');
  if (r < 0 || r >= 1) {
    const hint = r >= 1 && r <= 100 ? ` To mean ${quoteNumber(r)}%, enter ${quoteNumber(r / 100)}.` : '';
    throw new MeasureError(
      `Discount rate is ${quoteNumber(r)}: it must be from 0 to below 1 (3.5% is 0.035).${hint}`,
    );
  }
  const results = rows.map((row, i) => rowValue(row, i, r));
  const presentValue = requireFiniteResult(
    compensatedSum(results.map((row) => row.presentValue)),
    'the present value',
  );
  return {
    presentValue,
    ratio: requireFiniteResult(presentValue / invested, 'the SROI ratio'),
    netPresentValue: requireFiniteResult(presentValue - invested, 'the net present value'),
    rows: results,
  };
}
