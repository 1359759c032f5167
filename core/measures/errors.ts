import { validDayNumber } from '../util/calendar';

/**
 * The one error every measure throws for input it cannot turn into an honest number. Its message is shown to the
 * user as it is (in a Sheets cell, the side panel, a finding), so it says what is wrong in their words and, where
 * it can, what to do about it. No NaN or Infinity ever leaves a measure: it throws this instead.
 */
export class MeasureError extends Error {
  override readonly name = 'MeasureError';
}

/** A number as a message quotes it: short, and without binary noise such as 0.30000000000000004. */
export function quoteNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** Anything a user could have typed, quoted back so that they can find it. */
export function quote(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'something that is not a number (NaN)';
    if (!Number.isFinite(value)) return 'an infinite number';
    return quoteNumber(value);
  }
  if (typeof value === 'string') return value.trim() === '' ? 'a blank' : JSON.stringify(value);
  if (value === undefined || value === null) return 'a blank';
  if (value instanceof Date) return 'a date';
  return typeof value === 'boolean' ? String(value).toUpperCase() : typeof value;
}

/**
 * A MeasureError about particular rows of the list a measure was given (the third payment row, two values for one
 * date). It keeps their places, counted from 1, and how to word itself for any places, so that a caller that gave
 * the measure only some of its rows (a range without its blank rows) can name them by its own numbers.
 */
export class RowError extends MeasureError {
  declare readonly rows: readonly number[];
  declare private readonly wording: (rows: readonly number[]) => string;

  constructor(rows: readonly number[], wording: (rows: readonly number[]) => string) {
    super(wording(rows));
    // Not enumerable: like any MeasureError, the error compares and prints as its message.
    Object.defineProperties(this, { rows: { value: rows }, wording: { value: wording } });
  }

  /** The same error naming each row as the caller numbers it: `rowOf(2)` is the caller's number for row 2. */
  renumbered(rowOf: (row: number) => number): RowError {
    return new RowError(this.rows.map(rowOf), this.wording);
  }
}

/** Runs the checks of one row of a table, so that what they throw names the row: `Row 3: Price is -10: ...`. */
export function inRow<T>(row: number, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof MeasureError) || error instanceof RowError) throw error;
    const message = error.message;
    throw new RowError([row], ([r]) => `Row ${r}: ${message}`);
  }
}

/**
 * Runs a check of one item of a list under the label that names it by its place (`Value 3`), so that what it
 * throws carries the place. Every check's message starts with its label, which is how the place is reworded.
 */
export function atItem<T>(word: string, place: number, check: (label: string) => T): T {
  const label = `${word} ${place}`;
  try {
    return check(label);
  } catch (error) {
    if (!(error instanceof MeasureError) || error instanceof RowError || !error.message.startsWith(label)) {
      throw error;
    }
    const rest = error.message.slice(label.length);
    throw new RowError([place], ([p]) => `${word} ${p}${rest}`);
  }
}

/** The words for a value that is not a number, `found` quoted as the caller shows it: a cell, a typed value. */
export function notANumber(label: string, found: string): MeasureError {
  return new MeasureError(`${label} must be a number, found ${found}.`);
}

export function requireNumber(value: unknown, label: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw notANumber(label, quote(value));
  return value;
}

export function requireCount(value: unknown, label: string): number {
  const count = requireNumber(value, label);
  if (count < 0) throw new MeasureError(`${label} is ${quoteNumber(count)}: a count cannot be below zero.`);
  return count;
}

/** A price, a cap on a total or an investment: money, which cannot be below zero either. */
export function requireAmount(value: unknown, label: string): number {
  const amount = requireNumber(value, label);
  if (amount < 0) {
    throw new MeasureError(`${label} is ${quoteNumber(amount)}: an amount of money cannot be below zero.`);
  }
  return amount;
}

export function requireWholeNumber(
  value: unknown,
  label: string,
  atLeast: number,
  atMost = Number.MAX_SAFE_INTEGER,
): number {
  const n = requireNumber(value, label);
  if (!Number.isInteger(n) || n < atLeast || n > atMost) {
    const range =
      atMost === Number.MAX_SAFE_INTEGER ? `of at least ${atLeast}` : `from ${atLeast} to ${atMost}`;
    throw new MeasureError(`${label} must be a whole number ${range}, found ${quoteNumber(n)}.`);
  }
  return n;
}

/**
 * A share such as deadweight or a confidence level. People often type 25 for 25%: the message says how to enter
 * it rather than only that it is wrong.
 */
export function requireShare(
  value: unknown,
  label: string,
  { allowZero = true, allowOne = true }: { allowZero?: boolean; allowOne?: boolean } = {},
): number {
  const share = requireNumber(value, label);
  const tooLow = allowZero ? share < 0 : share <= 0;
  const tooHigh = allowOne ? share > 1 : share >= 1;
  if (!tooLow && !tooHigh) return share;
  const range = `${allowZero ? 'from' : 'above'} 0 ${allowOne ? 'to' : 'and below'} 1 (0% to 100%)`;
  const hint =
    share > 1 && share <= 100 ? `: to mean ${quoteNumber(share)}%, enter ${quoteNumber(share / 100)}` : '';
  throw new MeasureError(`${label} is ${quoteNumber(share)}, but it is a share ${range}${hint}.`);
}

/** The day number (days since 1970-01-01) of an ISO `YYYY-MM-DD` date, or a MeasureError saying what was found. */
export function dayOf(value: unknown, label: string): number {
  const day = typeof value === 'string' ? validDayNumber(value) : undefined;
  if (day === undefined) {
    throw new MeasureError(`${label} must be a date written YYYY-MM-DD, found ${quote(value)}.`);
  }
  return day;
}

export function requireDate(value: unknown, label: string): string {
  dayOf(value, label);
  return value as string;
}

/** The last guard before a result leaves a measure: finite inputs can still overflow (1e308 − −1e308). */
export function requireFiniteResult(value: number, what: string): number {
  if (!Number.isFinite(value)) {
    throw new MeasureError(
      `The numbers are too large to work out ${what}: check for a figure typed with extra digits.`,
    );
  }
  // -0 prints as "0" in Sheets but fails Object.is checks downstream and shows as "-0" in some formatters.
  return value + 0;
}

export function requireList<T>(value: readonly T[] | unknown, label: string): readonly T[] {
  if (!Array.isArray(value)) {
    throw new MeasureError(`${label} must be a list of cells, found ${quote(value)}.`);
  }
  return value as readonly T[];
}
