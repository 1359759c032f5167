// The workbook's tabs as a page's server function sends them, for the page to read with core (fromTables) in the
// user's browser rather than in Code.js. Free of Apps Script types, so that pages and their tests can import it.
import type { Organisation, Workbook } from '../../core/model/schema';
import { type CalendarDays, type Cell, LOCAL_DAYS } from '../../core/workbook/cells';
import { fromTables, type WorkbookTables } from '../../core/workbook/from-tables';
import type { ParseResult } from '../../core/workbook/result';
import type { DataTab } from '../../core/workbook/tabs';
import { toTables } from '../../core/workbook/to-tables';

/**
 * A cell as google.script.run can pass it, which refuses Dates: a date cell goes as its day in the spreadsheet's
 * time zone, and as its instant only where no day can be written (a year before 1 or after 9999), so that the page
 * reads, and quotes in its messages, the date the server would have.
 */
export type SentCell = string | number | boolean | { readonly day: string } | { readonly time: number };

export interface SentWorkbook {
  /** Today, in the spreadsheet's time zone. */
  asOf: string;
  organisation: Organisation;
  /** Each workbook tab that is there, as getValues() returns it. */
  tables: Record<string, SentCell[][]>;
}

function isDate(cell: unknown): cell is Date {
  return Object.prototype.toString.call(cell) === '[object Date]';
}

function sentCell(cell: Cell, days: CalendarDays): SentCell {
  if (cell === null || cell === undefined) return '';
  if (!isDate(cell)) return cell;
  const year = cell.getFullYear();
  return year >= 1 && year <= 9999 ? { day: days.dayOf(cell) } : { time: cell.getTime() };
}

/** The server's side: each tab's cells, dates as `days` reads them. */
export function sendTables(tables: WorkbookTables, days: CalendarDays): SentWorkbook['tables'] {
  const sent: SentWorkbook['tables'] = {};
  for (const [name, table] of Object.entries(tables)) {
    if (table) sent[name] = table.map((row) => row.map((cell) => sentCell(cell, days)));
  }
  return sent;
}

/** A day back as a Date the runtime's clock (LOCAL_DAYS) reads as that day again. */
function receivedCell(cell: SentCell): Cell {
  if (typeof cell !== 'object') return cell;
  return 'day' in cell ? LOCAL_DAYS.dateOf(cell.day) : new Date(cell.time);
}

/** The page's side: the workbook, read from the tabs as the server would have read it. */
export function readSentWorkbook(sent: SentWorkbook): ParseResult {
  const tables: WorkbookTables = {};
  for (const [name, table] of Object.entries(sent.tables))
    tables[name] = table.map((row) => row.map(receivedCell));
  return fromTables(tables, { organisation: sent.organisation, days: LOCAL_DAYS });
}

/**
 * A cell a page sends for the server to write: a date as its day, which the server writes as the start of that day
 * in the spreadsheet's time zone, as google.script.run passes no Date.
 */
export type WrittenCell = string | number | boolean | null | { readonly day: string };

export type WrittenTables = Record<DataTab, WrittenCell[][]>;

/** The workbook's tabs as the server writes them (toTables), each date as its day: what Import and Add demo data send. */
export function tablesToWrite(workbook: Workbook): WrittenTables {
  const tables = toTables(workbook, LOCAL_DAYS);
  const written = {} as WrittenTables;
  for (const [name, table] of Object.entries(tables) as [DataTab, Cell[][]][]) {
    written[name] = table.map((row) =>
      row.map((cell) => (isDate(cell) ? { day: LOCAL_DAYS.dayOf(cell) } : (cell ?? null))),
    );
  }
  return written;
}
