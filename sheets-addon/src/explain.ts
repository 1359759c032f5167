import { readSources } from '../../core/records/source';
import { resolveTab } from '../../core/records/update';
import type { CalendarDays, Cell } from '../../core/workbook/cells';
import type { WorkbookTables } from '../../core/workbook/from-tables';
import { normaliseHeader, TAB } from '../../core/workbook/tabs';
import { spreadsheetDays } from './calendar-days';
import type { ExplainInput, PlainCell } from './explain-input';
import { sendTables } from './sent-workbook';
import { organisationOf, readWorkbookTables, tabValues } from './workbook-io';

export type { ExplainInput };

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Each tab a selected row can name an indicator on, and the header of the column that holds its ID. */
const ID_COLUMN: Record<string, { tab: string; header: string }> = {
  [TAB.indicators]: { tab: TAB.indicators, header: 'ID' },
  [TAB.data]: { tab: TAB.data, header: 'Indicator' },
  // The Dashboard lays out one row per row of the Indicators tab (dashboard.ts), so its row is the indicator's.
  [TAB.dashboard]: { tab: TAB.indicators, header: 'ID' },
};

function isDate(cell: unknown): cell is Date {
  return Object.prototype.toString.call(cell) === '[object Date]';
}

function plainTable(table: readonly Cell[][], days: CalendarDays): PlainCell[][] {
  return table.map((row) =>
    row.map((cell) => (isDate(cell) ? days.dayOf(cell) : cell === null || cell === undefined ? '' : cell)),
  );
}

/** The ID in `row` (from 1) of a tab, under its header wherever the user has put that column. */
function idInRow(table: readonly Cell[][] | undefined, header: string, row: number): string {
  const headerRow = table?.find((cells) => cells.some((c) => String(c ?? '').trim() !== ''));
  const column = headerRow?.findIndex((c) => normaliseHeader(String(c ?? '')) === normaliseHeader(header));
  if (!table || column === undefined || column < 0 || row <= table.indexOf(headerRow!) + 1) return '';
  return String(table[row - 1]?.[column] ?? '').trim();
}

function selectedIndicator(spreadsheet: Spreadsheet, tables: WorkbookTables): string {
  const range = spreadsheet.getActiveRange();
  const place = range ? ID_COLUMN[range.getSheet().getName()] : undefined;
  if (!range || !place) return '';
  return idInRow(tables[place.tab], place.header, range.getRow());
}

function recordsFor(
  spreadsheet: Spreadsheet,
  indicatorId: string,
  days: CalendarDays,
): ExplainInput['records'] {
  const table = tabValues(spreadsheet, TAB.sources);
  if (!table || indicatorId === '') return undefined;
  const source = readSources(table, { dateOrder: 'dmy', days }).rows.find(
    (r) => r.definition.indicator === indicatorId,
  );
  const header = table.find((cells) => cells.some((c) => String(c ?? '').trim() !== ''));
  if (!source || !header) return undefined;
  const tab = resolveTab(
    source.definition.tab,
    spreadsheet.getSheets().map((s) => s.getName()),
  );
  if (tab === undefined) return undefined;
  const records = tabValues(spreadsheet, tab)!;
  return {
    sources: plainTable([header, table[source.row - 1]!], days),
    tab,
    table: plainTable(records, days),
  };
}

/**
 * The workbook's tabs, the indicator to explain (`indicatorId`, or the one in the selected row of the Indicators, Data
 * or Dashboard tab) and, when a Sources row computes it, that row and its records: one read of each tab.
 */
export function explainInput(
  spreadsheet: Spreadsheet,
  indicatorId = '',
  now: Date = new Date(),
): ExplainInput {
  const days = spreadsheetDays(spreadsheet);
  const tables = readWorkbookTables(spreadsheet);
  const asked = String(indicatorId ?? '').trim();
  const id = asked === '' ? selectedIndicator(spreadsheet, tables) : asked;
  const records = recordsFor(spreadsheet, id, days);
  return {
    asOf: days.dayOf(now),
    organisation: organisationOf(spreadsheet),
    tables: sendTables(tables, days),
    indicatorId: id,
    ...(records ? { records } : {}),
  };
}
