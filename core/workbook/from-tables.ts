import {
  DIRECTIONS,
  type Direction,
  emptyWorkbook,
  FREQUENCIES,
  type Indicator,
  LEVELS,
  type Link,
  type Measurement,
  type Organisation,
  type OutcomeMetric,
  TERMS,
  type TocNode,
  UNITS,
  type Workbook,
} from '../model/schema';
import { formatLongDate } from '../util/calendar';
import {
  type CalendarDays,
  type Cell,
  type DateOrder,
  describeCell,
  isBlank,
  LOCAL_DAYS,
  type Read,
  readChoice,
  readDate,
  readIdList,
  readNumber,
  readText,
} from './cells';
import { checkConsistency } from './consistency';
import { a1, type CellRef, type ItemRef, type Located, type Locator } from './places';
import { type ParseResult, type Problem, sortProblems } from './problems';
import {
  type ColumnSpec,
  DATA_COLUMNS,
  DEFAULT_CONTRACT_NAME,
  INDICATOR_COLUMNS,
  normaliseHeader,
  PAYMENT_COLUMNS,
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

interface Row {
  number: number;
  cells: Cell[];
}

/** One tab: its header row found by name, then its non-blank rows. */
class TabReader<K extends string> {
  readonly columnOf = new Map<K, number>();
  readonly rows: Row[] = [];
  readonly present: boolean;
  /** True when the tab is there but its header lacks a required column, so none of its rows could be read. */
  unreadable = false;

  constructor(
    readonly tab: string,
    table: Cell[][] | undefined,
    specs: ColumnSpec<K>[],
    problems: Problem[],
  ) {
    const headerIndex = table ? table.findIndex((row) => row.some((c) => !isBlank(c))) : -1;
    this.present = headerIndex >= 0;
    if (!table || headerIndex < 0) return;
    const header = table[headerIndex]!;
    const headerRow = headerIndex + 1;
    const byName = new Map(specs.map((s) => [normaliseHeader(s.header), s]));
    header.forEach((cell, i) => {
      const spec = byName.get(normaliseHeader(readText(cell)));
      if (!spec) return;
      const earlier = this.columnOf.get(spec.key);
      if (earlier !== undefined) {
        const here = { tab, row: headerRow, column: i + 1 };
        problems.push({
          severity: 'error',
          place: a1(here),
          cell: here,
          message: `There are two "${spec.header}" columns (the other is ${a1({ tab, row: headerRow, column: earlier + 1 })}); rename or remove one.`,
        });
        return;
      }
      this.columnOf.set(spec.key, i);
    });
    const missing = specs.filter((s) => s.required && !this.columnOf.has(s.key)).map((s) => `"${s.header}"`);
    if (missing.length > 0) {
      const here = { tab, row: headerRow, column: 1 };
      problems.push({
        severity: 'error',
        place: a1(here),
        cell: here,
        message: `The ${tab} tab has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} in its header row (row ${headerRow}); add ${missing.length > 1 ? 'them' : 'it'}, or run Set up impact workbook to repair the tab.`,
      });
      this.unreadable = true;
      return;
    }
    // A row is data when one of the tab's own columns has content: a note in a column of the user's own is not.
    const ownColumns = [...this.columnOf.values()];
    for (let r = headerIndex + 1; r < table.length; r++) {
      const cells = table[r]!;
      if (ownColumns.some((i) => !isBlank(cells[i]))) this.rows.push({ number: r + 1, cells });
    }
  }

  cell(row: Row, key: K): Cell {
    const i = this.columnOf.get(key);
    return i === undefined ? '' : row.cells[i];
  }

  has(row: Row, key: K): boolean {
    const i = this.columnOf.get(key);
    return i !== undefined && !isBlank(row.cells[i]);
  }

  cellRef(row: number, key: K | undefined): CellRef {
    const column = key === undefined ? undefined : this.columnOf.get(key);
    return { tab: this.tab, row, column: (column ?? 0) + 1 };
  }
}

/** Reads the cells of one row, collecting every problem instead of stopping at the first. */
class RowParser<K extends string> {
  failed = false;
  constructor(
    private readonly reader: TabReader<K>,
    private readonly row: Row,
    private readonly specs: ColumnSpec<K>[],
    private readonly problems: Problem[],
    private readonly dateOrder: DateOrder,
    private readonly days: CalendarDays,
  ) {}

  private header(key: K): string {
    return this.specs.find((s) => s.key === key)!.header;
  }

  cell(key: K): Cell {
    return this.reader.cell(this.row, key);
  }

  has(key: K): boolean {
    return this.reader.has(this.row, key);
  }

  ref(key: K): CellRef {
    return this.reader.cellRef(this.row.number, key);
  }

  private error(key: K, message: string): undefined {
    const cell = this.ref(key);
    this.problems.push({ severity: 'error', place: a1(cell), cell, message });
    this.failed = true;
    return undefined;
  }

  private read<T>(key: K, required: boolean, reader: (c: Cell) => Read<T>, expected: string): T | undefined {
    if (!this.has(key)) {
      return required ? this.error(key, `${this.header(key)} is missing; ${expected}.`) : undefined;
    }
    const cell = this.cell(key);
    const result = reader(cell);
    if (result.ok) return result.value;
    const reason = result.reason ? ` (${result.reason})` : '';
    return this.error(
      key,
      `${this.header(key)} must be ${expected}, found ${describeCell(cell, this.days)}${reason}.`,
    );
  }

  text(key: K, required = false): string | undefined {
    if (!this.has(key)) {
      return required ? this.error(key, `${this.header(key)} is missing.`) : undefined;
    }
    return readText(this.cell(key), this.days);
  }

  number(key: K, required = false, min?: number): number | undefined {
    const value = this.read(key, required, readNumber, 'a number');
    if (value !== undefined && min !== undefined && value < min) {
      return this.error(key, `${this.header(key)} must not be negative, found ${value}.`);
    }
    return value;
  }

  date(key: K, required = false): string | undefined {
    return this.read(
      key,
      required,
      (c) => readDate(c, this.dateOrder, this.days),
      'a date such as 31/03/2026',
    );
  }

  choice<T extends string>(key: K, choices: readonly T[], required = false): T | undefined {
    return this.read(key, required, (c) => readChoice(c, choices), `one of ${choices.join(', ')}`);
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

/**
 * Turns the tabs of an impact workbook, as Sheets' `getValues()` gives them, into a Workbook. Columns are found by
 * header, so users may reorder them and add their own. Every problem is reported with its cell; none stops the
 * rest from being read.
 */
export function fromTables(tables: WorkbookTables, options: FromTablesOptions = {}): ParseResult {
  const problems: Problem[] = [];
  const dateOrder = options.dateOrder ?? 'dmy';
  const days = options.days ?? LOCAL_DAYS;
  const draft = emptyWorkbook(options.organisation);

  const toc = new TabReader(TAB.toc, tables[TAB.toc], TOC_COLUMNS, problems);
  const indicatorsTab = new TabReader(TAB.indicators, tables[TAB.indicators], INDICATOR_COLUMNS, problems);
  const dataTab = new TabReader(TAB.data, tables[TAB.data], DATA_COLUMNS, problems);
  const paymentsTab = new TabReader(TAB.payments, tables[TAB.payments], PAYMENT_COLUMNS, problems);

  if (!toc.present) {
    const cell = { tab: TAB.toc, row: 1, column: 1 };
    problems.push({
      severity: 'error',
      place: a1(cell),
      cell,
      message:
        'There is no Theory of change tab, or it is empty; run Set up impact workbook from the Impact Lens menu.',
    });
  }

  // IDs of rows that could not be read: references to them are not reported again, the row's own error is enough.
  const unreadNodes = new Set<string>();
  const unreadIndicators = new Set<string>();
  const nodeRows: number[] = [];
  const linkRows: number[] = [];
  for (const row of toc.rows) {
    const p = new RowParser(toc, row, TOC_COLUMNS, problems, dateOrder, days);
    const id = p.text('id', true);
    const level = p.choice('level', LEVELS, true);
    const term = p.choice('term', TERMS);
    const statement = p.text('statement', true);
    const assumptions = p.text('assumptions');
    if (p.failed || id === undefined || level === undefined || statement === undefined) {
      if (id) unreadNodes.add(id);
      continue;
    }
    const node: TocNode = withOptional({ id, level, statement }, { term, assumptions });
    draft.nodes.push(node);
    nodeRows.push(row.number);
    const seen = new Set<string>();
    for (const to of readIdList(p.cell('leadsTo'))) {
      if (seen.has(to)) continue;
      seen.add(to);
      const link: Link = { from: id, to };
      draft.links.push(link);
      linkRows.push(row.number);
    }
  }

  const indicatorRows: number[] = [];
  for (const row of indicatorsTab.rows) {
    const p = new RowParser(indicatorsTab, row, INDICATOR_COLUMNS, problems, dateOrder, days);
    const id = p.text('id', true);
    const outcome = p.text('outcome', true);
    const name = p.text('name', true);
    const unit = p.choice('unit', UNITS) ?? 'Number';
    const explicitDirection = p.choice('direction', DIRECTIONS);
    const baseline = p.number('baseline');
    const baselineDate = p.date('baselineDate');
    const target = p.number('target');
    const targetDate = p.date('targetDate');
    const source = p.text('source');
    const frequency = p.choice('frequency', FREQUENCIES);
    const owner = p.text('owner');
    if (p.failed || id === undefined || outcome === undefined || name === undefined) {
      if (id) unreadIndicators.add(id);
      continue;
    }
    const direction: Direction =
      explicitDirection ??
      (baseline !== undefined && target !== undefined && target < baseline ? 'Decrease' : 'Increase');
    const indicator: Indicator = withOptional(
      { id, outcome, name, unit, direction },
      { baseline, baselineDate, target, targetDate, source, frequency, owner },
    );
    draft.indicators.push(indicator);
    indicatorRows.push(row.number);
  }

  const measurementRows: number[] = [];
  for (const row of dataTab.rows) {
    const p = new RowParser(dataTab, row, DATA_COLUMNS, problems, dateOrder, days);
    const indicator = p.text('indicator', true);
    const periodEnd = p.date('periodEnd', true);
    const value = p.number('value');
    const achieved = p.number('achieved', false, 0);
    const outOf = p.number('outOf', false, 0);
    const note = p.text('note');
    if (p.failed || indicator === undefined || periodEnd === undefined) continue;
    const measurement: Measurement = withOptional({ indicator, periodEnd }, { value, achieved, outOf, note });
    draft.measurements.push(measurement);
    measurementRows.push(row.number);
  }

  const contractRows: number[][] = [];
  for (const row of paymentsTab.rows) {
    const p = new RowParser(paymentsTab, row, PAYMENT_COLUMNS, problems, dateOrder, days);
    const metricName = p.text('metric', true);
    const indicator = p.text('indicator');
    const price = p.number('price', true, 0);
    const cap = p.number('cap', false, 0);
    const achieved = p.number('achieved', false, 0);
    const name = p.text('contract') ?? DEFAULT_CONTRACT_NAME;
    const start = p.date('start');
    const end = p.date('end');
    const totalCap = p.number('totalCap', false, 0);
    if (p.failed || metricName === undefined || price === undefined) continue;
    const metric: OutcomeMetric = withOptional({ metric: metricName, price }, { indicator, cap, achieved });
    let index = draft.contracts.findIndex((c) => c.name === name);
    if (index < 0) {
      draft.contracts.push({ name, metrics: [] });
      contractRows.push([]);
      index = draft.contracts.length - 1;
    }
    const contract = draft.contracts[index]!;
    const rows = contractRows[index]!;
    const settings = { start, end, totalCap } as const;
    for (const key of ['start', 'end', 'totalCap'] as const) {
      const value = settings[key];
      if (value === undefined) continue;
      const existing = contract[key];
      if (existing === undefined) {
        Object.assign(contract, { [key]: value });
      } else if (existing !== value) {
        const cell = p.ref(key);
        problems.push({
          severity: 'error',
          place: a1(cell),
          cell,
          message: `${PAYMENT_COLUMNS.find((c) => c.key === key)!.header} differs from the one given earlier for "${name}" (${typeof existing === 'string' ? formatLongDate(existing) : existing}); give it once, on the contract's first row.`,
        });
      }
    }
    contract.metrics.push(metric);
    rows.push(row.number);
  }

  const tabOf = {
    nodes: toc,
    links: toc,
    indicators: indicatorsTab,
    measurements: dataTab,
    contracts: paymentsTab,
  };
  const rowsOf = {
    nodes: nodeRows,
    links: linkRows,
    indicators: indicatorRows,
    measurements: measurementRows,
  };
  const locate: Locator = (ref: ItemRef): Located => {
    const reader = tabOf[ref.collection];
    let row: number | undefined;
    let field = ref.field;
    if (ref.collection === 'contracts') {
      const rows = contractRows[ref.index];
      row = rows?.[ref.metric ?? 0];
      if (ref.field === 'name') field = 'contract';
    } else {
      row = rowsOf[ref.collection][ref.index];
      if (ref.collection === 'links') field = ref.field === 'from' ? 'id' : 'leadsTo';
    }
    if (row === undefined) return { place: reader.tab };
    const cell = (reader as TabReader<string>).cellRef(row, field);
    return { place: a1(cell), cell };
  };

  const { workbook, problems: consistency } = checkConsistency(draft, locate, {
    node: (id) => toc.unreadable || unreadNodes.has(id),
    indicator: (id) => indicatorsTab.unreadable || unreadIndicators.has(id),
  });
  const all = sortProblems([...problems, ...consistency]);
  return { ok: !all.some((p) => p.severity === 'error'), workbook, problems: all, locate };
}

export type { Workbook };
