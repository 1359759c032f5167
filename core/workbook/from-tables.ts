import type { Finding } from '../checks/finding';
import type {
  Contract,
  Direction,
  Indicator,
  Link,
  Measurement,
  Organisation,
  TocNode,
  Workbook,
} from '../model/schema';
import { emptyWorkbook } from '../model/vocabulary';
import { formatLongDate } from '../util/calendar';
import { type CalendarDays, type Cell, type DateOrder, LOCAL_DAYS, rememberingDays } from './cells';
import { checkConsistency } from './consistency';
import { plainMeasurements } from './data-rows';
import { rowLocator } from './locators';
import { a1 } from './places';
import { dataFinding, type ParseResult, parseResult, short } from './result';
import {
  cellOf,
  columnOf,
  openTab,
  type Reading,
  type ReportCell,
  readRow,
  type SheetTab,
} from './sheet-tab';
import {
  DATA_COLUMNS,
  DEFAULT_CONTRACT_NAME,
  INDICATOR_COLUMNS,
  PAYMENT_COLUMNS,
  type RowValues,
  TAB,
  TOC_COLUMNS,
} from './tabs';

/** Each tab as `getValues()` returns it. Tabs that are not there are read as empty. */
export type WorkbookTables = Partial<Record<string, Cell[][]>>;

export interface FromTablesOptions {
  organisation?: Organisation;
  /** How 03/04/2026 is read; day first unless the user says otherwise. */
  dateOrder?: DateOrder;
  /** Which day a Date cell is: the spreadsheet's time zone, in the add-on (the runtime's clock by default). */
  days?: CalendarDays;
}

type TocSheet = SheetTab<(typeof TOC_COLUMNS)[number]>;
type IndicatorSheet = SheetTab<(typeof INDICATOR_COLUMNS)[number]>;
type DataColumn = (typeof DATA_COLUMNS)[number];
type DataSheet = SheetTab<DataColumn>;
type PaymentSheet = SheetTab<(typeof PAYMENT_COLUMNS)[number]>;

const NO_THEORY_OF_CHANGE =
  'There is no Theory of change tab, or it is empty; run Set up impact workbook from the Impact Lens menu.';

/** Items read from a tab, with the row each came from. */
class Placed<T> {
  readonly items: T[] = [];
  readonly rows: number[] = [];
  add(item: T, row: number): void {
    this.items.push(item);
    this.rows.push(row);
  }
}

/** Optional fields are left out rather than set to undefined, so that a parsed workbook equals its JSON. */
function withOptional<T extends object>(base: T, optional: Record<string, unknown>): T {
  const out = base as Record<string, unknown>;
  for (const k in optional) {
    const v = optional[k];
    if (v !== undefined && v !== '') out[k] = v;
  }
  return base;
}

/** Nodes and their links (one per ID in Leads to), and the IDs of rows that could not be read. */
function readTheoryOfChange(tab: TocSheet, reading: Reading) {
  const nodes = new Placed<TocNode>();
  const links = new Placed<Link>();
  const unread = new Set<string>();
  for (const row of tab.rows) {
    const read = readRow(tab, row, reading);
    if (!read.ok) {
      if (read.values.id) unread.add(read.values.id);
      continue;
    }
    const { id, level, term, statement, leadsTo = [], assumptions } = read.values;
    nodes.add(withOptional({ id, level, statement }, { term, assumptions }), row);
    for (const to of new Set(leadsTo)) links.add({ from: id, to }, row);
  }
  return { nodes, links, unread };
}

/** A blank Direction is read from the figures: a target below the baseline is to be brought down. */
function impliedDirection(baseline: number | undefined, target: number | undefined): Direction {
  return baseline !== undefined && target !== undefined && target < baseline ? 'Decrease' : 'Increase';
}

function readIndicators(tab: IndicatorSheet, reading: Reading) {
  const indicators = new Placed<Indicator>();
  const unread = new Set<string>();
  for (const row of tab.rows) {
    const read = readRow(tab, row, reading);
    if (!read.ok) {
      if (read.values.id) unread.add(read.values.id);
      continue;
    }
    const { id, outcome, name, unit = 'Number', direction, baseline, target } = read.values;
    const { baselineDate, targetDate, source, frequency, owner } = read.values;
    indicators.add(
      withOptional(
        { id, outcome, name, unit, direction: direction ?? impliedDirection(baseline, target) },
        { baseline, baselineDate, target, targetDate, source, frequency, owner },
      ),
      row,
    );
  }
  return { indicators, unread };
}

/**
 * Compiles only while the Data tab's columns are exactly a measurement's fields, so that a row's values can be its
 * measurement.
 */
type MeasurementValues = [keyof RowValues<DataColumn>] extends [keyof Measurement]
  ? [keyof Measurement] extends [keyof RowValues<DataColumn>]
    ? RowValues<DataColumn>
    : never
  : never;

