import { isBlank } from '../workbook/cells';
import { MeasureError, quoteNumber, RowError, requireWholeNumber } from './errors';

type CellRange = readonly unknown[] | readonly (readonly unknown[])[];

function* cellsOf(range: CellRange): Generator<unknown> {
  for (const item of range) {
    if (Array.isArray(item)) yield* item;
    else yield item;
  }
}

function isFilled(cell: unknown, position: number): boolean {
  if (typeof cell === 'number' && !Number.isFinite(cell)) {
    const what = Number.isNaN(cell) ? 'NaN' : 'an infinite number';
    throw new RowError([position], ([p]) => `Cell ${p} holds ${what}, not a figure.`);
  }
  // A cell holding only spaces looks blank to the person reading the sheet, and it holds no data.
  return !isBlank(cell as never);
}

/**
 * The share of expected cells that are filled. `expected` defaults to the number of cells given; pass it when
 * the range holds only the rows that arrived and you know how many should have (12 months of a year).
 */
export function completeness(cells: CellRange, expected?: number): number {
  if (!Array.isArray(cells)) throw new MeasureError('Completeness needs a range of cells.');
  let given = 0;
  let filled = 0;
  for (const cell of cellsOf(cells)) {
    given++;
    if (isFilled(cell, given)) filled++;
  }
  const outOf = expected === undefined ? given : requireWholeNumber(expected, 'Expected', 1);
  if (outOf === 0) {
    throw new MeasureError('There are no cells to count: give a range, or the number expected.');
  }
  if (filled > outOf) {
    throw new MeasureError(
      `${filled} cells are filled but only ${quoteNumber(outOf)} were expected: check the expected number, or whether some rows are counted twice.`,
    );
  }
  return filled / outOf;
}
