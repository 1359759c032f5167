import { COSTS_TAB } from '../../core/costing/tab';
import { columnLetters } from '../../core/workbook/places';
import { FROM_RECORDS_COLUMN, TAB } from '../../core/workbook/tabs';
import {
  buildChartTable,
  CHART_ROWS,
  CHART_TABLE_WIDTH,
  CHARTS_NOTE,
  type ChartedIndicator,
  chartPosition,
  chartTableRow,
} from './charts';
import {
  buildDashboard,
  DASHBOARD_HEADERS,
  DASHBOARD_ROWS,
  dashboardFormats,
  FIGURE_FORMATS,
  type FigureKind,
  figureKind,
  STATUS_COLOURS,
} from './dashboard';
import {
  ANSWERS_LAYOUT,
  CLAIMS_LAYOUT,
  type ColumnMap,
  columnMapOf,
  DATA_LAYOUT,
  DATA_TAB_LAYOUTS,
  FUNDERS_LAYOUT,
  INDICATOR_LAYOUT,
  LEARNING_LOG_LAYOUT,
  PAYMENT_LAYOUT,
  RECORDS_LAYOUT,
  SOURCES_LAYOUT,
  type TabLayout,
} from './layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupReport {
  created: string[];
  headersAdded: string[];
  paymentFormulas: number;
  /** Payment cells the user had typed into, which Set up left alone. */
  paymentCellsKept: number;
  /** `replaced`: the user agreed to lose what they had put on it. */
  dashboard: 'built' | 'rebuilt' | 'replaced' | 'kept';
  /** Charts drawn on the Charts tab, one per indicator. */
  charts: number;
}

/** Asks the user a yes/no question; true means go ahead. */
export type Ask = (title: string, question: string) => boolean;

const HEADER_BACKGROUND = '#d9ead3';

function headerRow(sheet: Sheet): unknown[] {
  const width = Math.max(1, sheet.getLastColumn());
  return sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
}

/**
 * Adds the headers a tab lacks after its last used column, never over anything the user wrote, and returns where
 * every column now is.
 */
export function ensureHeaders(sheet: Sheet, tab: TabLayout, added: string[] = []): ColumnMap {
  const map = columnMapOf(headerRow(sheet), tab);
  const missing = tab.columns.filter((c) => !map.has(c.header));
  if (missing.length === 0) return map;
  let next = sheet.getLastColumn() + 1;
  const needed = next + missing.length - 1 - sheet.getMaxColumns();
  if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
  for (const column of missing) {
    sheet.getRange(1, next, 1, 1).setValues([[column.header]]);
    map.set(column.header, next);
    added.push(`${tab.name}: ${column.header}`);
    next++;
  }
  return map;
}

/** The workbook's own tabs, and the M&E costs tab the cost view adds: never where records are kept. */
export const WORKBOOK_TABS: ReadonlySet<string> = new Set<string>([
  TAB.toc,
  TAB.indicators,
  TAB.data,
  TAB.payments,
  TAB.dashboard,
  TAB.charts,
  TAB.sources,
  LEARNING_LOG_LAYOUT.name,
  CLAIMS_LAYOUT.name,
  ANSWERS_LAYOUT.name,
  FUNDERS_LAYOUT.name,
  COSTS_TAB,
]);

/** The tabs a Sources row may name, as the spreadsheet has them now: a Form's responses, a pasted export, Records. */
function recordTabNames(spreadsheet: Spreadsheet): string[] {
  return spreadsheet
    .getSheets()
    .map((sheet) => sheet.getName())
    .filter((name) => !WORKBOOK_TABS.has(name));
}

function listRule(header: string, choices: readonly string[], help: string) {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...choices], true)
    .setAllowInvalid(true)
    .setHelpText(`${header}: ${help}`)
    .build();
}

