import { COSTS_TAB } from '../../core/costing/tab';
import { FUNDERS_TAB } from '../../core/funders/columns';
import type { Cell } from '../../core/workbook/cells';
import { spreadsheetDays } from './calendar-days';
import { checkInput } from './check-toc';
import type { CostInput } from './cost-page';
import { sendTables } from './sent-workbook';
import { tabValues } from './workbook-io';

/**
 * The M&E plan and cost sidebar's server side (html/Cost.html): it only reads the tabs and writes the M&E costs tab
 * the page fills in. The page costs the plan with core (cost-page.ts), so that Code.js stays small.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { CostInput };

/** The workbook's tabs, and the M&E costs and Funders tabs where they are. */
export function costInput(spreadsheet: Spreadsheet, now = new Date()): CostInput {
  const extra: Record<string, Cell[][]> = {};
  for (const name of [COSTS_TAB, FUNDERS_TAB]) {
    const values = tabValues(spreadsheet, name);
    if (values) extra[name] = values;
  }
  return { ...checkInput(spreadsheet, now), extra: sendTables(extra, spreadsheetDays(spreadsheet)) };
}

/** Adds the M&E costs tab with the page's rows (Item, Value), never over a tab that is there. */
export function addCostsTab(spreadsheet: Spreadsheet, rows: unknown): boolean {
  const cell = (c: unknown) => typeof c === 'string' || typeof c === 'number';
  const valid =
    Array.isArray(rows) &&
    rows.length > 0 &&
    rows.every((r) => Array.isArray(r) && r.length === 2 && r.every(cell));
  if (!valid || spreadsheet.getSheetByName(COSTS_TAB)) return false;
  spreadsheet.insertSheet(COSTS_TAB).getRange(1, 1, rows.length, 2).setValues(rows);
  return true;
}
