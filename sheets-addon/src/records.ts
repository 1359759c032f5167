import type { Workbook } from '../../core/model/schema';
import { markOf } from '../../core/records/data-plan';
import { readSources } from '../../core/records/source';
import { describeUpdate } from '../../core/records/summary';
import { planUpdate, tabsToRead, type UpdatePlan } from '../../core/records/update';
import type { CalendarDays, Cell } from '../../core/workbook/cells';
import { fromTables } from '../../core/workbook/from-tables';
import { FROM_RECORDS_COLUMN, TAB } from '../../core/workbook/tabs';
import { spreadsheetDays } from './calendar-days';
import { DATA_LAYOUT, SOURCES_LAYOUT } from './layout';
import { ensureHeaders } from './setup';
import { organisationOf, readWorkbookTables, tabValues } from './workbook-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const NO_SOURCES =
  'There is no Sources tab. Run Set up impact workbook, then write on the Sources tab, one row per indicator, where its records are and what to count (see docs/records.md).';

/** `setValues()` takes no undefined or null: a blank is "". */
const sheetCells = (rows: readonly Cell[][]) =>
  rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell))) as (
    | string
    | number
    | boolean
    | Date
  )[][];

function makeRoom(sheet: Sheet, lastRow: number, lastColumn: number): void {
  if (lastRow > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  if (lastColumn > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), lastColumn - sheet.getMaxColumns());
}

/** Writes what the plan says on the Data tab: the From records header if it lacks one, then one block. */
function writePlan(data: Sheet, plan: UpdatePlan): void {
  const { header, write } = plan.data;
  if (header) {
    makeRoom(data, header.row, header.column);
    data.getRange(header.row, header.column, 1, 1).setValues([[FROM_RECORDS_COLUMN.header]]);
  }
  if (!write) return;
  const rows = write.values.length;
  const columns = write.values[0]!.length;
  makeRoom(data, write.row + rows - 1, write.column + columns - 1);
  data.getRange(write.row, write.column, rows, columns).setValues(sheetCells(write.values));
}

/**
 * Update data from records: reads the Sources tab and each records tab it names once, computes every period's
 * figure in core, and writes the Data rows in one block. Rows the user typed are never written over.
 */
export function updateFromRecords(spreadsheet: Spreadsheet, now: Date = new Date()): string {
  const sources = tabValues(spreadsheet, TAB.sources);
  if (!sources) return NO_SOURCES;
  const days = spreadsheetDays(spreadsheet);
  const context = { dateOrder: 'dmy', days } as const;
  const read = readSources(sources, context);

  const tables = readWorkbookTables(spreadsheet);
  const workbook = fromTables(tables, { organisation: organisationOf(spreadsheet), days }).workbook;
  const sheetNames = spreadsheet.getSheets().map((sheet) => sheet.getName());
  const records = new Map<string, Cell[][]>();
  for (const name of tabsToRead(read, sheetNames)) {
    records.set(name, tables[name] ?? tabValues(spreadsheet, name)!);
  }
  const data = spreadsheet.getSheetByName(TAB.data);
  const plan = planUpdate({
    sources: read,
    indicators: workbook.indicators,
    tables: records,
    data: tables[TAB.data],
    ...(data ? { dataFormulas: data.getDataRange().getFormulas() } : {}),
    asOf: days.dayOf(now),
    ...context,
  });
  if (data) writePlan(data, plan);
  return describeUpdate(plan);
}

/** Whether the Sources or Records tab holds rows below its header. */
export function recordTabsWithData(spreadsheet: Spreadsheet): string[] {
  return [TAB.sources, TAB.records].filter(
    (name) => (spreadsheet.getSheetByName(name)?.getLastRow() ?? 0) > 1,
  );
}

/** The Sources rows go under their headers, wherever the user has put them; their own columns are cleared. */
function writeSources(spreadsheet: Spreadsheet, table: Cell[][]): void {
  const sheet = spreadsheet.getSheetByName(TAB.sources) ?? spreadsheet.insertSheet(TAB.sources);
  const map = ensureHeaders(sheet, SOURCES_LAYOUT);
  const last = sheet.getLastRow();
  if (last > 1) for (const column of map.values()) sheet.getRange(2, column, last - 1, 1).clearContent();
  const [header, ...body] = table;
  makeRoom(sheet, body.length + 1, sheet.getMaxColumns());
  header!.forEach((name, i) => {
    sheet
      .getRange(2, map.get(String(name))!, body.length, 1)
      .setValues(sheetCells(body.map((row) => [row[i]])));
  });
}

/** The Records tab is replaced whole: the demo's participants, one row each. */
function writeRecords(spreadsheet: Spreadsheet, table: Cell[][]): void {
  const sheet = spreadsheet.getSheetByName(TAB.records) ?? spreadsheet.insertSheet(TAB.records);
  if (sheet.getLastRow() > 0) sheet.getDataRange().clearContent();
  makeRoom(sheet, table.length, table[0]!.length);
  sheet.getRange(1, 1, table.length, table[0]!.length).setValues(sheetCells(table));
}

/** A demo cell as the sheet holds it: a day as its `Date`, a figure as a number, anything else as text. */
function demoCell(text: string, days: CalendarDays): Cell {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return days.dateOf(text);
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** One `<pre id="…">` block of the demo records page: a row a line, cells separated by tabs. */
export function demoTable(page: string, id: string, days: CalendarDays): Cell[][] {
  const start = page.indexOf(`<pre id="${id}">`);
  const end = page.indexOf('</pre>', start);
  if (start < 0 || end < 0) throw new Error(`The demo records file has no ${id}.`);
  return page
    .slice(page.indexOf('>', start) + 1, end)
    .trim()
    .split('\n')
    .map((line) => line.split('\t').map((cell) => demoCell(cell, days)));
}

/**
 * The demo's Records and Sources tabs (from DemoRecords.html, data beside the script like DemoData.html, so that
 * their generator stays out of Code.js), and on the Data tab, just written from `workbook`, the mark of each row
 * its Sources rows compute: Update data from records finds them its own and, on the same records, changes none.
 */
export function writeDemoRecords(spreadsheet: Spreadsheet, workbook: Workbook, page: string): void {
  const days = spreadsheetDays(spreadsheet);
  const sources = demoTable(page, 'sources', days);
  writeRecords(spreadsheet, demoTable(page, 'records', days));
  writeSources(spreadsheet, sources);
  const data = spreadsheet.getSheetByName(TAB.data);
  if (!data || workbook.measurements.length === 0) return;
  const computed = sources.slice(1).map((row) => String(row[0]));
  const column = ensureHeaders(data, DATA_LAYOUT).get(FROM_RECORDS_COLUMN.header)!;
  const marks = workbook.measurements.map((m) => {
    const k = computed.indexOf(m.indicator);
    return [k < 0 ? '' : markOf(k + 2)];
  });
  data.getRange(2, column, marks.length, 1).setValues(marks);
}
