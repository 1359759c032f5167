// Apps Script entry point: only the globals that menus, triggers, pages and custom functions call; the logic is in
// the modules beside this file. Each exported function's JSDoc is copied by build.ts onto a top-level stub, which
// is what Apps Script sees.
import * as actions from './actions';
import { showSidebar } from './actions';
import * as cost from './cost';
import * as explain from './explain';
import * as report from './report';
import * as review from './review';
import * as sources from './sources-sidebar';

export * from './functions';

/**
 * Adds the Impact Lens menu. Runs in limited mode on open, so it only builds the menu.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: unknown): void {
  void e;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Set up impact workbook', 'setUpImpactWorkbook')
    .addItem('Add demo data', 'addDemoData')
    .addSeparator()
    .addItem('Add a record source…', 'addRecordSource')
    .addItem('Update data from records', 'updateDataFromRecords')
    .addItem('Check theory of change', 'checkTheoryOfChange')
    .addItem('Explain indicator', 'explainSelectedIndicator')
    .addItem('Quarterly review', 'openQuarterlyReview')
    .addItem('Draft report…', 'draftFunderReport')
    .addItem('M&E plan and cost', 'openMeCost')
    .addSeparator()
    .addItem('Export for browser extension', 'exportForBrowserExtension')
    .addItem('Import from JSON', 'importFromJson')
    .addSeparator()
    .addItem('Formulas help', 'showFormulasHelp')
    .addToUi();
}

/**
 * Runs when the add-on is installed: shows the menu at once.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/** Menu: builds the impact workbook's tabs, or repairs them without changing anything you typed. */
export function setUpImpactWorkbook(): void {
  actions.runSetUp();
}

/** Menu: fills the tabs with the demo organisation's workbook (asks before replacing rows). */
export function addDemoData(): void {
  actions.runAddDemoData();
}

/** Menu: computes the Data rows of every indicator on the Sources tab from its records (never over typed rows). */
export function updateDataFromRecords(): void {
  actions.runUpdateFromRecords();
}

/** Menu: opens the sidebar that builds a Sources row: where an indicator's records are and what to count. */
export function addRecordSource(): void {
  showSidebar('Sources', 'Add a record source');
}

/**
 * Sources sidebar: the indicators, the records tabs with their columns, and the indicators that have a source.
 * @return {Object} the choices
 */
export function getSourceChoices(): sources.SourceChoices {
  return sources.sourceChoices(SpreadsheetApp.getActiveSpreadsheet());
}

/**
 * Sources sidebar: checks the row as Update reads it and writes it, replacing an indicator's row only if told to.
 * @param {Object} fields the row's cells by column key
 * @param {boolean} replace whether the indicator's existing row may be replaced
 * @return {Object} what happened, or the problems by field
 */
export function saveRecordSource(fields: unknown, replace: boolean): sources.SaveResult {
  return sources.saveSource(SpreadsheetApp.getActiveSpreadsheet(), fields, replace === true);
}

/** Menu: opens the sidebar that lists what is weak in the theory of change, indicators and data. */
export function checkTheoryOfChange(): void {
  actions.openCheckSidebar();
}

/** Menu: opens the sidebar that explains the indicator in the selected row, with a paragraph a funder could read. */
export function explainSelectedIndicator(): void {
  showSidebar('Explain', 'Explain indicator');
}

/**
 * Explain sidebar: the workbook, the indicator to explain and, when a Sources row computes it, its records.
 * @param {string} indicatorId the indicator chosen, or "" for the one in the selected row
 * @return {Object} what the sidebar explains it from
 */
export function getExplainInput(indicatorId: string): explain.ExplainInput {
  return explain.explainInput(SpreadsheetApp.getActiveSpreadsheet(), indicatorId);
}

/** Menu: opens the sidebar that walks the team through what needs a conversation this quarter. */
export function openQuarterlyReview(): void {
  showSidebar('Review', 'Quarterly review');
}

/**
 * Quarterly review sidebar: the workbook's tabs, the Learning log and today; the sidebar works out the review itself.
 * @return {Object} what the sidebar reviews
 */