function dressColumns(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  tab: TabLayout,
  map: ColumnMap,
  idColumns: Map<string, number>,
): void {
  const rows = Math.max(1, sheet.getMaxRows() - 1);
  sheet.setFrozenRows(1);
  for (const column of tab.columns) {
    const at = map.get(column.header);
    if (at === undefined) continue;
    sheet.getRange(1, at, 1, 1).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    sheet.setColumnWidth(at, column.width);
    const body = sheet.getRange(2, at, rows, 1);
    if (column.format) body.setNumberFormat(column.format);
    if (column.choices) {
      body.setDataValidation(
        listRule(column.header, column.choices, `choose one of ${column.choices.join(', ')}.`),
      );
    } else if (column.tabNames) {
      const names = recordTabNames(spreadsheet);
      if (names.length > 0)
        body.setDataValidation(listRule(column.header, names, 'the tab that holds the records.'));
    } else if (column.idsFrom) {
      const source = spreadsheet.getSheetByName(column.idsFrom);
      const idColumn = idColumns.get(column.idsFrom);
      if (source && idColumn !== undefined) {
        body.setDataValidation(
          SpreadsheetApp.newDataValidation()
            .requireValueInRange(source.getRange(2, idColumn, Math.max(1, source.getMaxRows() - 1), 1), true)
            .setAllowInvalid(true)
            .setHelpText(`${column.header}: use an ID from the ${column.idsFrom} tab.`)
            .build(),
        );
      }
    }
  }
  if (map.size === 0) return;
  const lastColumn = Math.max(...map.values());
  spreadsheet.setNamedRange(tab.rangeName, sheet.getRange(2, 1, rows, lastColumn));
}

/**
 * The Sources tab, and the template's Records tab. A Records tab that is already there is the user's: its columns
 * are whatever their Sources rows name, so none is added to it, and only the columns it shares with the template
 * are dressed.
 */
function setUpRecordTabs(spreadsheet: Spreadsheet, report: SetupReport): Map<string, ColumnMap> {
  const maps = new Map<string, ColumnMap>();
  for (const tab of [SOURCES_LAYOUT, RECORDS_LAYOUT]) {
    let sheet = spreadsheet.getSheetByName(tab.name);
    const created = !sheet;
    if (!sheet) {
      sheet = spreadsheet.insertSheet(tab.name);
      report.created.push(tab.name);
    }
    const own = tab === SOURCES_LAYOUT || created || sheet.getLastColumn() === 0;
    maps.set(
      tab.name,
      own ? ensureHeaders(sheet, tab, report.headersAdded) : columnMapOf(headerRow(sheet), tab),
    );
  }
  return maps;
}

/** The tab, made (and reported) when it is not there. */
function ownTab(spreadsheet: Spreadsheet, tab: TabLayout, report: SetupReport): Sheet {
  const sheet = spreadsheet.getSheetByName(tab.name);
  if (sheet) return sheet;
  report.created.push(tab.name);
  return spreadsheet.insertSheet(tab.name);
}

/** Fills the Payment column with IMPACT_PAYMENT for each metric row whose Payment cell is empty. */
function fillPaymentFormulas(sheet: Sheet, map: ColumnMap, report: SetupReport): void {
  const last = sheet.getLastRow();
  if (last < 2) return;
  const metric = map.get('Outcome metric')!;
  const payment = map.get('Payment')!;
  const price = map.get('Price')!;
  const cap = map.get('Cap')!;
  const achieved = map.get('Achieved')!;
  const metrics = sheet.getRange(2, metric, last - 1, 1).getValues();
  const paymentRange = sheet.getRange(2, payment, last - 1, 1);
  const values = paymentRange.getValues();
  const formulas = paymentRange.getFormulas();
  // Each empty Payment cell of a metric row gets its own formula; rows without a metric, cells that already hold a
  // formula and cells the user typed into are not written at all.
  formulas.forEach((row, i) => {
    if (String(metrics[i]![0] ?? '').trim() === '' || row[0]) return;
    if (values[i]![0] !== '') {
      report.paymentCellsKept++;
      return;
    }
    const r = i + 2;
    report.paymentFormulas++;
    sheet
      .getRange(r, payment, 1, 1)
      .setFormula(
        `=IMPACT_PAYMENT(${columnLetters(achieved)}${r},${columnLetters(price)}${r},${columnLetters(cap)}${r})`,
      );
  });
}

function colourStatuses(sheet: Sheet, statusColumn: number): void {
  const range = sheet.getRange(2, statusColumn, Math.max(1, sheet.getMaxRows() - 1), 1);
  const rules = STATUS_COLOURS.map(([text, colour]) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(text)
      .setBackground(colour)
      .setRanges([range])
      .build(),
  );
  sheet.setConditionalFormatRules(rules);
}

