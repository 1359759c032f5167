import { type Cell, isBlank, readText } from './cells';
import { a1, type CellRef } from './places';
import { type CellContext, type ColumnSpec, type DataTab, normaliseHeader, type RowValues } from './tabs';

/** The one way the reader tells the user about a cell: every problem of a sheet names its cell. */
export type ReportCell = (cell: CellRef, message: string) => void;

/** What reading a row needs: how the sheet writes dates, and where its problems go. */
export interface Reading {
  context: CellContext;
  report: ReportCell;
}

/** One tab of the sheet: its header row found by name, then the rows that hold data in its own columns. */
export interface SheetTab<S extends ColumnSpec> {
  name: DataTab;
  specs: readonly S[];
  /** False when the tab is missing or empty. */
  present: boolean;
  /** The tab is there but its header lacks a required column, so none of its rows could be read. */
  unreadable: boolean;
  /** 0-based index of each column the header has, by key. */
  indexOf: Map<string, number>;
  /**
   * Each spec with its column's index, found once: looking it up by key for every cell took a third more CPU time
   * reading 10,000 Data rows.
   */
  columns: readonly PlacedColumn<S>[];
  table: readonly Cell[][];
  /**
   * The rows that hold data, 1-based as Sheets numbers them; their cells are `table[row - 1]`. Numbers, not an object
   * for each row: an object for each of 10,000 Data rows was garbage to collect and nothing more.
   */
  rows: number[];
}

export interface PlacedColumn<S extends ColumnSpec> {
  spec: S;
  /** 0-based; undefined when the header lacks the column. */
  index: number | undefined;
}

export type RowRead<S extends ColumnSpec> =
  | { ok: true; values: RowValues<S> }
  | { ok: false; values: Partial<RowValues<S>> };

/** The 1-based column that holds `key`, when the tab's header has it. */
export function columnOf(tab: SheetTab<ColumnSpec>, key: string): number | undefined {
  const index = tab.indexOf.get(key);
  return index === undefined ? undefined : index + 1;
}

/** The cell of `key` in a row; column A when the tab has no such column. */
export function cellOf(tab: SheetTab<ColumnSpec>, row: number, key: string): CellRef {
  return { tab: tab.name, row, column: columnOf(tab, key) ?? 1 };
}

function headerIndexes<S extends ColumnSpec>(
  name: DataTab,
  header: Cell[],
  headerRow: number,
  specs: readonly S[],
  report: ReportCell,
): Map<string, number> {
  const indexOf = new Map<string, number>();
  const byName = new Map(specs.map((spec) => [normaliseHeader(spec.header), spec]));
  header.forEach((cell, index) => {
    const spec = byName.get(normaliseHeader(readText(cell)));
    if (!spec) return;
    const earlier = indexOf.get(spec.key);
    if (earlier === undefined) {
      indexOf.set(spec.key, index);
      return;
    }
    const other = a1({ tab: name, row: headerRow, column: earlier + 1 });
    report(
      { tab: name, row: headerRow, column: index + 1 },
      `There are two "${spec.header}" columns (the other is ${other}); rename or remove one.`,
    );
  });
  return indexOf;
}

function missingColumnsMessage(name: DataTab, missing: readonly ColumnSpec[], headerRow: number): string {
  const headers = missing.map((spec) => `"${spec.header}"`).join(', ');
  const many = missing.length > 1;
  return `The ${name} tab has no ${headers} column${many ? 's' : ''} in its header row (row ${headerRow}); add ${many ? 'them' : 'it'}, or run Set up impact workbook to repair the tab.`;
}

/**
 * Finds a tab's columns by header, so that users may reorder them and add their own, and its rows of data. The header
 * is the first row with anything in it; a header lacking a required column is reported once and no row is read.
 */
export function openTab<S extends ColumnSpec>(
  name: DataTab,
  table: Cell[][] | undefined,
  specs: readonly S[],
  report: ReportCell,
): SheetTab<S> {
  const headerIndex = table ? table.findIndex((row) => row.some((cell) => !isBlank(cell))) : -1;
  const tab: SheetTab<S> = {
    name,
    specs,
    present: headerIndex >= 0,
    unreadable: false,
    indexOf: new Map(),
    columns: [],
    table: table ?? [],
    rows: [],
  };
  if (!table || headerIndex < 0) return tab;
  const headerRow = headerIndex + 1;
  tab.indexOf = headerIndexes(name, table[headerIndex]!, headerRow, specs, report);
  const missing = specs.filter((spec) => spec.required && !tab.indexOf.has(spec.key));
  if (missing.length > 0) {
    report({ tab: name, row: headerRow, column: 1 }, missingColumnsMessage(name, missing, headerRow));
    tab.unreadable = true;
    return tab;
  }
  tab.columns = specs.map((spec) => ({ spec, index: tab.indexOf.get(spec.key) }));
  // A row is data when one of the tab's own columns has content: a note in a column of the user's own is not.
  const own = [...tab.indexOf.values()];
  for (let r = headerIndex + 1; r < table.length; r++) {
    const cells = table[r]!;
    if (holdsAny(cells, own)) tab.rows.push(r + 1);
  }
  return tab;
}

function holdsAny(cells: readonly Cell[], indexes: readonly number[]): boolean {
  for (const index of indexes) if (!isBlank(cells[index])) return true;
  return false;
}

function missingCellMessage(spec: ColumnSpec): string {
  const hint = spec.reader.expects ? `; ${spec.reader.expects}` : '';
  return `${spec.header} is missing${hint}.`;
}

/**
 * Reads every column of one row, each cell by its column's reader. A required cell left blank and a cell its reader
 * refuses are each reported, and the row is not ok; the rest of the row is still read, so that every problem is
 * told at once.
 */
export function readRow<S extends ColumnSpec>(
  tab: SheetTab<S>,
  row: number,
  { context, report }: Reading,
): RowRead<S> {
  const cells = tab.table[row - 1]!;
  const values: Record<string, unknown> = {};
  let ok = true;
  for (const { spec, index } of tab.columns) {
    const cell = index === undefined ? '' : cells[index];
    const plain = spec.reader.plain(cell, context);
    if (plain !== undefined) {
      values[spec.key] = plain;
      continue;
    }
    if (isBlank(cell)) {
      if (!spec.required) continue;
      ok = false;
      report(cellOf(tab, row, spec.key), missingCellMessage(spec));
      continue;
    }
    const read = spec.reader.read(cell, context);
    if (read.ok) {
      values[spec.key] = read.value;
    } else {
      ok = false;
      report(cellOf(tab, row, spec.key), `${spec.header} ${read.fault}.`);
    }
  }
  return { ok, values } as RowRead<S>;
}
