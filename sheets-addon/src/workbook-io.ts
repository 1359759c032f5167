import type { Organisation } from '../../core/model/schema';
import type { Cell } from '../../core/workbook/cells';
import { fromTables, type WorkbookTables } from '../../core/workbook/from-tables';
import type { ParseResult } from '../../core/workbook/result';
import type { DataTab } from '../../core/workbook/tabs';
import { spreadsheetDays } from './calendar-days';
import { DATA_TAB_LAYOUTS } from './layout';
import { type Ask, ensureHeaders } from './setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A tab's cells as a 2-D array; none when the tab is not there. */
export function tabValues(spreadsheet: Spreadsheet, name: string): Cell[][] | undefined {
  return spreadsheet.getSheetByName(name)?.getDataRange().getValues() as Cell[][] | undefined;
}

/** The workbook tabs of the spreadsheet as 2-D arrays; a tab that is not there is left out. */
export function readWorkbookTables(spreadsheet: Spreadsheet): WorkbookTables {
  const tables: WorkbookTables = {};
  for (const tab of DATA_TAB_LAYOUTS) {
    const values = tabValues(spreadsheet, tab.name);
    if (values) tables[tab.name] = values;
  }
  return tables;
}

export function organisationOf(spreadsheet: Spreadsheet): Organisation {
  return { name: spreadsheet.getName().trim() || 'My organisation' };
}

export function readWorkbook(spreadsheet: Spreadsheet): ParseResult {
  return fromTables(readWorkbookTables(spreadsheet), {
    organisation: organisationOf(spreadsheet),
    days: spreadsheetDays(spreadsheet),
  });
}

/** Tabs that already hold rows below their headers. */
export function tabsWithData(spreadsheet: Spreadsheet): string[] {
  return DATA_TAB_LAYOUTS.filter((tab) => (spreadsheet.getSheetByName(tab.name)?.getLastRow() ?? 0) > 1).map(
    (t) => t.name,
  );
}

/**
 * Writes a workbook's tabs, laid out by toTables, each column under its header wherever the user has put it. Rows
 * already there are replaced only when `ask` says yes; otherwise nothing is written and false is returned.
 */
export function writeTables(
  spreadsheet: Spreadsheet,
  tables: Readonly<Record<DataTab, Cell[][]>>,
  ask: Ask,
  /** Other tabs with rows that will be replaced too, named in the same question. */
  alsoReplaced: readonly string[] = [],
): boolean {
  const occupied = [...tabsWithData(spreadsheet), ...alsoReplaced];
  if (
    occupied.length > 0 &&
    !ask(
      'Replace your data?',
      `${occupied.join(', ')} already ${occupied.length === 1 ? 'has' : 'have'} rows. Replace them with the imported workbook? Values in columns you added yourself stay in their rows, so they may no longer sit beside the same item.`,
    )
  ) {
    return false;
  }
  for (const tab of DATA_TAB_LAYOUTS) {
    const sheet = spreadsheet.getSheetByName(tab.name) ?? spreadsheet.insertSheet(tab.name);
    const rows = tables[tab.name as DataTab];
    const header = rows[0] as string[];
    // Every column gets its header first (after the user's own columns), so no value is left unwritten.
    const map = ensureHeaders(sheet, tab);
    const body = rows.slice(1);
    const last = sheet.getLastRow();
    if (last > 1) {
      for (const column of map.values()) sheet.getRange(2, column, last - 1, 1).clearContent();
    }
    if (body.length === 0) continue;
    const needed = body.length + 1 - sheet.getMaxRows();
    if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
    header.forEach((name, i) => {
      const column = map.get(name);
      if (column === undefined) throw new Error(`No column for ${name} on ${tab.name}`);
      sheet
        .getRange(2, column, body.length, 1)
        .setValues(body.map((row) => [row[i] as string | number | Date]));
    });
  }
  return true;
}
