// One definition per IMPACT_ formula: its name, its parameters (each with its type and whether it may be left out),
// the argument whose blank makes a row blank, and the computation. Beside it, in the same file, its docs: the help
// Sheets shows, one line for each parameter, and an example. Code.js bundles only the definition; build.ts writes
// the formula's Apps Script stub and its help from both (formulas.ts), and docs/formulas.md is tested against them.
import { activeSpreadsheetDays } from '../calendar-days';
import {
  type Arg,
  type DataRow,
  dataRows,
  type Out,
  perCell,
  perRow,
  type Result,
  single,
} from './broadcast';
import { type CallContext, type CellType, today } from './cell-types';

/**
 * How an argument is laid out: `cells`, a value or a range whose cells pair up with the other ranges' (a single
 * value stands for every row); `one`, a single value for the whole formula; `list`, a single row or column of
 * values; `range`, a block of any shape.
 */
export type Layout = 'cells' | 'one' | 'list' | 'range';

export interface Param<T = unknown> {
  /** The name Sheets' help shows and users' formulas rely on: baseline, out_of. */
  readonly name: string;
  /** How messages name it: Baseline, Out of. */
  readonly label: string;
  readonly type: CellType<T>;
  /** `cells` unless said otherwise. */
  readonly layout?: Layout;
  /** May be left out (only the last parameters can be, as in any Sheets formula). */
  readonly optional?: boolean;
}

type TypeOf<Q> = Q extends Param<infer T> ? T : never;

/** Each parameter's cell, read: a number, an ISO date, a question. */
export type Values<P extends readonly Param[]> = { -readonly [K in keyof P]: TypeOf<P[K]> };

/** The arguments of one call, by parameter name. */
export type Args<P extends readonly Param[]> = { [Q in P[number] as Q['name']]: Arg<TypeOf<Q>> };

/** One call of a formula: its arguments, and the ways a formula lays its answer out over them. */
export interface FormulaCall<P extends readonly Param[]> {
  /** The formula's name, for messages about its arguments as a whole. */
  readonly name: string;
  readonly args: Args<P>;
  /**
   * One answer for each cell of the ranges, in their shape; blank where `blankWhile` is blank, the message where a
   * cell cannot be worked out. Single values give one answer, or what `alone` makes of them.
   */
  eachCell(compute: (values: Values<P>) => Out, alone?: (values: Values<P>) => Result): Result;
  /** A row of `width` answers for each row of the ranges; a row that cannot be worked out has its message first. */
  eachRow(width: number, compute: (values: Values<P>) => Out[]): Out[][];
  /** The rows of these single-column arguments whose `blankWhile` cell is filled, with their row of the range. */
  dataRows(columns: readonly Arg[]): DataRow[];
  /** The cell of an argument that takes one value for the whole formula, unread. */
  cell(arg: Arg): unknown;
  /** The cell of an argument that takes one value for the whole formula, read. */
  read<T>(arg: Arg<T>): T;
}

export interface FormulaDefinition<P extends readonly Param[]> {
  readonly name: `IMPACT_${string}`;
  readonly params: P;
  /** The argument whose blank cell makes a row blank, or leaves it out of a total; null where blanks are data. */
  readonly blankWhile: P[number]['name'] | null;
  answer(call: FormulaCall<P>): Result;
}

export interface Formula<P extends readonly Param[] = readonly Param[]> extends FormulaDefinition<P> {
  /** The formula as Sheets calls it: its arguments in order, those left out undefined. */
  readonly run: (...cells: unknown[]) => Result;
}

/**
 * What Sheets' autocomplete and the docs say of a formula, apart from its definition so that Code.js, loaded for
 * every formula call, carries none of it: only build.ts and the tests import it. One line of help for each
 * parameter, by name: a parameter added, renamed or left without help does not compile.
 */
export interface FormulaDocs<F extends Formula = Formula> {
  /** What the formula answers: what a user reads first. */
  readonly description: string;
  /** Each parameter's help, written after "Optional: " for an optional one. */
  readonly params: { readonly [Q in F['params'][number] as Q['name']]: string };
  /** The result's JSDoc type and help. */
  readonly returns: { readonly type: string; readonly help: string };
  /** Arguments as typed in a cell (dates as ISO text, ranges as rows) and what the formula gives for them. */
  readonly example: { readonly args: readonly unknown[]; readonly gives: Result };
}

/** A parameter with its line of help. */
export interface DocumentedParam extends Param {
  readonly help: string;
}

/** A formula with its docs, as build.ts writes its stub and the tests read it. */
export interface DocumentedFormula extends Formula, Omit<FormulaDocs, 'params'> {
  readonly params: readonly DocumentedParam[];
}

export function documented<F extends Formula>(formula: F, docs: FormulaDocs<F>): DocumentedFormula {
  const help = docs.params as Readonly<Record<string, string>>;
  return { ...formula, ...docs, params: formula.params.map((p) => ({ ...p, help: help[p.name]! })) };
}

/** A formula from its definition: the definition, and the function Code.js exports for it. */
export function defineFormula<const P extends readonly Param[]>(
  definition: FormulaDefinition<P>,
): Formula<P> {
  return { ...definition, run: (...cells) => definition.answer(startCall(definition, cells)) };
}

function callContext(): CallContext {
  const days = activeSpreadsheetDays();
  let now: string | undefined;
  return { days, today: () => (now ??= today(days)) };
}

function startCall<P extends readonly Param[]>(
  definition: FormulaDefinition<P>,
  cells: readonly unknown[],
): FormulaCall<P> {
  const context = callContext();
  const args: Arg[] = definition.params.map((param, i) => ({
    name: param.name,
    label: param.label,
    value: cells[i],
    read: (cell, label = param.label) => param.type.read(cell, label, context),
  }));
  const { name, blankWhile } = definition;
  const blankIn = (given: readonly Arg[]): number => {
    const at = given.findIndex((a) => a.name === blankWhile);
    if (at < 0) throw new Error(`${name}: ${String(blankWhile)} is not among the arguments laid out by row`);
    return at;
  };
  return {
    name,
    args: Object.fromEntries(args.map((a) => [a.name, a])) as Args<P>,
    eachCell: (compute, alone) =>
      perCell(name, args, blankIn(args), compute as (v: unknown[]) => Out, alone as (v: unknown[]) => Result),
    eachRow: (width, compute) => perRow(name, args, blankIn(args), width, compute as (v: unknown[]) => Out[]),
    dataRows: (columns) => dataRows(name, columns, blankIn(columns)),
    cell: (arg) => single(name, arg.name, arg.value),
    read: (arg) => arg.read(single(name, arg.name, arg.value)),
  };
}
