import {
  formatLongDate,
  isoFromLocalDate,
  isoFromParts,
  isValidDate,
  localDateFromIso,
  monthIndexFromName,
  monthName,
} from '../util/calendar';

/** A cell as Sheets' `getValues` hands it over: blanks are "", dates are `Date`s. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Which way round a written date like 03/04/2026 is read. UK (day first) unless the user says otherwise. */
export type DateOrder = 'dmy' | 'mdy';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Which calendar day a Date cell is, and the Date cell for a day. Sheets hands a date over as the instant its day
 * starts in the spreadsheet's time zone, and reads an instant back in that zone; the runtime's own clock
 * (LOCAL_DAYS) agrees only when the script's time zone is the spreadsheet's. The add-on passes the spreadsheet's.
 */
export interface CalendarDays {
  dayOf(date: Date): string;
  dateOf(iso: string): Date;
}

export const LOCAL_DAYS: CalendarDays = { dayOf: isoFromLocalDate, dateOf: localDateFromIso };

/**
 * `days` with each instant's day worked out once. Sheets repeat dates (a Data tab has a row per indicator and
 * period), and the same day given back as the same string is hashed once where it becomes a key: reading 10,000 Data
 * rows without it took a sixth longer. The last instant is asked first, as rows of one period are usually together.
 */
