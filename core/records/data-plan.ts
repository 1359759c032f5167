import type { Finding } from '../checks/finding';
import { formatLongDate } from '../util/calendar';
import {
  type CalendarDays,
  type Cell,
  type DateOrder,
  isBlank,
  readDate,
  readNumber,
  readText,
} from '../workbook/cells';
import type { CellRef } from '../workbook/places';
import { DATA_COLUMNS, FROM_RECORDS_COLUMN, normaliseHeader, TAB } from '../workbook/tabs';
import type { Figure } from './compute';
import { recordsFinding } from './source';
import { type HeadedTable, openTable } from './table';

/** A figure computed from records, for one indicator and period, and the Sources row it came from. */
export interface ComputedRow {
  indicator: string;
  periodEnd: string;
  figure: Figure;
  sourceRow: number;
}

export interface DataPlanInput {
  /** The Data tab as `getDataRange().getValues()` gives it, from row 1. */
  data: Cell[][] | undefined;
  /** `getFormulas()` of the same range: a formula inside the block written is written back as itself. */
  formulas?: string[][];
  rows: readonly ComputedRow[];
  /** Indicators some Sources row computed: a row of theirs marked from records that no figure claims is told. */
  computed: ReadonlySet<string>;
  /** Indicators whose Sources row has a problem: their marked rows wait, untold, until it is fixed. */
  skipped: ReadonlySet<string>;
  days: CalendarDays;
  dateOrder: DateOrder;
}

/** One rectangle of the Data tab, as `setValues()` takes it. */
export interface DataWrite {
  row: number;
  column: number;
  values: Cell[][];
}

export interface DataPlan {
  /** Where the From records header goes, on a Data tab that has none yet. */
  header?: CellRef;
  write?: DataWrite;
  added: number;
  updated: number;
  unchanged: number;
  /** A typed row for the same indicator and period: kept, and the figure from records not written. */
  kept: Finding[];
  /** Rows marked from records that no figure claims now: left as they are, and told. */
  stale: Finding[];
  problems: Finding[];
}

const MARK = /^sources row (\d+)$/;

export const markOf = (sourceRow: number) => `Sources row ${sourceRow}`;

/** Update's own rows are those whose From records cell says which Sources row wrote them. */
export function isMark(cell: Cell): boolean {
  return MARK.test(readText(cell).toLowerCase().replace(/\s+/g, ' '));
}

type Slot = 'indicator' | 'periodEnd' | 'value' | 'achieved' | 'outOf' | 'fromRecords';

const SLOTS: Slot[] = ['indicator', 'periodEnd', 'value', 'achieved', 'outOf', 'fromRecords'];

const HEADERS: Record<Slot, string> = {
  ...(Object.fromEntries(DATA_COLUMNS.map((c) => [c.key, c.header])) as Record<
    Exclude<Slot, 'fromRecords'>,
    string
  >),
  fromRecords: FROM_RECORDS_COLUMN.header,
};

interface ExistingRow {
  number: number;
  cells: Cell[];
  indicator: string;
  periodEnd?: string;
  owned: boolean;
}

export function describeFigure(figure: Figure): string {
  return 'value' in figure ? String(figure.value) : `${figure.achieved} of ${figure.outOf}`;
}

function targetCells(row: ComputedRow, days: CalendarDays): Record<Slot, Cell> {
  const f = row.figure;
  return {
    indicator: row.indicator,
    periodEnd: days.dateOf(row.periodEnd),
    value: 'value' in f ? f.value : '',
    achieved: 'value' in f ? '' : f.achieved,
    outOf: 'value' in f ? '' : f.outOf,
    fromRecords: markOf(row.sourceRow),
  };
}

function sameNumber(cell: Cell, target: Cell): boolean {
  if (target === '') return isBlank(cell);
  const read = readNumber(cell);
  return read.ok && read.value === target;
}

function unchanged(existing: ExistingRow, row: ComputedRow, at: Record<Slot, number>): boolean {
  const f = row.figure;
  const cell = (slot: Slot) => existing.cells[at[slot]];
  return (
    readText(cell('fromRecords')).toLowerCase().replace(/\s+/g, ' ') ===
      markOf(row.sourceRow).toLowerCase() &&
    sameNumber(cell('value'), 'value' in f ? f.value : '') &&
    sameNumber(cell('achieved'), 'value' in f ? '' : f.achieved) &&
    sameNumber(cell('outOf'), 'value' in f ? '' : f.outOf)
  );
}

/** Where each column Update writes is (0-based), and where From records will be when the tab lacks it. */
function dataColumns(tab: HeadedTable, width: number, plan: DataPlan): Record<Slot, number> | undefined {
  const at = {} as Record<Slot, number>;
  const missing: string[] = [];
  for (const slot of SLOTS) {
    const index = tab.indexOf.get(normaliseHeader(HEADERS[slot]));
    if (index !== undefined) at[slot] = index;
    else if (slot === 'fromRecords') {
      at[slot] = width;
      plan.header = { tab: TAB.data, row: tab.headerRow, column: width + 1 };
    } else missing.push(`"${HEADERS[slot]}"`);
  }
  if (missing.length === 0) return at;
  delete plan.header;
  plan.problems.push(
    recordsFinding(
      { tab: TAB.data, row: tab.headerRow, column: 1 },
      `The Data tab has no ${missing.join(', ')} column in its header row; run Set up impact workbook to repair it.`,
    ),
  );
  return undefined;
}

const keyOf = (indicator: string, periodEnd: string) => `${indicator}\u0000${periodEnd}`;