/**
 * A plain row is read by position; any other row's values are its measurement, in the columns' order, which is the
 * fields' order: no reader gives an empty value, and blank cells are left out.
 */
function readMeasurements(tab: DataSheet, reading: Reading): Placed<Measurement> {
  const measurements = new Placed<Measurement>();
  const plainMeasurement = plainMeasurements(tab, reading.context);
  for (const row of tab.rows) {
    const plain = plainMeasurement(tab.table[row - 1]!);
    if (plain !== undefined) {
      measurements.add(plain, row);
      continue;
    }
    const read = readRow(tab, row, reading);
    if (read.ok) measurements.add(read.values satisfies MeasurementValues, row);
  }
  return measurements;
}

const CONTRACT_WIDE = ['start', 'end', 'totalCap'] as const;

/** Payment rows grouped into contracts by their Contract name; `rows[c][m]` is contract c's metric m's row. */
function readContracts(tab: PaymentSheet, reading: Reading) {
  const contracts: Contract[] = [];
  const rows: number[][] = [];
  for (const row of tab.rows) {
    const read = readRow(tab, row, reading);
    if (!read.ok) continue;
    const { metric, indicator, price, cap, achieved, contract: name = DEFAULT_CONTRACT_NAME } = read.values;
    let index = contracts.findIndex((c) => c.name === name);
    if (index < 0) {
      index = contracts.push({ name, metrics: [] }) - 1;
      rows.push([]);
    }
    const contract = contracts[index]!;
    // Contract-wide values are given once, on any of the contract's rows; a second, different one is a mistake.
    for (const key of CONTRACT_WIDE) {
      const value = read.values[key];
      if (value === undefined) continue;
      const existing = contract[key];
      if (existing === undefined) {
        Object.assign(contract, { [key]: value });
      } else if (existing !== value) {
        const header = PAYMENT_COLUMNS.find((c) => c.key === key)!.header;
        const earlier = typeof existing === 'string' ? formatLongDate(existing) : existing;
        reading.report(
          cellOf(tab, row, key),
          `${header} differs from the one given earlier for "${short(name)}" (${earlier}); give it once, on the contract's first row.`,
        );
      }
    }
    contract.metrics.push(withOptional({ metric, price }, { indicator, cap, achieved }));
    rows[index]!.push(row);
  }
  return { contracts, rows };
}

/**
 * Turns the tabs of an impact workbook, as Sheets' `getValues()` gives them, into a Workbook. Columns are found by
 * header, so users may reorder them and add their own. Every problem is reported with its cell; none stops the
 * rest from being read.
 */
export function fromTables(tables: WorkbookTables, options: FromTablesOptions = {}): ParseResult {
  const findings: Finding[] = [];
  const report: ReportCell = (cell, message) => {
    findings.push(dataFinding({ place: a1(cell), cell }, message));
  };
  const context = {
    dateOrder: options.dateOrder ?? 'dmy',
    days: rememberingDays(options.days ?? LOCAL_DAYS),
  };
  const reading: Reading = { context, report };

  // Every header first, so that a tab's missing column is told before any cell.
  const sheets = {
    [TAB.toc]: openTab(TAB.toc, tables[TAB.toc], TOC_COLUMNS, report),
    [TAB.indicators]: openTab(TAB.indicators, tables[TAB.indicators], INDICATOR_COLUMNS, report),
    [TAB.data]: openTab(TAB.data, tables[TAB.data], DATA_COLUMNS, report),
    [TAB.payments]: openTab(TAB.payments, tables[TAB.payments], PAYMENT_COLUMNS, report),
  };
  const toc = sheets[TAB.toc];
  if (!toc.present) report({ tab: TAB.toc, row: 1, column: 1 }, NO_THEORY_OF_CHANGE);

  const theory = readTheoryOfChange(toc, reading);
  const indicators = readIndicators(sheets[TAB.indicators], reading);
  const measurements = readMeasurements(sheets[TAB.data], reading);
  const payments = readContracts(sheets[TAB.payments], reading);

  const draft: Workbook = {
    ...emptyWorkbook(options.organisation),
    nodes: theory.nodes.items,
    links: theory.links.items,
    indicators: indicators.indicators.items,
    measurements: measurements.items,
    contracts: payments.contracts,
  };
  const rows = {
    nodes: theory.nodes.rows,
    links: theory.links.rows,
    indicators: indicators.indicators.rows,
    measurements: measurements.rows,
    contracts: payments.rows,
  };
  const locate = rowLocator(rows, (tab, key) => columnOf(sheets[tab], key));
  // Rows that could not be read are reported already: references to their IDs are not blamed again.
  const judged = checkConsistency(draft, locate, {
    node: (id) => toc.unreadable || theory.unread.has(id),
    indicator: (id) => sheets[TAB.indicators].unreadable || indicators.unread.has(id),
  });
  return parseResult(judged.workbook, [...findings, ...judged.findings], judged.locate);
}

export type { Workbook };