export function rememberingDays(days: CalendarDays): CalendarDays {
  const known = new Map<number, string>();
  let lastTime = Number.NaN;
  let lastDay = '';
  return {
    dayOf(date) {
      const time = date.getTime();
      if (time === lastTime) return lastDay;
      let day = known.get(time);
      if (day === undefined) {
        day = days.dayOf(date);
        known.set(time, day);
      }
      lastTime = time;
      lastDay = day;
      return day;
    },
    dateOf: (iso) => days.dateOf(iso),
  };
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(reason: string): Read<T> => ({ ok: false, reason });

export function isBlank(cell: Cell): boolean {
  return (
    cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
  );
}

/** How a cell's content is quoted back to the user in a message. */
export function describeCell(cell: Cell, days: CalendarDays = LOCAL_DAYS): string {
  if (cell instanceof Date || isDateLike(cell)) {
    const date = cell as Date;
    const year = date.getFullYear();
    if (Number.isNaN(date.getTime())) return 'an invalid date';
    return year < 1 || year > 9999 ? `a date in the year ${year}` : formatLongDate(days.dayOf(date));
  }
  if (typeof cell === 'string') return JSON.stringify(cell.length > 60 ? `${cell.slice(0, 57)}...` : cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/**
 * `instanceof Date` is false for a Date made in another realm (an Apps Script or node:vm context), so that case is
 * asked of the object's tag. Asked first, of every Date, the tag took a tenth more CPU time reading 10,000 Data rows.
 */
function isDateLike(cell: Cell): cell is Date {
  if (cell instanceof Date) return true;
  return (
    typeof cell === 'object' && cell !== null && Object.prototype.toString.call(cell) === '[object Date]'
  );
}

/** What readText reads from a string cell with text in it; undefined for any other cell. */
export function plainText(cell: Cell): string | undefined {
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  return text === '' ? undefined : text;
}

export function readText(cell: Cell, days: CalendarDays = LOCAL_DAYS): string {
  if (isBlank(cell)) return '';
  if (isDateLike(cell)) {
    const read = readDate(cell, 'dmy', days);
    return read.ok ? read.value : '';
  }
  return String(cell).trim();
}

const NUMBER_TEXT = /^([-+]?)\s*[£$€]?\s*([-+]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(%?)$/;

/** A number cell, or a number typed as text: "1,200", "£3,000", "62%" (as 0.62, the way Sheets stores it). */
export function readNumber(cell: Cell): Read<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('it is not a finite number');
  if (typeof cell !== 'string') return fail('');
  const m = NUMBER_TEXT.exec(cell.trim());
  // One sign, before or after a currency sign: "--5" and "-£-5" are typing slips, not -5.
  if (!m || (m[1] && m[2])) return fail('');
  const negative = m[1] === '-' || m[2] === '-';
  let value = Number(m[3]!.replace(/,/g, ''));
  // Four hundred digits are a number to the pattern, and Infinity to Number.
  if (!Number.isFinite(value)) return fail('it is too large to use');
  if (m[4] === '%') value /= 100;
  return ok(negative ? -value : value);
}

const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;
const WORDED_DATE = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/;
const WORDED_DATE_US = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

function checked(year: number, month: number, day: number): Read<string> {
  if (month < 1 || month > 12) return fail(`${month} is not a month`);
  if (!isValidDate(year, month, day)) return fail(`${monthName(month)} ${year} has no day ${day}`);
  return ok(isoFromParts(year, month, day));
}

/**
 * A calendar date from a `Date`, an ISO string, a written date ("31 March 2026") or a numeric one in the given
 * order. Never guesses: two-digit years, impossible days and months are refused with the reason.
 */
export function readDate(
  cell: Cell,
  order: DateOrder = 'dmy',
  days: CalendarDays = LOCAL_DAYS,
): Read<string> {
  if (isDateLike(cell)) {
    if (Number.isNaN(cell.getTime())) return fail('it is an invalid date');
    const year = cell.getFullYear();
    return year < 1 || year > 9999 ? fail(`the year ${year} is out of range`) : ok(days.dayOf(cell));
  }
  if (typeof cell === 'number') {
    return fail('a plain number is not a date; format the column as a date');
  }
  if (typeof cell !== 'string') return fail('');
  const text = cell.trim();
  let m = ISO_DATE.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC_DATE.exec(text);
  if (m) {
    const [a, b, c] = [m[1]!, m[2]!, m[3]!];
    if (a.length === 4) return checked(Number(a), Number(b), Number(c));
    if (c.length !== 4) return fail('write the year in full, e.g. 31/03/2026');
    const [day, month] = order === 'dmy' ? [Number(a), Number(b)] : [Number(b), Number(a)];
    const result = checked(Number(c), month, day);
    if (!result.ok && order === 'dmy' && Number(b) > 12 && Number(a) <= 12) {
      return fail(`dates are read day/month/year, and ${b} is not a month; did you mean ${b}/${a}/${c}?`);
    }
    return result;
  }
  m = WORDED_DATE.exec(text);
  if (m) {
    const month = monthIndexFromName(m[2]!);
    if (month) return checked(Number(m[3]), month, Number(m[1]));
  }
  m = WORDED_DATE_US.exec(text);
  if (m) {
    const month = monthIndexFromName(m[1]!);
    if (month) return checked(Number(m[3]), month, Number(m[2]));
  }
  return fail('');
}

/**
 * The first and last instants that are in the years 1 to 9999 whatever the time zone, whose offsets are all under a
 * day: a Date between them is a day readDate takes without asking for its year.
 */
const FIRST_SAFE_TIME = new Date(0).setUTCFullYear(1, 0, 2);
const LAST_SAFE_TIME = new Date(0).setUTCFullYear(9999, 11, 30);

/** The day readDate reads from a Date cell of this realm in the years 1 to 9999; undefined for any other cell. */
export function plainDate(cell: Cell, days: CalendarDays): string | undefined {
  if (!(cell instanceof Date)) return undefined;
  const time = cell.getTime();
  return time >= FIRST_SAFE_TIME && time <= LAST_SAFE_TIME ? days.dayOf(cell) : undefined;
}

/** One of a fixed list of words, whatever the case and spacing. */
export function readChoice<T extends string>(cell: Cell, choices: readonly T[]): Read<T> {
  const text = readText(cell).toLowerCase().replace(/\s+/g, ' ');
  const found = choices.find((c) => c.toLowerCase() === text);
  return found ? ok(found) : fail(`choose one of ${choices.join(', ')}`);
}

/** "O1, O2; O3" → ["O1", "O2", "O3"]. */
export function readIdList(cell: Cell): string[] {
  return readText(cell)
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