/** The Dashboard's formulas as Set up would write them for the columns the Indicators and Data tabs have now. */
function expectedDashboard(spreadsheet: Spreadsheet): string[][] | undefined {
  const indicators = spreadsheet.getSheetByName(INDICATOR_LAYOUT.name);
  const data = spreadsheet.getSheetByName(DATA_LAYOUT.name);
  if (!indicators || !data || indicators.getLastColumn() === 0 || data.getLastColumn() === 0)
    return undefined;
  const headerRow = (sheet: Sheet) => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  const payments = spreadsheet.getSheetByName(PAYMENT_LAYOUT.name);
  if (!payments || payments.getLastColumn() === 0) return undefined;
  const indicatorColumns = columnMapOf(headerRow(indicators), INDICATOR_LAYOUT);
  const dataColumns = columnMapOf(headerRow(data), DATA_LAYOUT);
  const paymentColumns = columnMapOf(headerRow(payments), PAYMENT_LAYOUT);
  // The Dashboard reads every column of the three but From records, which a Data tab from before it lacks.
  const complete = (layout: TabLayout, map: ColumnMap) =>
    layout.columns.every((c) => map.has(c.header) || c.header === FROM_RECORDS_COLUMN.header);
  if (
    !complete(INDICATOR_LAYOUT, indicatorColumns) ||
    !complete(DATA_LAYOUT, dataColumns) ||
    !complete(PAYMENT_LAYOUT, paymentColumns)
  )
    return undefined;
  return buildDashboard(indicatorColumns, dataColumns, paymentColumns).formulas;
}

/** Sheets may change a formula's spacing or letter case as it stores it; neither makes it someone else's. */
const sameFormula = (a: string, b: string | undefined) =>
  b !== undefined && a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

/**
 * A Dashboard Set up made and nobody changed: its headers, and below them only the formulas Set up writes, in their
 * own cells. A value, or any other formula (one the user wrote beside or below the add-on's, or an edit of one of
 * its own), is the user's, and rebuilding would lose it.
 */
function isOwnDashboard(sheet: Sheet, expected: string[][] | undefined): boolean {
  const width = Math.max(sheet.getLastColumn(), DASHBOARD_HEADERS.length);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!;
  if (
    DASHBOARD_HEADERS.some((h, i) => header[i] !== h) ||
    header.slice(DASHBOARD_HEADERS.length).some((c) => c !== '')
  ) {
    return false;
  }
  const rows = sheet.getLastRow() - 1;
  if (rows <= 0) return true;
  const body = sheet.getRange(2, 1, rows, width);
  const formulas = body.getFormulas();
  return body.getValues().every((row, r) =>
    row.every((value, c) => {
      const formula = formulas[r]![c]!;
      return formula === '' ? value === '' : sameFormula(formula, expected?.[r]?.[c]);
    }),
  );
}

/** Whether the spreadsheet has a Dashboard tab with something on it that Set up did not put there. */
export function dashboardHasUserContent(spreadsheet: Spreadsheet): boolean {
  const dashboard = spreadsheet.getSheetByName(TAB.dashboard);
  return (
    dashboard !== null &&
    dashboard.getLastRow() > 0 &&
    !isOwnDashboard(dashboard, expectedDashboard(spreadsheet))
  );
}

/**
 * Builds the impact workbook's tabs, or repairs them: missing tabs and headers are added, dropdowns, formats,
 * frozen headers and named ranges are (re)applied, and the Dashboard is rebuilt. Nothing the user typed is
 * changed or deleted; where the Dashboard would be replaced, the user is asked first.
 */
