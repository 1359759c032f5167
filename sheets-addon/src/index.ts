// Apps Script entry point: only the globals that menus, triggers and custom functions call. Each exported
// function's JSDoc is copied by build.ts onto a top-level stub, which is what Apps Script sees.
import { checkActiveSpreadsheet, reportHtml } from './check-toc';

/**
 * Adds the Impact Lens menu when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: unknown): void {
  void e;
  SpreadsheetApp.getUi().createAddonMenu().addItem('Check theory of change', 'checkTheoryOfChange').addToUi();
}

/**
 * Runs when the add-on is installed: shows the menu at once.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/**
 * Menu: checks the theory of change, indicators and data of this spreadsheet and lists what is weak, cell by cell.
 */
export function checkTheoryOfChange(): void {
  const report = checkActiveSpreadsheet(SpreadsheetApp.getActiveSpreadsheet());
  const html = HtmlService.createHtmlOutput(reportHtml(report)).setTitle('Impact Lens');
  SpreadsheetApp.getUi().showSidebar(html);
}
