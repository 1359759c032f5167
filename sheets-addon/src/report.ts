import * as z from 'zod/mini';
import { FUNDERS_TAB } from '../../core/funders/columns';
import { LEARNING_LOG_TAB } from '../../core/review/columns';
import type { Cell } from '../../core/workbook/cells';
import { spreadsheetDays } from './calendar-days';
import { checkInput } from './check-toc';
import { demoTable } from './records';
import type { ReportInput } from './report-page';
import { sendTables } from './sent-workbook';
import { tabValues } from './workbook-io';

/**
 * The Draft report sidebar's server side (html/Report.html): it reads the tabs and writes the report tab the page
 * composed with core (report-page.ts), so that Code.js stays small.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { ReportInput };

const valuesOf = (spreadsheet: Spreadsheet, name: string): Cell[][] => tabValues(spreadsheet, name) ?? [];

/** The workbook's tabs, the Learning log and the Funders tab as they are, and today. */
export function reportInput(spreadsheet: Spreadsheet, now = new Date()): ReportInput {
  const sent = sendTables(
    { log: valuesOf(spreadsheet, LEARNING_LOG_TAB), funders: valuesOf(spreadsheet, FUNDERS_TAB) },
    spreadsheetDays(spreadsheet),
  );
  return { ...checkInput(spreadsheet, now), log: sent.log ?? [], funders: sent.funders ?? [] };
}

const cell = z.string().check(z.maxLength(20000));
const ReportTab = z.strictObject({
  name: cell.check(
    z.maxLength(100),
    z.refine((s: string) => s.startsWith('Report – ')),
  ),
  cells: z.array(z.array(cell).check(z.minLength(2), z.maxLength(2))).check(z.minLength(1), z.maxLength(900)),
});

export interface WriteReportResult {
  ok: boolean;
  /** True when a tab of that name is there and the page did not say to replace it. */
  exists: boolean;
  message: string;
}

/** Sheets reads text that starts with "=" as a formula; the apostrophe keeps it text. */
const asText = (value: string) => (value.startsWith('=') ? `'${value}` : value);

/** Writes the report the page composed into its own tab, in one write; an existing tab only when told to. */
export function writeReportTab(
  spreadsheet: Spreadsheet,
  input: unknown,
  replace: boolean,
): WriteReportResult {
  const parsed = ReportTab.safeParse(input);
  if (!parsed.success)
    return { ok: false, exists: false, message: 'Not written: the report was not as expected.' };
  const { name, cells } = parsed.data;
  let sheet = spreadsheet.getSheetByName(name);
  if (sheet && !replace)
    return { ok: false, exists: true, message: `There is already a tab named "${name}".` };
  if (sheet) sheet.getDataRange().clearContent();
  else sheet = spreadsheet.insertSheet(name);
  sheet.getRange(1, 1, cells.length, 2).setValues(cells.map((row) => row.map(asText)));
  return { ok: true, exists: false, message: `Wrote the report to the tab "${name}".` };
}

/** The demo's funders (DemoFunders.html), written only into a Funders tab with no rows yet. */
export function writeDemoFunders(spreadsheet: Spreadsheet, page: string): void {
  const sheet = spreadsheet.getSheetByName(FUNDERS_TAB) ?? spreadsheet.insertSheet(FUNDERS_TAB);
  if (sheet.getLastRow() > 1) return;
  const table = demoTable(page, 'funders', spreadsheetDays(spreadsheet));
  sheet.getRange(1, 1, table.length, table[0]!.length).setValues(table as (string | number | Date)[][]);
}
