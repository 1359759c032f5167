import type { Finding } from '../checks/finding';
import { openTable } from '../records/table';
import { type Cell, describeCell, isBlank, readDate, readText } from '../workbook/cells';
import { a1, type CellRef } from '../workbook/places';
import { type CellContext, normaliseHeader } from '../workbook/tabs';
import { FUNDERS_COLUMNS, FUNDERS_TAB, type FunderColumn } from './columns';

export { FUNDERS_COLUMNS, FUNDERS_TAB };

type Key = FunderColumn['key'];

/** One funder outcome, and the organisation's indicators that evidence it. */
export interface FunderOutcome {
  /** The row as Sheets numbers it. */
  row: number;
  outcome: string;
  /** Indicator IDs, in the order the cell gives them. */
  indicators: string[];
  /** The most words the report's section on this outcome may have; absent for no limit. */
  words?: number;
}

export interface Funder {
  name: string;
  grant?: string;
  periodStart?: string;
  periodEnd?: string;
  /** ISO days, earliest first. */
  reportingDates: string[];
  outcomes: FunderOutcome[];
}

export interface ReadFunders {
  funders: Funder[];
  problems: Finding[];
}

export interface ReadFundersOptions extends CellContext {
  /** The workbook's indicator IDs: an ID in "Our indicators" that is not one of them is a problem. */
  indicatorIds?: ReadonlySet<string>;
}

type Read<T> = { ok: true; value: T } | { ok: false; fault: string };

function text(cell: Cell, { days }: CellContext): Read<string> {
  const value = readText(cell, days).trim();
  return value
    ? { ok: true, value }
    : { ok: false, fault: `must be text, found ${describeCell(cell, days)}` };
}

function day(cell: Cell, { dateOrder, days }: CellContext): Read<string> {
  const read = readDate(cell, dateOrder, days);
  if (read.ok) return read;
  const reason = read.reason ? ` (${read.reason})` : '';
  return {
    ok: false,
    fault: `must be a date such as 31/03/2026, found ${describeCell(cell, days)}${reason}`,
  };
}

/** One date cell, or text with dates separated by commas or semicolons. */
function days(cell: Cell, context: CellContext): Read<string[]> {
  if (typeof cell !== 'string') {
    const one = day(cell, context);
    return one.ok ? { ok: true, value: [one.value] } : one;
  }
  const found: string[] = [];
  for (const part of cell
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const one = day(part, context);
    if (!one.ok)
      return {
        ok: false,
        fault: `must be dates such as 31/03/2026, separated by commas: "${part}" is not one`,
      };
    found.push(one.value);
  }
  return { ok: true, value: [...new Set(found)].sort() };
}

function ids(cell: Cell, context: CellContext): Read<string[]> {
  const value = readText(cell, context.days);
  const list = value.split(/[,;\s]+/).filter(Boolean);
  return list.length > 0
    ? { ok: true, value: list }
    : { ok: false, fault: 'must name at least one indicator ID' };
}

function words(cell: Cell, { days }: CellContext): Read<number> {
  const value = typeof cell === 'string' ? Number(cell.trim()) : cell;
  return typeof value === 'number' && Number.isInteger(value) && value > 0
    ? { ok: true, value }
    : { ok: false, fault: `must be a whole number of words, found ${describeCell(cell, days)}` };
}

const READERS = {
  funder: text,
  grant: text,
  periodStart: day,
  periodEnd: day,
  reportingDates: days,
  outcome: text,
  indicators: ids,
  words,
} satisfies Record<Key, (cell: Cell, context: CellContext) => Read<unknown>>;

type Values = { [K in Key]?: ReturnType<(typeof READERS)[K]> extends Read<infer T> ? T : never };

function funderFinding(cell: CellRef, message: string): Finding {
  return {
    checkId: 'data-error',
    severity: 'error',
    message,
    place: a1(cell),
    cell,
    docs: 'docs/reports.md',
  };
}

/** Adds a row to its funder, taking the funder's grant, period and reporting dates from the first row that has each. */
function addRow(funders: Map<string, Funder>, row: number, values: Values): void {
  const name = values.funder!;
  const funder = funders.get(name) ?? { name, reportingDates: [], outcomes: [] };
  funders.set(name, funder);
  funder.grant ??= values.grant;
  funder.periodStart ??= values.periodStart;
  funder.periodEnd ??= values.periodEnd;
  if (funder.reportingDates.length === 0 && values.reportingDates)
    funder.reportingDates = values.reportingDates;
  funder.outcomes.push({
    row,
    outcome: values.outcome!,
    indicators: values.indicators!,
    ...(values.words ? { words: values.words } : {}),
  });
}

const withoutUnset = (funder: Funder): Funder =>
  Object.fromEntries(Object.entries(funder).filter(([, v]) => v !== undefined)) as unknown as Funder;

/**
 * The Funders tab as `getValues()` gives it, each cell through its column's reader. A row with any problem is left
 * out, and every problem names its cell. A tab that is not there has no funders.
 */
export function readFunders(table: readonly Cell[][] | undefined, options: ReadFundersOptions): ReadFunders {
  const tab = openTable(FUNDERS_TAB, table);
  const problems: Finding[] = [];
  const funders = new Map<string, Funder>();
  if (tab.headerRow === 0) return { funders: [], problems };
  const indexOf = new Map<Key, number>();
  for (const spec of FUNDERS_COLUMNS) {
    const index = tab.indexOf.get(normaliseHeader(spec.header));
    if (index !== undefined) indexOf.set(spec.key, index);
  }
  const missing = FUNDERS_COLUMNS.filter((c) => c.required && !indexOf.has(c.key)).map(
    (c) => `"${c.header}"`,
  );
  if (missing.length > 0) {
    const cell = { tab: FUNDERS_TAB, row: tab.headerRow, column: 1 };
    const message = `The Funders tab has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} in its header row (row ${tab.headerRow}); run Set up impact workbook to repair the tab.`;
    return { funders: [], problems: [funderFinding(cell, message)] };
  }
  for (const line of tab.rows) {
    const cellOf = (key: Key): CellRef => ({
      tab: FUNDERS_TAB,
      row: line.number,
      column: indexOf.get(key)! + 1,
    });
    if (![...indexOf.values()].some((i) => !isBlank(line.cells[i]))) continue;
    const values: Values = {};
    let ok = true;
    const fault = (key: Key, message: string) => {
      ok = false;
      problems.push(funderFinding(cellOf(key), message));
    };
    for (const spec of FUNDERS_COLUMNS) {
      const index = indexOf.get(spec.key);
      const cell = index === undefined ? '' : line.cells[index];
      if (isBlank(cell)) {
        if (spec.required) fault(spec.key, `${spec.header} is missing.`);
        continue;
      }
      const read = READERS[spec.key](cell ?? '', options);
      if (read.ok) (values as Record<Key, unknown>)[spec.key] = read.value;
      else fault(spec.key, `${spec.header} ${read.fault}.`);
    }
    const unknown = (values.indicators ?? []).filter(
      (id) => options.indicatorIds && !options.indicatorIds.has(id),
    );
    if (unknown.length > 0)
      fault('indicators', `Our indicators names ${unknown.join(', ')}, not on the Indicators tab.`);
    if (values.periodStart && values.periodEnd && values.periodStart > values.periodEnd)
      fault('periodEnd', 'Period end is before Period start.');
    if (ok) addRow(funders, line.number, values);
  }
  return { funders: [...funders.values()].map(withoutUnset), problems };
}
