import { DIRECTIONS, FREQUENCIES, LEVELS, TERMS, UNITS } from '../model/schema';
import {
  type CalendarDays,
  type Cell,
  type DateOrder,
  describeCell,
  type Read,
  readChoice,
  readDate,
  readIdList,
  readNumber,
  readText,
} from './cells';

/**
 * The tabs of an impact workbook. Users see these names, and the headers below: changing one breaks their sheets.
 */
export const TAB = {
  toc: 'Theory of change',
  indicators: 'Indicators',
  data: 'Data',
  payments: 'Payments',
  dashboard: 'Dashboard',
} as const;

export type TabName = (typeof TAB)[keyof typeof TAB];

/** The tabs that hold data (the Dashboard holds only formulas). */
export type DataTab = (typeof TAB)['toc' | 'indicators' | 'data' | 'payments'];

/** How the sheet writes what a cell cannot say by itself: the order of 03/04/2026, and which day a Date cell is. */
export interface CellContext {
  dateOrder: DateOrder;
  days: CalendarDays;
}

/** A cell's value, or what is wrong with it worded to follow the column's header: `must be a number, found "tbc"`. */
export type CellValue<T> = { ok: true; value: T } | { ok: false; fault: string };

/** How a non-blank cell of one column becomes a value. */
export interface CellReader<T> {
  /** What a blank required cell is told the column holds ("a number"); free text needs no such hint. */
  expects?: string;
  read(cell: Cell, context: CellContext): CellValue<T>;
}

export interface ColumnSpec<K extends string = string, T = unknown, R extends boolean = boolean> {
  key: K;
  header: string;
  /** The header must have the column, and every row of data must fill it. */
  required: R;
  reader: CellReader<T>;
}

/** The value each column of `S` holds: required columns always, the others when filled. */
export type RowValues<S extends ColumnSpec> = {
  [C in S as C['required'] extends true ? C['key'] : never]: ValueOf<C>;
} & {
  [C in S as C['required'] extends true ? never : C['key']]?: ValueOf<C>;
};

type ValueOf<C> = C extends ColumnSpec<string, infer T> ? T : never;

const TEXT: CellReader<string> = { read: (cell, { days }) => ({ ok: true, value: readText(cell, days) }) };

const ID_LIST: CellReader<string[]> = { read: (cell) => ({ ok: true, value: readIdList(cell) }) };

/** The Payment column holds Set up's formula: what it shows is never read back into the workbook. */
const FORMULA: CellReader<undefined> = { read: () => ({ ok: true, value: undefined }) };

/** A reader that refuses what `read` cannot make sense of, quoting the cell and `read`'s reason. */
function expecting<T>(expects: string, read: (cell: Cell, context: CellContext) => Read<T>): CellReader<T> {
  return {
    expects,
    read(cell, context) {
      const result = read(cell, context);
      if (result.ok) return result;
      const reason = result.reason ? ` (${result.reason})` : '';
      return { ok: false, fault: `must be ${expects}, found ${describeCell(cell, context.days)}${reason}` };
    },
  };
}

const NUMBER = expecting('a number', (cell) => readNumber(cell));

/** Counts, prices and caps: a figure below zero cannot be true. */
const NOT_NEGATIVE: CellReader<number> = {
  expects: NUMBER.expects,
  read(cell, context) {
    const result = NUMBER.read(cell, context);
    return result.ok && result.value < 0
      ? { ok: false, fault: `must not be negative, found ${result.value}` }
      : result;
  },
};

const DATE = expecting('a date such as 31/03/2026', (cell, { dateOrder, days }) =>
  readDate(cell, dateOrder, days),
);

function choice<T extends string>(choices: readonly T[]): CellReader<T> {
  return expecting(`one of ${choices.join(', ')}`, (cell) => readChoice(cell, choices));
}

function column<K extends string, T, R extends boolean>(
  key: K,
  header: string,
  required: R,
  reader: CellReader<T>,
): ColumnSpec<K, T, R> {
  return { key, header, required, reader };
}

export const TOC_COLUMNS = [
  column('id', 'ID', true, TEXT),
  column('level', 'Level', true, choice(LEVELS)),
  column('term', 'Term', false, choice(TERMS)),
  column('statement', 'Statement', true, TEXT),
  column('leadsTo', 'Leads to', false, ID_LIST),
  column('assumptions', 'Assumptions', false, TEXT),
];

export const INDICATOR_COLUMNS = [
  column('id', 'ID', true, TEXT),
  column('outcome', 'Outcome', true, TEXT),
  column('name', 'Indicator', true, TEXT),
  column('unit', 'Unit', false, choice(UNITS)),
  column('direction', 'Direction', false, choice(DIRECTIONS)),
  column('baseline', 'Baseline', false, NUMBER),
  column('baselineDate', 'Baseline date', false, DATE),
  column('target', 'Target', false, NUMBER),
  column('targetDate', 'Target date', false, DATE),
  column('source', 'Source', false, TEXT),
  column('frequency', 'Frequency', false, choice(FREQUENCIES)),
  column('owner', 'Owner', false, TEXT),
];

export const DATA_COLUMNS = [
  column('indicator', 'Indicator', true, TEXT),
  column('periodEnd', 'Period end', true, DATE),
  column('value', 'Value', false, NUMBER),
  column('achieved', 'Achieved', false, NOT_NEGATIVE),
  column('outOf', 'Out of', false, NOT_NEGATIVE),
  column('note', 'Note', false, TEXT),
];

/**
 * The first six columns are the Payments tab every workbook has. The contract columns after them are optional: a
 * sheet without them is one contract, and contract-wide values (dates, total cap) are written on the contract's
 * first row.
 */
export const PAYMENT_COLUMNS = [
  column('metric', 'Outcome metric', true, TEXT),
  column('indicator', 'Indicator', false, TEXT),
  column('price', 'Price', true, NOT_NEGATIVE),
  column('cap', 'Cap', false, NOT_NEGATIVE),
  column('achieved', 'Achieved', false, NOT_NEGATIVE),
  column('payment', 'Payment', false, FORMULA),
  column('contract', 'Contract', false, TEXT),
  column('start', 'Contract start', false, DATE),
  column('end', 'Contract end', false, DATE),
  column('totalCap', 'Total cap', false, NOT_NEGATIVE),
];

/** The columns of each data tab, in the order Set up writes them. */
export const COLUMNS_OF = {
  [TAB.toc]: TOC_COLUMNS,
  [TAB.indicators]: INDICATOR_COLUMNS,
  [TAB.data]: DATA_COLUMNS,
  [TAB.payments]: PAYMENT_COLUMNS,
} satisfies Record<DataTab, ColumnSpec[]>;

export const DEFAULT_CONTRACT_NAME = 'Outcomes contract';

/** Headers match whatever the case and spacing, and a note in brackets is ignored: "Target (number)". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/\([^)]*\)/g, '')
    .toLowerCase()
    .replace(/[\s_]+/g, '');
}
