import { spreadsheetDays } from './calendar-days';
import { type SentWorkbook, sendTables } from './sent-workbook';
import { organisationOf, readWorkbookTables } from './workbook-io';

/**
 * What the check sidebar checks: the workbook's tabs and the day to judge them on. The sidebar's own script
 * (check-page.ts) reads and checks them, so that the workbook rules are not in Code.js.
 */
export function checkInput(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now = new Date(),
): SentWorkbook {
  const days = spreadsheetDays(spreadsheet);
  return {
    asOf: days.dayOf(now),
    organisation: organisationOf(spreadsheet),
    tables: sendTables(readWorkbookTables(spreadsheet), days),
  };
}
