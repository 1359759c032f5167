/**
 * Calendar dates as ISO `YYYY-MM-DD` strings and as day numbers (days since 1970-01-01, UTC). Dates here never
 * carry a time or a zone: a period end is a day, wherever the user is.
 */

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether year, month and day make a real date from 0001-01-01 to 9999-12-31. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  return isRealDay(year, month, day);
}

/** isValidDate for whole numbers (as parsed from digits). */
function isRealDay(year: number, month: number, day: number): boolean {
  const length = month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
  return year >= 1 && year <= 9999 && length !== undefined && day >= 1 && day <= length;
}

/**
 * Days since 1970-01-01 of a valid date, by Hinnant's days-from-civil arithmetic: no Date object, because a
 * status over a 10,000-row range reads 30,000 dates. Every quotient here is of non-negative numbers for years from
 * 1 on, so truncation (`| 0`) is the floor, without a lookup of the global Math on each call (slow in node:vm, and
 * needless anywhere).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = (y / 400) | 0;
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * ((month + 9) % 12) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

export function isoFromParts(year: number, month: number, day: number): string {
  const yyyy = year >= 1000 ? `${year}` : `${year}`.padStart(4, '0');
  return `${yyyy}-${pad2(month)}-${pad2(day)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month and day of a `YYYY-MM-DD` string; undefined if it is not written that way. Whether the day exists is not asked here. */
function isoParts(iso: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

export function partsFromIso(iso: string): { year: number; month: number; day: number } {
  const parts = isoParts(iso);
  if (!parts) throw new RangeError(`not an ISO date: ${iso}`);
  return parts;
}

/**
 * The day number (days since 1970-01-01) of an ISO `YYYY-MM-DD` date that exists, such as 2024-02-29; undefined
 * for anything else (2023-02-29, 2024-13-01, 2024-1-5). Unlike dayNumber it never throws and never rolls over.
 */
export function validDayNumber(iso: string): number | undefined {
  const parts = isoParts(iso);
  if (!parts || !isRealDay(parts.year, parts.month, parts.day)) return undefined;
  return daysFromCivil(parts.year, parts.month, parts.day);
}

export function dayNumber(iso: string): number {
  const { year, month, day } = partsFromIso(iso);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function isoFromDayNumber(days: number): string {
  const d = new Date(days * 86_400_000);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** "31 March 2026": how a person writes a date in a message. */
export function formatLongDate(iso: string): string {
  const { year, month, day } = partsFromIso(iso);
  return `${day} ${monthName(month)} ${year}`;
}

/** A calendar date from a `Date` as its own clock shows it (Apps Script and Sheets build dates at local midnight). */
export function isoFromLocalDate(date: Date): string {
  return isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function localDateFromIso(iso: string): Date {
  const { year, month, day } = partsFromIso(iso);
  const date = new Date(year, month - 1, day);
  // Years below 100 are taken as 19xx by the constructor.
  date.setFullYear(year);
  return date;
}

export function monthIndexFromName(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower === 'sept') return 9;
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(lower));
  return index >= 0 ? index + 1 : undefined;
}

/** Average days in a month, for frequencies such as "1.5 quarters". */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Today's date in UTC, as an ISO date: the default "as of" for checks. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
