// Shapes: Sheets passes a single cell as a value and a range as a 2-D array (rows of cells). These helpers pair up
// the cells of a formula's arguments, a single value (or a one-cell range) standing for every row, and decide what
// a bad cell does:
//
// - perCell / perRow: one result a cell or a row. A cell whose measured figure is blank stays blank; a cell that
//   cannot be worked out shows its message in that cell, and the rest of the range still gets its answers. Called
//   on single values, the same message is thrown instead (Sheets shows #ERROR! with it), so that a wrong answer
//   never looks like a result.
// - dataRows, vectorOf, single: for formulas that give one answer for the whole range (a total, a slope). A bad
//   row has no cell of its own to show a message in, so the whole formula says which row is wrong.
//
// Ranges of sizes that cannot be paired are always an error of the whole formula.
import { MeasureError, RowError } from '../../../core/measures/errors';
import { isBlankCell } from './cell-types';

export type Out = string | number;

/** What a formula gives back: one value, or rows of cells. */
export type Result = Out | Out[][];

/** One argument of one formula call. */
export interface Arg<T = unknown> {
  /** The argument's name as the formula's help shows it (baseline, out_of). */
  name: string;
  /** How messages name it (Baseline, Out of). */
  label: string;
  /** What Sheets passed: a value, or a range as rows of cells. */
  value: unknown;
  /**
   * Turns a cell into what the measure takes, or throws a MeasureError naming it by `label` (the argument's own
   * by default). A single value is read once for the whole range, not once a row: over 10,000 rows, a start date
   * is parsed once.
   */
  read(cell: unknown, label?: string): T;
}

/** The message a cell shows for input a measure refused; anything else is a bug and is not hidden. */
function messageOf(error: unknown): string {
  if (error instanceof MeasureError) return error.message;
  throw error;
}

/** An argument as the shape helpers need it: its name, what Sheets passed, and how to read a cell, if it is read. */
interface Given {
  name: string;
  value: unknown;
  read?: (cell: unknown) => unknown;
}

interface Shaped extends Given {
  grid: readonly (readonly unknown[])[] | null;
  rows: number;
  cols: number;
}

/** A single value read once: its reading, or the error to throw on every row that needs it. */
type Fixed = { ok: true; value: unknown } | { ok: false; error: unknown };

