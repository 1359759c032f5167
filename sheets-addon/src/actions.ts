import * as z from 'zod/mini';
import { validDayNumber } from '../../core/util/calendar';
import type { CalendarDays, Cell } from '../../core/workbook/cells';
import { type DataTab, TAB } from '../../core/workbook/tabs';
import { spreadsheetDays } from './calendar-days';
import { checkInput } from './check-toc';
import { recordTabsWithData, updateFromRecords, writeDemoRecords } from './records';
import { writeDemoFunders } from './report';
import { writeDemoLearningLog } from './review';
import type { SentWorkbook, WrittenCell, WrittenTables } from './sent-workbook';
import { dashboardHasUserContent, describeSetup, setUpWorkbook } from './setup';
import { readWorkbook, tabsWithData, writeTables } from './workbook-io';

/** What the menu items and the HTML pages call. Each works on the active spreadsheet and its UI. */

const active = () => SpreadsheetApp.getActiveSpreadsheet();

function askYesNo(title: string, question: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** A page of html/ in the sidebar, under its title. */
export function showSidebar(file: string, title: string): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
}

function showDialog(file: string, title: string, width = 520, height = 560): void {
  const output = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}

export function runSetUp(): void {
  const report = setUpWorkbook(active(), askYesNo);
  SpreadsheetApp.getUi().alert(
    'Impact workbook set up',
    describeSetup(report),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}

/**
 * A cell the Import page or the demo data file sends: at most the 50,000 characters a Sheets cell holds, a date as
 * its day (sent-workbook.ts).
 */
function isWrittenCell(cell: unknown): cell is WrittenCell {
  if (cell === null || typeof cell === 'boolean') return true;
  if (typeof cell === 'number') return Number.isFinite(cell);
  if (typeof cell === 'string') return cell.length <= 50_000;
  const day = (cell as { day?: unknown } | undefined)?.day;
  return (
    typeof day === 'string' && Object.keys(cell as object).length === 1 && validDayNumber(day) !== undefined
  );
}

// A custom check rather than a union of zod types: a union's machinery would cost Code.js more than this edge needs.
const WrittenCellSchema = z.custom<WrittenCell>(
  isWrittenCell,
  'must be text, a number, true or false, or a day',
);

/** A tab as toTables lays it out: its header row, then rows; bounded so that one call cannot ask for a huge write. */
const WrittenTable = z
  .array(z.array(WrittenCellSchema).check(z.maxLength(100)))
  .check(z.minLength(1), z.maxLength(50_001));

const WrittenTablesSchema = z.strictObject({
  [TAB.toc]: WrittenTable,
  [TAB.indicators]: WrittenTable,
  [TAB.data]: WrittenTable,
  [TAB.payments]: WrittenTable,
});

/** The tables, or an error naming the first place they are not the workbook's tabs. */
function writtenTables(value: unknown, what: string): WrittenTables {
  const parsed = WrittenTablesSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${what} is not a workbook's tabs: ${issue.path.join(' → ')}: ${issue.message}`);
}

/** The cells as setValues() takes them: each day the start of that day in the spreadsheet's calendar. */
function cellsOf(tables: WrittenTables, days: CalendarDays): Record<DataTab, Cell[][]> {
  const cells = {} as Record<DataTab, Cell[][]>;
  for (const [name, table] of Object.entries(tables) as [DataTab, WrittenTables[DataTab]][]) {
    cells[name] = table.map((row) =>
      row.map((cell) => (cell === null ? '' : typeof cell === 'object' ? days.dateOf(cell.day) : cell)),
    );
  }
  return cells;
}

/**
 * The demo workbook ships as a data file beside the script (DemoData.html, written by build.ts from core/demo): its
 * tabs ready to write, so that Apps Script neither parses the demo's generator nor reads JSON through the workbook
 * schema on every formula call.
 */
function loadDemo(): { organisation: string; tables: WrittenTables } {
  const demo = JSON.parse(HtmlService.createHtmlOutputFromFile('DemoData').getContent()) as {
    organisation?: unknown;
    tables?: unknown;
  };
  return {
    organisation: String(demo.organisation ?? ''),
    tables: writtenTables(demo.tables, 'The demo data file'),
  };
}

export function runAddDemoData(): void {
  const spreadsheet = active();
  const demo = loadDemo();
  const tables = cellsOf(demo.tables, spreadsheetDays(spreadsheet));
  if (!writeTables(spreadsheet, tables, askYesNo, recordTabsWithData(spreadsheet))) return;
  // The demo as the tabs now hold it, which is the demo workbook: toTables and fromTables are each other's inverse.
  const { workbook } = readWorkbook(spreadsheet);
  writeDemoRecords(spreadsheet, workbook, HtmlService.createHtmlOutputFromFile('DemoRecords').getContent());
  writeDemoLearningLog(spreadsheet, HtmlService.createHtmlOutputFromFile('DemoLearningLog').getContent());
  writeDemoFunders(spreadsheet, HtmlService.createHtmlOutputFromFile('DemoFunders').getContent());
  const report = setUpWorkbook(spreadsheet, askYesNo);
  SpreadsheetApp.getUi().alert(
    'Demo data added',
    `The demo organisation (${demo.organisation}, a youth employment charity) is in the tabs: ${workbook.nodes.length} theory-of-change steps, ${workbook.indicators.length} indicators and ${workbook.measurements.length} rows of data, most of them computed from its participants' records (the Records and Sources tabs).\n\n${describeSetup(report)}`,
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}

export function runUpdateFromRecords(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('Data from records', updateFromRecords(active()), ui.ButtonSet.OK);
}

export const openCheckSidebar = () => showSidebar('Sidebar', 'Impact Lens');
export const openExportDialog = () => showDialog('Export', 'Export for the browser extension');
export const openImportDialog = () => showDialog('Import', 'Import a workbook from JSON');
export const openFormulasHelp = () => showDialog('Help', 'Impact Lens formulas', 640, 600);

export function checkWorkbookInput(): SentWorkbook {
  return checkInput(active());
}

/** A cell as the check sidebar sends it: a tab's name and a row and column from 1. */
const CellToSelect = z.object({
  tab: z.string().check(z.minLength(1), z.maxLength(100)),
  row: z.int().check(z.positive()),
  column: z.int().check(z.positive()),
});

/** Activates the cell; false when the page sent no such cell (a tab since renamed, a row beyond the sheet). */
export function selectCell(tab: unknown, row: unknown, column: unknown): boolean {
  const cell = CellToSelect.safeParse({ tab, row, column });
  if (!cell.success) return false;
  const sheet = active().getSheetByName(cell.data.tab);
  if (!sheet || cell.data.row > sheet.getMaxRows() || cell.data.column > sheet.getMaxColumns()) return false;
  sheet.activate();
  sheet.getRange(cell.data.row, cell.data.column, 1, 1).activate();
  return true;
}

export interface ImportResult {
  status: 'imported' | 'needs-confirmation';
  /** Tabs whose rows would be replaced. */
  replaces: string[];
}

/**
 * Writes the tables the Import page read from JSON (import-page.ts) into the tabs, only when no rows would be
 * replaced or `replace` is true.
 */
export function importTables(tables: unknown, replace: unknown): ImportResult {
  const written = writtenTables(tables, 'What the Import page sent');
  const spreadsheet = active();
  const replaces = [
    ...tabsWithData(spreadsheet),
    ...(dashboardHasUserContent(spreadsheet) ? [TAB.dashboard] : []),
  ];
  if (replaces.length > 0 && replace !== true) return { status: 'needs-confirmation', replaces };
  writeTables(spreadsheet, cellsOf(written, spreadsheetDays(spreadsheet)), () => true);
  setUpWorkbook(spreadsheet, () => true);
  return { status: 'imported', replaces };
}
