// Apps Script entry point: only the globals that menus, triggers, pages and custom functions call; the logic is in
// the modules beside this file. Each exported function's JSDoc is copied by build.ts onto a top-level stub, which
// is what Apps Script sees.
import * as actions from './actions';

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
    .addItem('Update data from records', 'updateDataFromRecords')
    .addItem('Check theory of change', 'checkTheoryOfChange')
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

/** Menu: opens the sidebar that lists what is weak in the theory of change, indicators and data. */
export function checkTheoryOfChange(): void {
  actions.openCheckSidebar();
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
 * Sidebar: the check's findings, each with its cell.
 * @return {Object} the report
 */
export function getCheckReport(): ReturnType<typeof actions.checkReport> {
  return actions.checkReport();
}

/**
 * Sidebar: selects a cell the user clicked a finding for.
 * @param {string} tab the tab name
 * @param {number} row the row, from 1
 * @param {number} column the column, from 1
 * @return {boolean} whether the cell was found
 */
export function selectCell(tab: string, row: number, column: number): boolean {
  return actions.selectCell(tab, row, column);
}

/**
 * Export dialog: the workbook as JSON, or the problems that stop it being exported.
 * @return {Object} the export
 */
export function getWorkbookJson(): actions.ExportResult {
  return actions.workbookJson();
}

/**
 * Import dialog: reads JSON and writes it into the tabs.
 * @param {string} text the JSON
 * @param {boolean} replace whether rows already in the tabs may be replaced
 * @return {Object} what happened
 */
export function importWorkbookJson(text: string, replace: boolean): actions.ImportResult {
  return actions.importWorkbook(text, replace);
}