export function getReviewInput(): review.ReviewInput {
  return review.reviewInput(SpreadsheetApp.getActiveSpreadsheet());
}

/**
 * Quarterly review sidebar: appends one row, dated today, below the last row of the Learning log.
 * @param {Object} row the row's cells by column key
 * @return {Object} the row written, or the problems by field
 */
export function addLearningLogRow(row: unknown): review.AddLogResult {
  return review.addLogRow(SpreadsheetApp.getActiveSpreadsheet(), row);
}

/**
 * Quarterly review sidebar: saves the theory of change as it is now, dated today.
 * @return {Object} whether it was saved, and what to say
 */
export function saveTocVersion(): review.SaveVersionResult {
  return review.saveTocVersion(SpreadsheetApp.getActiveSpreadsheet());
}

/** Menu: opens the sidebar that costs the indicators' collection: hours and money a year, and per grant. */
export function openMeCost(): void {
  showSidebar('Cost', 'M&E plan and cost');
}

/**
 * M&E plan and cost sidebar: the workbook's tabs, and the M&E costs and Funders tabs; the sidebar costs the plan.
 * @return {Object} what the sidebar costs
 */
export function getCostInput(): cost.CostInput {
  return cost.costInput(SpreadsheetApp.getActiveSpreadsheet());
}

/**
 * M&E plan and cost sidebar: adds the M&E costs tab with its default unit costs, never over one that is there.
 * @param {Array} rows the tab's rows: Item, Value
 * @return {boolean} whether the tab was added
 */
export function addCostsTab(rows: unknown): boolean {
  return cost.addCostsTab(SpreadsheetApp.getActiveSpreadsheet(), rows);
}

/** Menu: opens the sidebar that drafts a funder's report. */
export function draftFunderReport(): void {
  showSidebar('Report', 'Draft report');
}

/**
 * Draft report sidebar: the tabs it drafts from, and today.
 * @return {Object} the tabs
 */
export function getReportInput(): report.ReportInput {
  return report.reportInput(SpreadsheetApp.getActiveSpreadsheet());
}

/**
 * Draft report sidebar: writes the report's tab.
 * @param {Object} tab its name and cells
 * @param {boolean} replace whether to replace a tab of that name
 * @return {Object} what happened
 */
export function writeReportTab(tab: unknown, replace: boolean): report.WriteReportResult {
  return report.writeReportTab(SpreadsheetApp.getActiveSpreadsheet(), tab, replace === true);
}

/** Menu: opens the export dialog (JSON for the browser extension). */
export function exportForBrowserExtension(): void {
  actions.openExportDialog();
}

/** Menu: opens the import dialog. */
export function importFromJson(): void {
  actions.openImportDialog();
}

/** Menu: opens the list of IMPACT_ formulas with examples. */
export function showFormulasHelp(): void {
  actions.openFormulasHelp();
}

/**
 * Check sidebar: the workbook's tabs and the day to judge them on; the sidebar runs the checks itself.
 * @return {Object} what the sidebar checks
 */
export function getCheckInput(): ReturnType<typeof actions.checkWorkbookInput> {
  return actions.checkWorkbookInput();
}

/**
 * Sidebar: selects a cell the user clicked a finding for.
 * @param {string} tab the tab name
 * @param {number} row the row, from 1
 * @param {number} column the column, from 1
 * @return {boolean} whether the cell was found
 */
export function selectCell(tab: unknown, row: unknown, column: unknown): boolean {
  return actions.selectCell(tab, row, column);
}

/**
 * Export dialog: the workbook's tabs; the dialog reads them and writes the JSON itself.
 * @return {Object} the tabs and the organisation
 */
export function getWorkbookTables(): ReturnType<typeof actions.checkWorkbookInput> {
  return actions.checkWorkbookInput();
}

/**
 * Import dialog: writes the tables the dialog read from JSON into the tabs.
 * @param {Object} tables the workbook's tabs, each date as its day
 * @param {boolean} replace whether rows already in the tabs may be replaced
 * @return {Object} what happened
 */
export function importWorkbookTables(tables: unknown, replace: boolean): actions.ImportResult {
  return actions.importTables(tables, replace);
}