function readOnce(arg: Shaped): Fixed | null {
  if (arg.grid || !arg.read) return null;
  try {
    return { ok: true, value: arg.read(arg.value) };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * The arguments of one cell of the result, read: single values from their one reading, range cells afresh. A loop
 * into an array of the right length, not a map with a closure: it runs once for each of ten thousand cells.
 */
function readCells(
  shaped: readonly Shaped[],
  fixed: readonly (Fixed | null)[],
  cells: readonly unknown[],
): unknown[] {
  const values: unknown[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const once = fixed[i];
    if (once) {
      if (once.ok) {
        values[i] = once.value;
        continue;
      }
      throw once.error;
    }
    const read = shaped[i]!.read;
    values[i] = read ? read(cells[i]) : cells[i];
  }
  return values;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
}

export function sizeOf(rows: number, cols: number): string {
  return rows === 1 && cols === 1 ? 'a single cell' : `${plural(rows, 'row')} × ${plural(cols, 'column')}`;
}

/** A range as rows of cells, checked to be a rectangle; a list of values (from a script) is taken as a column. */
function shape(formula: string, arg: Given): Shaped {
  const { value } = arg;
  if (!Array.isArray(value)) return withShape(arg, null, 1, 1);
  if (value.length === 0) throw new MeasureError(`${formula}: ${arg.name} is an empty range.`);
  const grid = value.every(Array.isArray)
    ? (value as unknown[][])
    : value.some(Array.isArray)
      ? null
      : value.map((v) => [v]);
  const cols = grid?.[0]?.length ?? 0;
  if (!grid || cols === 0 || grid.some((row) => row.length !== cols)) {
    throw new MeasureError(`${formula}: ${arg.name} is not a rectangular range of cells.`);
  }
  return withShape(arg, grid, grid.length, cols);
}

/**
 * Built field by field rather than spread from the argument: every cell of a range reads its grid and size, and an
 * object of one fixed shape keeps those reads cheap.
 */
function withShape(arg: Given, grid: Shaped['grid'], rows: number, cols: number): Shaped {
  return { name: arg.name, value: arg.value, read: arg.read, grid, rows, cols };
}

/**
 * The size of the answer: each dimension of every range is either the answer's or 1 (a single row or column, or
 * one cell, is used again across the other ranges, as in Sheets' array formulas). Null when no argument is a range.
 */
function broadcastSize(formula: string, shaped: readonly Shaped[]): { rows: number; cols: number } | null {
  const ranges = shaped.filter((s) => s.grid !== null);
  if (ranges.length === 0) return null;
  const rows = Math.max(...ranges.map((s) => s.rows));
  const cols = Math.max(...ranges.map((s) => s.cols));
  const odd = ranges.find((s) => (s.rows !== 1 && s.rows !== rows) || (s.cols !== 1 && s.cols !== cols));
  if (odd) {
    const other = ranges.find((s) => s !== odd && (s.rows === rows || s.cols === cols)) ?? ranges[0]!;
    throw new MeasureError(
      `${formula}: ${odd.name} is ${sizeOf(odd.rows, odd.cols)} but ${other.name} is ${sizeOf(other.rows, other.cols)}. Give ranges of the same size, or a single cell to use for every row.`,
    );
  }
  return { rows, cols };
}

function cellAt(s: Shaped, r: number, c: number): unknown {
  if (!s.grid) return s.value;
  return s.grid[s.rows === 1 ? 0 : r]![s.cols === 1 ? 0 : c];
}

/** The last guard before a figure reaches a cell: NaN and infinity never do. */
function finite<T>(value: T): T {
  // x − x is 0 for a finite number and NaN for NaN or ±Infinity; no global lookup, which costs in a vm context.
  if (typeof value === 'number' && value - value !== 0) {
    throw new MeasureError('The result is too large to show: check for a figure typed with extra digits.');
  }
  return value;
}

/**
 * One result for each cell of the (broadcast) ranges, in their shape; a single value for single values, or what
 * `alone` makes of them. The cell is blank while the argument at `measured` (the figure that says there is data:
 * actual, achieved) is blank. `compute` gets each argument's cell as its `read` made it.
 */
export function perCell(
  formula: string,
  args: readonly Arg[],
  measured: number,
  compute: (cells: unknown[]) => Out,
  alone: (cells: unknown[]) => Result = compute,
): Result {
  const shaped = args.map((a) => shape(formula, a));
  const size = broadcastSize(formula, shaped);
  if (!size) {
    const cells = args.map((a) => a.value);
    return isBlankCell(cells[measured]) ? '' : finite(alone(readCells(shaped, [], cells)));
  }
  const fixed = shaped.map(readOnce);
  const out: Out[][] = [];
  // One cell's arguments at a time, in one array: readCells copies what it reads, so nothing keeps it.
  const cells: unknown[] = new Array(shaped.length);
  for (let r = 0; r < size.rows; r++) {
    // Each row at its length: an empty array's first push reserves room for seventeen cells.
    const row: Out[] = new Array(size.cols);
    for (let c = 0; c < size.cols; c++) {
      for (let i = 0; i < shaped.length; i++) cells[i] = cellAt(shaped[i]!, r, c);
      if (isBlankCell(cells[measured])) {
        row[c] = '';
        continue;
      }
      try {
        row[c] = finite(compute(readCells(shaped, fixed, cells)));
      } catch (error) {
        row[c] = messageOf(error);
      }
    }
    out.push(row);
  }
  return out;
}

function requireOneColumn(formula: string, size: { rows: number; cols: number }, shaped: readonly Shaped[]) {
  if (size.cols === 1) return;
  const wide = shaped.find((s) => s.cols > 1)!;
  throw new MeasureError(
    `${formula}: ${wide.name} is ${sizeOf(wide.rows, wide.cols)}, but this formula reads one row at a time: give each argument as a single column (TRANSPOSE turns a row into a column).`,
  );
}

/**
 * A row of `width` results for each row of the ranges (rate, lower, upper): n rows give n × width. A row that
 * cannot be worked out shows its message in its first cell. Single values give one row.
 */
export function perRow(
  formula: string,
  args: readonly Arg[],
  measured: number,
  width: number,
  compute: (cells: unknown[]) => Out[],
): Out[][] {
  const blank = (): Out[] => Array.from({ length: width }, () => '');
  const shaped = args.map((a) => shape(formula, a));
  const size = broadcastSize(formula, shaped);
  if (!size) {
    const cells = args.map((a) => a.value);
    return [isBlankCell(cells[measured]) ? blank() : compute(readCells(shaped, [], cells)).map(finite)];
  }
  requireOneColumn(formula, size, shaped);
  const fixed = shaped.map(readOnce);
  const out: Out[][] = [];
  for (let r = 0; r < size.rows; r++) {
    const cells = shaped.map((s) => cellAt(s, r, 0));
    if (isBlankCell(cells[measured])) {
      out.push(blank());
      continue;
    }
    try {
      out.push(compute(readCells(shaped, fixed, cells)).map(finite));
    } catch (error) {
      const row = blank();
      row[0] = messageOf(error);
      out.push(row);
    }
  }
  return out;
}

export interface DataRow {
  /** 1-based row of the range, for messages. */
  position: number;
  cells: unknown[];
}

/**
 * Runs a measure that was given only the rows with data (`positions`: each one's row of the range, from 1), so that
 * a row its error names is named by its row of the range: the second row with data may be the fifth of the range.
 */
export function inRange<T>(positions: readonly number[], measure: () => T): T {
  try {
    return measure();
  } catch (error) {
    if (error instanceof RowError) throw error.renumbered((row) => positions[row - 1] ?? row);
    throw error;
  }
}

/**
 * The rows that have data (the argument at `measured` is filled), for a formula that adds them up. Every range
 * must be a single column; single values are used on every row.
 */
export function dataRows(formula: string, args: readonly Arg[], measured: number): DataRow[] {
  const shaped = args.map((a) => shape(formula, a));
  const size = broadcastSize(formula, shaped) ?? { rows: 1, cols: 1 };
  requireOneColumn(formula, size, shaped);
  const rows: DataRow[] = [];
  for (let r = 0; r < size.rows; r++) {
    const cells = shaped.map((s) => cellAt(s, r, 0));
    if (!isBlankCell(cells[measured])) rows.push({ position: r + 1, cells });
  }
  return rows;
}

/** The cells of a single row or column (or one value), in order: a series of values or dates. */
export function vectorOf(formula: string, name: string, value: unknown): unknown[] {
  const s = shape(formula, { name, value });
  if (!s.grid) return [value];
  if (s.rows === 1) return [...s.grid[0]!];
  if (s.cols === 1) return s.grid.map((row) => row[0]);
  throw new MeasureError(
    `${formula}: ${name} is ${sizeOf(s.rows, s.cols)}; give a single row or a single column.`,
  );
}

/** An argument that is one value for the whole formula (an investment, a unit); a one-cell range is fine. */
export function single(formula: string, name: string, value: unknown): unknown {
  const s = shape(formula, { name, value });
  if (!s.grid) return value;
  if (s.rows === 1 && s.cols === 1) return s.grid[0]![0];
  throw new MeasureError(
    `${formula}: ${name} is ${sizeOf(s.rows, s.cols)}, but it takes a single value for the whole formula.`,
  );
}
