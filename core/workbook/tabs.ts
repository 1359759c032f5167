import { DIRECTIONS, FREQUENCIES, LEVELS, TERMS, UNITS } from '../model/vocabulary';
import { COUNT_KINDS } from '../records/kinds';
import {
  type CalendarDays,
  type Cell,
  type DateOrder,
  describeCell,
  plainDate,
  plainText,
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
  charts: 'Charts',
  sources: 'Sources',
  records: 'Records',
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
  /**
   * What `read` gives for a cell that is plainly right (a trimmed text, a finite number, a Date of a real day), without
   * building a result; undefined for any other cell, which `read` then reads and reports.
   */
  plain(cell: Cell, context: CellContext): T | undefined;
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

/** For readers with no shortcut: every cell goes through `read`. */
const READ_IN_FULL = (): undefined => undefined;

/** Free text. A date cell reads as its day; one that is no day (the year 10000) is refused, not read as blank. */
const TEXT: CellReader<string> = {
  read(cell, { days }) {
    const value = readText(cell, days);
    return value
      ? { ok: true, value }
      : { ok: false, fault: `must be text, found ${describeCell(cell, days)}` };
  },
  plain: (cell) => plainText(cell),
};

const ID_LIST: CellReader<string[]> = {
  read: (cell) => ({ ok: true, value: readIdList(cell) }),
  plain: READ_IN_FULL,
};

/** The Payment column holds Set up's formula: what it shows is never read back into the workbook. */
const FORMULA: CellReader<undefined> = {
  read: () => ({ ok: true, value: undefined }),
  plain: READ_IN_FULL,
};

/** A reader that refuses what `read` cannot make sense of, quoting the cell and `read`'s reason. */
function expecting<T>(
  expects: string,
  read: (cell: Cell, context: CellContext) => Read<T>,
  plain: (cell: Cell, context: CellContext) => T | undefined = READ_IN_FULL,
): CellReader<T> {
  return {
    expects,
    read(cell, context) {
      const result = read(cell, context);
      if (result.ok) return result;
      const reason = result.reason ? ` (${result.reason})` : '';
      return { ok: false, fault: `must be ${expects}, found ${describeCell(cell, context.days)}${reason}` };
    },
    plain,
  };
}

const NUMBER = expecting(
  'a number',
  (cell) => readNumber(cell),
  (cell) => (typeof cell === 'number' && Number.isFinite(cell) ? cell : undefined),
);

/** Counts, prices and caps: a figure below zero cannot be true. */
const NOT_NEGATIVE: CellReader<number> = {
  expects: NUMBER.expects,
  read(cell, context) {
    const result = NUMBER.read(cell, context);
    return result.ok && result.value < 0
      ? { ok: false, fault: `must not be negative, found ${result.value}` }
      : result;
  },
  plain: (cell) => (typeof cell === 'number' && cell >= 0 && cell < Infinity ? cell : undefined),
};

const DATE = expecting(
  'a date such as 31/03/2026',
  (cell, { dateOrder, days }) => readDate(cell, dateOrder, days),
  (cell, { days }) => plainDate(cell, days),
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

/**
 * The Data tab's column that says a row was computed from records ("Sources row 3"). It is not part of the
 * workbook: Update from records reads it to know which rows are its own, and every other reader ignores it.
 */
export const FROM_RECORDS_COLUMN = column('fromRecords', 'From records', false, TEXT);

/** One row per indicator computed from records: where the records are and what is counted (docs/records.md). */
export const SOURCE_COLUMNS = [
  column('indicator', 'Indicator', true, TEXT),
  column('tab', 'Records tab', true, TEXT),
  column('idColumn', 'ID column', false, TEXT),
  column('dateColumn', 'Date column', true, TEXT),
  column('window', 'Window', false, TEXT),
  column('count', 'Count', true, choice(COUNT_KINDS)),
  column('value', 'Value', false, TEXT),
  column('laterValue', 'Later value', false, TEXT),
  column('eligible', 'Eligible if', false, TEXT),
  column('condition', 'Condition', false, TEXT),
  column('breakdown1', 'Breakdown 1', false, TEXT),
  column('breakdown2', 'Breakdown 2', false, TEXT),
  column('lastPeriod', 'Last period', false, DATE),
];

export const YES_NO = ['Yes', 'No'] as const;
export const DESTINATIONS = ['Job', 'Apprenticeship', 'Course'] as const;
export const AGE_BANDS = ['16–17', '18–21', '22–24'] as const;

/**
 * The template's own Records tab: one row per participant. Records may be on any tab, with any columns; these are
 * the ones Set up starts with and the demo fills, named by the demo's Sources rows.
 */
export const RECORD_COLUMNS = [
  column('id', 'ID', true, TEXT),
  column('start', 'Start date', true, DATE),
  column('end', 'End date', false, DATE),
  column('completed', 'Completed', false, choice(YES_NO)),
  column('scoreStart', 'Self-efficacy at start', false, NUMBER),
  column('scoreEnd', 'Self-efficacy at end', false, NUMBER),
  column('cvAndPlan', 'CV and plan', false, choice(YES_NO)),
  column('destination', 'Destination', false, choice(DESTINATIONS)),
  column('destinationStart', 'Destination start', false, DATE),
  column('eetAt6Months', 'EET at 6 months', false, choice(YES_NO)),
  column('inWorkAt26Weeks', 'In work at 26 weeks', false, choice(YES_NO)),
  column('ageBand', 'Age band', false, choice(AGE_BANDS)),
  column('site', 'Site', false, TEXT),
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
