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

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function partsFromIso(iso: string): { year: number; month: number; day: number } {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
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
