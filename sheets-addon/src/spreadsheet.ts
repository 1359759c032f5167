import type { Cell } from '../../core/workbook/cells';
import type { WorkbookTables } from '../../core/workbook/from-tables';
import { TAB } from '../../core/workbook/tabs';

/** The workbook tabs of the active spreadsheet as 2-D arrays; a tab that is not there is left out. */
export function readWorkbookTables(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookTables {
  const tables: WorkbookTables = {};
  for (const name of [TAB.toc, TAB.indicators, TAB.data, TAB.payments]) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) tables[name] = sheet.getDataRange().getValues() as Cell[][];
  }
  return tables;
}