export function setUpWorkbook(spreadsheet: Spreadsheet, ask: Ask): SetupReport {
  const report: SetupReport = {
    created: [],
    headersAdded: [],
    paymentFormulas: 0,
    paymentCellsKept: 0,
    dashboard: 'built',
    charts: 0,
  };
  const sheets = new Map<string, Sheet>();
  const maps = new Map<string, ColumnMap>();
  for (const tab of DATA_TAB_LAYOUTS) {
    let sheet = spreadsheet.getSheetByName(tab.name);
    if (!sheet) {
      sheet = spreadsheet.insertSheet(tab.name);
      report.created.push(tab.name);
    }
    sheets.set(tab.name, sheet);
    maps.set(tab.name, ensureHeaders(sheet, tab, report.headersAdded));
  }
  for (const [name, map] of setUpRecordTabs(spreadsheet, report)) {
    sheets.set(name, spreadsheet.getSheetByName(name)!);
    maps.set(name, map);
  }
  const log = ownTab(spreadsheet, LEARNING_LOG_LAYOUT, report);
  sheets.set(LEARNING_LOG_LAYOUT.name, log);
  maps.set(LEARNING_LOG_LAYOUT.name, ensureHeaders(log, LEARNING_LOG_LAYOUT, report.headersAdded));
  const claims = ownTab(spreadsheet, CLAIMS_LAYOUT, report);
  sheets.set(CLAIMS_LAYOUT.name, claims);
  maps.set(CLAIMS_LAYOUT.name, ensureHeaders(claims, CLAIMS_LAYOUT, report.headersAdded));
  const answers = ownTab(spreadsheet, ANSWERS_LAYOUT, report);
  sheets.set(ANSWERS_LAYOUT.name, answers);
  maps.set(ANSWERS_LAYOUT.name, ensureHeaders(answers, ANSWERS_LAYOUT, report.headersAdded));
  const funders = ownTab(spreadsheet, FUNDERS_LAYOUT, report);
  sheets.set(FUNDERS_LAYOUT.name, funders);
  maps.set(FUNDERS_LAYOUT.name, ensureHeaders(funders, FUNDERS_LAYOUT, report.headersAdded));
  const idColumns = new Map([
    [TAB.toc, maps.get(TAB.toc)!.get('ID')!],
    [TAB.indicators, maps.get(TAB.indicators)!.get('ID')!],
  ]);
  for (const tab of [
    ...DATA_TAB_LAYOUTS,
    SOURCES_LAYOUT,
    RECORDS_LAYOUT,
    LEARNING_LOG_LAYOUT,
    CLAIMS_LAYOUT,
    ANSWERS_LAYOUT,
    FUNDERS_LAYOUT,
  ])
    dressColumns(spreadsheet, sheets.get(tab.name)!, tab, maps.get(tab.name)!, idColumns);
  fillPaymentFormulas(sheets.get(PAYMENT_LAYOUT.name)!, maps.get(PAYMENT_LAYOUT.name)!, report);

  const kinds = indicatorKinds(sheets, maps);
  report.dashboard = setUpDashboard(spreadsheet, maps, kinds, ask, report);
  let charts = spreadsheet.getSheetByName(TAB.charts);
  if (!charts) {
    charts = spreadsheet.insertSheet(TAB.charts);
    report.created.push(TAB.charts);
  }
  const charted = kinds.flatMap((k) => (k.indicator ? [k.indicator] : []));
  buildCharts(charts, maps.get(TAB.indicators)!, maps.get(TAB.data)!, charted);
  report.charts = charted.length;
  return report;
}

/** Each Indicators row below the header: how its figures read, and the indicator to chart where it has an ID. */
interface RowKind {
  kind?: FigureKind;
  indicator?: ChartedIndicator;
}

/** Reads the Indicators tab and the Data tab once each, for the Dashboard's formats and the Charts tab. */
function indicatorKinds(sheets: Map<string, Sheet>, maps: Map<string, ColumnMap>): RowKind[] {
  const rowsOf = (name: string) => {
    const sheet = sheets.get(name)!;
    const last = sheet.getLastRow();
    return last < 2 ? [] : sheet.getRange(2, 1, last - 1, sheet.getLastColumn()).getValues();
  };
  const at = (name: string, header: string) => maps.get(name)!.get(header)! - 1;
  const [dataId, dataValue] = [at(TAB.data, 'Indicator'), at(TAB.data, 'Value')];
  const figures = new Map<string, { rows: number; values: unknown[] }>();
  for (const row of rowsOf(TAB.data)) {
    const id = String(row[dataId] ?? '').trim();
    const own = figures.get(id) ?? { rows: 0, values: [] };
    own.rows++;
    if (row[dataValue] !== '') own.values.push(row[dataValue]);
    figures.set(id, own);
  }
  const [id, name, unit] = ['ID', 'Indicator', 'Unit'].map((h) => at(TAB.indicators, h));
  return rowsOf(TAB.indicators).map((row) => {
    const key = String(row[id!] ?? '').trim();
    if (key === '') return {};
    const kind = figureKind(row[unit!], figures.get(key) ?? { rows: 0, values: [] });
    return { kind, indicator: { id: key, name: String(row[name!] ?? ''), kind } };
  });
}

