// The types of a formula's arguments: what a cell Sheets passes (a number, a number typed as text, a date made in
// another realm, a date typed as text, a blank as "") becomes for the measure. A cell that cannot be read is
// refused here, where cells arrive, with a message quoting it as the sheet shows it; what the measure then checks
// (a count is not negative, a target differs from its baseline) is core's, and not repeated here.
import { MeasureError, notANumber } from '../../../core/measures/errors';
import {
  type CalendarDays,
  type Cell,
  describeCell,
  isBlank,
  readDate,
  readNumber,
} from '../../../core/workbook/cells';
import { activeSpreadsheetDays } from '../calendar-days';

/** What the cells of one formula call share: the spreadsheet's calendar, and today, looked up at most once. */
export interface CallContext {
  days: CalendarDays;
  today(): string;
}

/** A type of argument: how one cell is read, and what Sheets' help calls it. */
export interface CellType<T> {
  /** The JSDoc type of one cell: number, Date, string, any. */
  doc: string;
  /** The cell as the measure takes it, or a MeasureError that names the argument by `label`. */
  read(cell: unknown, label: string, context: CallContext): T;
}

/** A blank cell: "" (how Sheets passes an empty cell), only spaces, or an argument left out. */
export function isBlankCell(value: unknown): boolean {
  return isBlank(value as Cell);
}

/** How a message quotes what it found in a cell: "tbc" in quotes, dates as 31 March 2026, TRUE, a blank. */
export function found(value: unknown): string {
  if (isBlankCell(value)) return 'a blank';
  if (Array.isArray(value)) return 'a range';
  if (typeof value === 'object' && Object.prototype.toString.call(value) !== '[object Date]')
    return 'an object';
  // A date is quoted as the day the spreadsheet shows (its own time zone), not the script's.
  return describeCell(value as Cell, activeSpreadsheetDays());
}

/** A word such as a unit or a kind, trimmed; numbers are turned into text. */
export function cellText(value: unknown): string {
  if (isBlankCell(value)) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeCell(value as Cell, activeSpreadsheetDays());
}

/** Today as the spreadsheet's clock shows it: what an as-of date left blank means. */
export function today(days: CalendarDays): string {
  return days.dayOf(new Date());
}

/** A number cell, or a number typed as text ("1,200", "£3,000", "62%"). TRUE, dates and words are refused. */
export const NUMBER: CellType<number> = {
  doc: 'number',
  read(cell, label) {
    const read = readNumber(cell as Cell);
    if (read.ok) return read.value;
    throw notANumber(label, found(cell));
  },
};

/** As NUMBER, with `undefined` for a blank: the measure then uses its own default. */
export const OPTIONAL_NUMBER: CellType<number | undefined> = {
  doc: 'number',
  read: (cell, label, context) => (isBlankCell(cell) ? undefined : NUMBER.read(cell, label, context)),
};

/**
 * A date cell (a Date from Sheets, made in another realm, so `instanceof Date` cannot be trusted), or a date typed
 * as text (2026-03-31, 31/03/2026, 31 March 2026), as an ISO date. A plain number is refused with the reason.
 */
export const DATE: CellType<string> = {
  doc: 'Date',
  read(cell, label, { days }) {
    const read = readDate(cell as Cell, 'dmy', days);
    if (read.ok) return read.value;
    const reason = read.reason ? ` (${read.reason})` : '';
    throw new MeasureError(`${label} must be a date, found ${found(cell)}${reason}.`);
  },
};

/** As DATE, with today for a blank. */
export const DATE_OR_TODAY: CellType<string> = {
  doc: 'Date',
  read: (cell, label, context) => (isBlankCell(cell) ? context.today() : DATE.read(cell, label, context)),
};

/** Text, trimmed; never refused. */
export const TEXT: CellType<string> = { doc: 'string', read: cellText };

/** As TEXT, with `undefined` for a blank. */
export const OPTIONAL_TEXT: CellType<string | undefined> = {
  doc: 'string',
  read: (cell) => (isBlankCell(cell) ? undefined : cellText(cell)),
};

/** The cell as Sheets passed it, for a measure that reads any cell (counts blanks, say). */
export const ANY: CellType<unknown> = { doc: 'any', read: (cell) => cell };