/** The Data tab's rows by indicator and period, and those Update wrote (whatever their period now reads). */
function existingRows(tab: HeadedTable, at: Record<Slot, number>, input: DataPlanInput) {
  const byKey = new Map<string, ExistingRow[]>();
  const owned: ExistingRow[] = [];
  for (const row of tab.rows) {
    const period = readDate(row.cells[at.periodEnd], input.dateOrder, input.days);
    const existing: ExistingRow = {
      number: row.number,
      cells: row.cells,
      indicator: readText(row.cells[at.indicator], input.days),
      ...(period.ok ? { periodEnd: period.value } : {}),
      owned: isMark(row.cells[at.fromRecords]),
    };
    if (existing.owned) owned.push(existing);
    if (!existing.periodEnd) continue;
    const key = keyOf(existing.indicator, existing.periodEnd);
    byKey.set(key, [...(byKey.get(key) ?? []), existing]);
  }
  return { byKey, owned };
}

function keptMessage(row: ComputedRow): string {
  const mark = markOf(row.sourceRow);
  return `${row.indicator} for the period ending ${formatLongDate(row.periodEnd)} was typed here, so the figure from records (${describeFigure(row.figure)}, ${mark}) was not written; to let Update keep this row, write "${mark}" in its From records cell.`;
}

function staleMessage(row: ExistingRow, mark: string, computed: boolean): string {
  const period = row.periodEnd ? ` for the period ending ${formatLongDate(row.periodEnd)}` : '';
  const why = computed
    ? 'but the records give no figure for that period now'
    : `but no Sources row computes ${row.indicator || 'its indicator'}`;
  return `${row.indicator || 'This row'}${period} is marked "${mark}", ${why}; it was left as it is (delete the row if it no longer holds, or clear its From records cell to keep it as your own).`;
}

/**
 * Where the figures from records go on the Data tab. A row for the same indicator and period that the user typed
 * (its From records cell does not name a Sources row) is kept and the figure not written; a row Update wrote before
 * is brought up to date in place; any other figure is added after the last row. Everything written is one
 * rectangle, for one `setValues()`: the cells inside it that are not Update's are written back as they were read,
 * formulas as formulas. A second run on the same records writes nothing.
 */
export function planDataUpdate(input: DataPlanInput): DataPlan {
  const plan: DataPlan = { added: 0, updated: 0, unchanged: 0, kept: [], stale: [], problems: [] };
  const data = input.data ?? [];
  const tab = openTable(TAB.data, data);
  if (tab.headerRow === 0) {
    const empty = 'The Data tab is empty; run Set up impact workbook first.';
    plan.problems.push(recordsFinding({ tab: TAB.data, row: 1, column: 1 }, empty));
    return plan;
  }
  let width = tab.headers.length;
  for (const row of data) width = Math.max(width, row.length);
  const at = dataColumns(tab, width, plan);
  if (!at) return plan;
  const cellAt = (row: number, slot: Slot): CellRef => ({ tab: TAB.data, row, column: at[slot] + 1 });

  const { byKey, owned } = existingRows(tab, at, input);
  const writes = new Map<number, Record<Slot, Cell>>();
  const claimed = new Set<ExistingRow>();
  let next = data.length + 1;
  for (const row of input.rows) {
    const rows = byKey.get(keyOf(row.indicator, row.periodEnd)) ?? [];
    const typed = rows.find((r) => !r.owned);
    const mine = rows.find((r) => r.owned && !claimed.has(r));
    if (typed) {
      const slot: Slot = 'value' in row.figure ? 'value' : 'achieved';
      plan.kept.push(recordsFinding(cellAt(typed.number, slot), keptMessage(row)));
    } else if (mine) {
      claimed.add(mine);
      if (unchanged(mine, row, at)) plan.unchanged++;
      else {
        writes.set(mine.number, targetCells(row, input.days));
        plan.updated++;
      }
    } else {
      writes.set(next++, targetCells(row, input.days));
      plan.added++;
    }
  }
  for (const row of owned) {
    if (claimed.has(row) || input.skipped.has(row.indicator)) continue;
    const message = staleMessage(row, readText(row.cells[at.fromRecords]), input.computed.has(row.indicator));
    plan.stale.push(recordsFinding(cellAt(row.number, 'fromRecords'), message));
  }
  if (writes.size > 0) plan.write = rectangle(writes, at, data, input.formulas);
  return plan;
}

/** Text that starts with "=" is held as text in the sheet; written back bare, Sheets would take it for a formula. */
const asWritten = (cell: Cell): Cell =>
  typeof cell === 'string' && cell.startsWith('=') ? `'${cell}` : cell;

/** The one block that holds every row written; what lies between them is written back as it was read. */
function rectangle(
  writes: Map<number, Record<Slot, Cell>>,
  at: Record<Slot, number>,
  data: Cell[][],
  formulas: string[][] | undefined,
): DataWrite {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const r of writes.keys()) {
    first = Math.min(first, r);
    last = Math.max(last, r);
  }
  const columns = SLOTS.map((slot) => at[slot]);
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  const slotAt = new Map(SLOTS.map((slot) => [at[slot], slot]));
  const values: Cell[][] = [];
  for (let r = first; r <= last; r++) {
    const target = writes.get(r);
    const row: Cell[] = [];
    for (let c = left; c <= right; c++) {
      const slot = slotAt.get(c);
      if (target && slot) row.push(target[slot]);
      else if (target && r > data.length) row.push('');
      else row.push(formulas?.[r - 1]?.[c] || asWritten(data[r - 1]?.[c] ?? ''));
    }
    values.push(row);
  }
  return { row: first, column: left + 1, values };
}