/** Builds or rebuilds the Dashboard, asking first where the user has put something of their own on it. */
function setUpDashboard(
  spreadsheet: Spreadsheet,
  maps: Map<string, ColumnMap>,
  kinds: readonly RowKind[],
  ask: Ask,
  report: SetupReport,
): SetupReport['dashboard'] {
  let outcome: SetupReport['dashboard'] = 'built';
  let dashboard = spreadsheet.getSheetByName(TAB.dashboard);
  if (dashboardHasUserContent(spreadsheet)) {
    const replace = ask(
      'Rebuild the Dashboard?',
      'The Dashboard tab will be rebuilt from IMPACT_ formulas. Anything typed on that tab will be replaced. Rebuild it?',
    );
    if (!replace) return 'kept';
    outcome = 'replaced';
  }
  if (dashboard && dashboard.getLastRow() > 0) {
    dashboard.getRange(1, 1, dashboard.getMaxRows(), dashboard.getMaxColumns()).clearContent();
    if (outcome === 'built') outcome = 'rebuilt';
  }
  if (!dashboard) {
    dashboard = spreadsheet.insertSheet(TAB.dashboard);
    report.created.push(TAB.dashboard);
  }
  const built = buildDashboard(maps.get(TAB.indicators)!, maps.get(TAB.data)!, maps.get(TAB.payments)!);
  const width = DASHBOARD_HEADERS.length;
  dashboard
    .getRange(1, 1, 1, width)
    .setValues([[...DASHBOARD_HEADERS]])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);
  dashboard.setFrozenRows(1);
  const body = dashboard.getRange(2, 1, DASHBOARD_ROWS, width);
  body.setFormulas(built.formulas);
  // The formats follow the indicators as they are now: Set up run again after a unit changes or an indicator is
  // added brings them up to date (docs/sheets-addon.md).
  body.setNumberFormats(dashboardFormats(kinds.map((k) => k.kind)));
  colourStatuses(dashboard, built.statusColumn);
  return outcome;
}

/** Makes the sheet at least this big: Apps Script refuses a range past its last row or column. */
function makeRoom(sheet: Sheet, rows: number, columns: number): void {
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (columns > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
}

/**
 * Builds the Charts tab, or rebuilds it from scratch: every chart on it is removed first, so a second Set up leaves
 * one chart per indicator, never two. One line chart per indicator, its figures against the straight line from
 * baseline to target, read from the helper table below the charts.
 */
function buildCharts(
  sheet: Sheet,
  indicators: ColumnMap,
  data: ColumnMap,
  charted: readonly ChartedIndicator[],
): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  if (sheet.getLastRow() > 0) sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearContent();
  sheet.getRange(1, 1, 1, 1).setValues([[CHARTS_NOTE]]);
  if (charted.length === 0) return;
  const top = chartTableRow(charted.length);
  const table = buildChartTable(indicators, data, charted, top);
  makeRoom(sheet, top + CHART_ROWS, table[0]!.length);
  const range = sheet.getRange(top, 1, table.length, table[0]!.length);
  range.setValues(table);
  // A formula that returns a day shows a serial number unless its cell is formatted as a date, and the chart's axis
  // takes the cell's format.
  range.setNumberFormats(
    table.map(() =>
      charted.flatMap(({ kind }) => [CHART_DATE_FORMAT, FIGURE_FORMATS[kind][0], FIGURE_FORMATS[kind][0]]),
    ),
  );
  charted.forEach(({ id, name, kind }, i) => {
    const chart = sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange(top, i * CHART_TABLE_WIDTH + 1, CHART_ROWS + 1, CHART_TABLE_WIDTH))
      .setNumHeaders(1)
      .setPosition(...chartPosition(i), 0, 0)
      .setOption('title', `${id}: ${name}`)
      .setOption('vAxis', { format: FIGURE_FORMATS[kind][0] })
      // The figures skip the baseline and target days, and the line the periods outside them.
      .setOption('interpolateNulls', true)
      .build();
    sheet.insertChart(chart);
  });
}

const CHART_DATE_FORMAT = 'd mmm yyyy';

const DASHBOARD_OUTCOME: Record<SetupReport['dashboard'], string> = {
  built: 'The Dashboard was built from IMPACT_ formulas.',
  rebuilt: 'The Dashboard was rebuilt from IMPACT_ formulas.',
  replaced:
    'The Dashboard was rebuilt from IMPACT_ formulas, replacing what you had put on it, as you agreed.',
  kept: 'The Dashboard was left as it was.',
};

export function describeSetup(report: SetupReport): string {
  const lines: string[] = [];
  lines.push(
    report.created.length ? `Created: ${report.created.join(', ')}.` : 'All the tabs were already there.',
  );
  if (report.headersAdded.length) lines.push(`Added missing columns: ${report.headersAdded.join('; ')}.`);
  if (report.paymentFormulas) lines.push(`Filled ${report.paymentFormulas} Payment formula(s).`);
  if (report.paymentCellsKept) {
    lines.push(
      `Left ${report.paymentCellsKept} Payment cell(s) you had typed into; clear them to get the formula.`,
    );
  }
  lines.push(DASHBOARD_OUTCOME[report.dashboard]);
  lines.push(`The Charts tab holds ${report.charts} chart(s), one per indicator.`);
  lines.push(
    report.dashboard === 'replaced'
      ? 'Dropdowns, formats and frozen headers were applied; nothing you typed on the other tabs was changed.'
      : 'Dropdowns, formats and frozen headers were applied; nothing you typed was changed.',
  );
  return lines.join('\n');
}
