import { partsFromIso } from '../../core/util/calendar';
import { type CalendarDays, LOCAL_DAYS } from '../../core/workbook/cells';

/**
 * The Apps Script services this file reads, as far as it reads them. Declared here rather than taken from Apps
 * Script's global types: the formulas are also type-checked, and run, outside Apps Script (the tests' spreadsheet
 * engine calls them in Node).
 */
interface Services {
  Utilities?: { formatDate(date: Date, timeZone: string, format: string): string };
  Session?: { getScriptTimeZone(): string };
  SpreadsheetApp?: { getActiveSpreadsheet(): ZonedSpreadsheet | null };
}

interface ZonedSpreadsheet {
  getSpreadsheetTimeZone(): string;
}

const services = globalThis as unknown as Services;

function formatDate(date: Date, zone: string, pattern: string): string {
  if (!services.Utilities) throw new Error('Utilities.formatDate is not available outside Apps Script');
  return services.Utilities.formatDate(date, zone, pattern);
}

/** "+1100" or "-0500", as Utilities.formatDate writes the `Z` pattern, in milliseconds. */
function offsetMs(zone: string, date: Date): number {
  const z = formatDate(date, zone, 'Z');
  const minutes = Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5));
  return (z.startsWith('-') ? -minutes : minutes) * 60_000;
}

/** Calendar days in a named time zone, through Utilities.formatDate; each instant is formatted once. */
export function zonedDays(zone: string): CalendarDays {
  const seen = new Map<number, string>();
  return {
    dayOf(date) {
      const time = date.getTime();
      let iso = seen.get(time);
      if (iso === undefined) {
        iso = formatDate(date, zone, 'yyyy-MM-dd');
        seen.set(time, iso);
      }
      return iso;
    },
    dateOf(iso) {
      const { year, month, day } = partsFromIso(iso);
      const midnightUtc = new Date(0);
      midnightUtc.setUTCFullYear(year, month - 1, day);
      const utc = midnightUtc.getTime();
      // The zone's offset at UTC midnight, then again at the moment that gives: a clock change near midnight
      // moves it, and the second reading is the one in force at the day's start.
      const first = utc - offsetMs(zone, midnightUtc);
      let start = utc - offsetMs(zone, new Date(first));
      // Where clocks spring forward at midnight (Chile, Lebanon) the day has no 00:00 and starts an hour later.
      for (let tries = 0; tries < 3 && formatDate(new Date(start), zone, 'yyyy-MM-dd') !== iso; tries++) {
        start += 3_600_000;
      }
      return new Date(start);
    },
  };
}

/**
 * The spreadsheet's calendar days. Sheets hands dates over, and reads them back, in the spreadsheet's time zone;
 * the script's clock is set to Europe/London (appsscript.json). When the two agree (most users of a UK add-on) the
 * runtime's own clock is right and free; otherwise each day goes through the spreadsheet's zone, so that a
 * workbook kept in Sydney or New York reads and writes the days its owner typed, not the day before.
 */
export function spreadsheetDays(spreadsheet: ZonedSpreadsheet): CalendarDays {
  const zone = spreadsheet.getSpreadsheetTimeZone();
  if (!zone || zone === services.Session?.getScriptTimeZone()) return LOCAL_DAYS;
  return zonedDays(zone);
}

/**
 * For custom functions: the active spreadsheet's days, looked up only when a Date cell first needs them (a formula
 * given dates as text, or none, makes no service call). Outside Apps Script there is no spreadsheet, and the
 * runtime's clock is the only one.
 */
export function activeSpreadsheetDays(): CalendarDays {
  let days: CalendarDays | undefined;
  const resolve = (): CalendarDays => {
    if (days === undefined) {
      const spreadsheet = services.SpreadsheetApp?.getActiveSpreadsheet();
      days = spreadsheet ? spreadsheetDays(spreadsheet) : LOCAL_DAYS;
    }
    return days;
  };
  return { dayOf: (date) => resolve().dayOf(date), dateOf: (iso) => resolve().dateOf(iso) };
}
