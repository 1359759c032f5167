import * as z from 'zod/mini';
import { formatFinding } from '../../core/checks/finding';
import { exportJson, importJson } from '../../core/workbook/json';
import { TAB } from '../../core/workbook/tabs';
import { checkInput } from './check-toc';
import { recordTabsWithData, updateFromRecords, writeDemoRecords } from './records';
import { writeDemoLearningLog } from './review';
import type { SentWorkbook } from './sent-workbook';
import { dashboardHasUserContent, describeSetup, setUpWorkbook } from './setup';
import { readWorkbook, tabsWithData, writeWorkbook } from './workbook-io';

/** What the menu items and the HTML pages call. Each works on the active spreadsheet and its UI. */

const active = () => SpreadsheetApp.getActiveSpreadsheet();

function askYesNo(title: string, question: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

function showHtml(file: string, title: string, asSidebar: boolean, width = 520, height = 560): void {
  const ui = SpreadsheetApp.getUi();
  const output = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  if (asSidebar) ui.showSidebar(output);
  else ui.showModalDialog(output.setWidth(width).setHeight(height), title);
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
 * The demo workbook ships as a data file beside the script (DemoData.html, written by build.ts from core/demo), so
 * that Apps Script does not parse it on every formula call.
 */
function loadDemoWorkbook() {
  const parsed = importJson(HtmlService.createHtmlOutputFromFile('DemoData').getContent());
  if (!parsed.ok)
    throw new Error(`The demo data file is damaged: ${parsed.problems.map(formatFinding).join('; ')}`);
  return parsed.workbook;
}

export function runAddDemoData(): void {
  const spreadsheet = active();
  const demoWorkbook = loadDemoWorkbook();
  if (!writeWorkbook(spreadsheet, demoWorkbook, askYesNo, recordTabsWithData(spreadsheet))) return;
  writeDemoRecords(
    spreadsheet,
    demoWorkbook,
    HtmlService.createHtmlOutputFromFile('DemoRecords').getContent(),
  );
  writeDemoLearningLog(spreadsheet, HtmlService.createHtmlOutputFromFile('DemoLearningLog').getContent());
  const report = setUpWorkbook(spreadsheet, askYesNo);
  SpreadsheetApp.getUi().alert(
    'Demo data added',
    `The demo organisation (${demoWorkbook.organisation.name}, a youth employment charity) is in the tabs: ${demoWorkbook.nodes.length} theory-of-change steps, ${demoWorkbook.indicators.length} indicators and ${demoWorkbook.measurements.length} rows of data, most of them computed from its participants' records (the Records and Sources tabs).\n\n${describeSetup(report)}`,
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}

export function runUpdateFromRecords(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('Data from records', updateFromRecords(active()), ui.ButtonSet.OK);
}

export const openCheckSidebar = () => showHtml('Sidebar', 'Impact Lens', true);
export const openExportDialog = () => showHtml('Export', 'Export for the browser extension', false);
export const openImportDialog = () => showHtml('Import', 'Import a workbook from JSON', false);
export const openFormulasHelp = () => showHtml('Help', 'Impact Lens formulas', false, 640, 600);

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

export interface ExportResult {
  ok: boolean;
  json: string;
  fileName: string;
  problems: string[];
}

export function workbookJson(): ExportResult {
  const parsed = readWorkbook(active());
  const problems = parsed.problems.map(formatFinding);
  const slug =
    parsed.workbook.organisation.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'workbook';
  return {
    ok: parsed.ok,
    json: parsed.ok ? exportJson(parsed.workbook) : '',
    fileName: `${slug}.impact.json`,
    problems,
  };
}

export interface ImportResult {
  status: 'imported' | 'invalid' | 'needs-confirmation';
  problems: string[];
  /** Tabs whose rows would be replaced. */
  replaces: string[];
  summary: string;
}

/** Reads JSON, and writes it into the tabs only when it is valid and (if rows would be replaced) `replace` is true. */
export function importWorkbook(text: string, replace: boolean): ImportResult {
  const parsed = importJson(String(text ?? ''));
  const problems = parsed.problems.map(formatFinding);
  if (!parsed.ok) return { status: 'invalid', problems, replaces: [], summary: '' };
  const spreadsheet = active();
  const replaces = [
    ...tabsWithData(spreadsheet),
    ...(dashboardHasUserContent(spreadsheet) ? [TAB.dashboard] : []),
  ];
  const { workbook } = parsed;
  const summary = `${workbook.organisation.name}: ${workbook.nodes.length} theory-of-change steps, ${workbook.indicators.length} indicators, ${workbook.measurements.length} data rows.`;
  if (replaces.length > 0 && !replace) return { status: 'needs-confirmation', problems, replaces, summary };
  writeWorkbook(spreadsheet, workbook, () => true);
  setUpWorkbook(spreadsheet, () => true);
  return { status: 'imported', problems, replaces, summary };
}
