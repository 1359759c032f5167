// Reading what Sheets passes to a custom function: numbers, numbers typed as text, dates made in another realm,
// blanks as "". Every reader either returns a value or throws a MeasureError whose message a person understands;
// broadcast.ts decides whether that message fills one row's cell or the whole formula's.
import { MeasureError } from '../../../core/measures/errors';
import {
  type CalendarDays,
  type Cell,
  describeCell,
  isBlank,
  readDate,
  readNumber,
} from '../../../core/workbook/cells';
import { activeSpreadsheetDays } from '../calendar-days';

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

/** A number cell, or a number typed as text ("1,200", "£3,000", "62%"). TRUE, dates and words are refused. */
export function numberArg(value: unknown, label: string): number {
  const read = readNumber(value as Cell);
  if (read.ok) return read.value;
  throw new MeasureError(`${label} must be a number, found ${found(value)}.`);
}

/** As numberArg, with `undefined` for a blank: the measure then uses its own default. */
export function optionalNumberArg(value: unknown, label: string): number | undefined {
  return isBlankCell(value) ? undefined : numberArg(value, label);
}

/**
 * A date cell (a Date from Sheets, made in another realm, so `instanceof Date` cannot be trusted), or a date typed
 * as text (2026-03-31, 31/03/2026, 31 March 2026), as an ISO date. A plain number is refused with the reason.
 */
export function dateArg(value: unknown, label: string, days: CalendarDays): string {
  const read = readDate(value as Cell, 'dmy', days);
  if (read.ok) return read.value;
  const reason = read.reason ? ` (${read.reason})` : '';
  throw new MeasureError(`${label} must be a date, found ${found(value)}${reason}.`);
}

/** Today as the spreadsheet's clock shows it: what an as-of date left blank means. */
export function today(days: CalendarDays): string {
  return days.dayOf(new Date());
}

/** A word such as a unit or a kind, trimmed; numbers are turned into text. */
export function textArg(value: unknown): string {
  if (isBlankCell(value)) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeCell(value as Cell, activeSpreadsheetDays());
}

/** The message a cell shows for input a measure refused; anything else is a bug and is not hidden. */
export function messageOf(error: unknown): string {
  if (error instanceof MeasureError) return error.message;
  throw error;
}

/**
 * Core messages number rows or values by their place in the list the measure was given; a range with blank rows
 * left out numbers them differently. This puts the range's own numbers back: `Row 2:` of the rows given becomes
 * `Row 5:` when the fifth row of the range was the second with data.
 */
export function renumbered(error: unknown, word: RegExp, positions: readonly number[]): never {
  if (error instanceof MeasureError) {
    const message = error.message.replace(
      new RegExp(`\\b(${word.source}) (\\d+)(?: and (\\d+))?`, 'g'),
      (_, w: string, a: string, b?: string) => {
        const at = (n: string) => positions[Number(n) - 1] ?? Number(n);
        return b === undefined ? `${w} ${at(a)}` : `${w} ${at(a)} and ${at(b)}`;
      },
    );
    throw new MeasureError(message);
  }
  throw error;
}
