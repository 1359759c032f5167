import type { Finding } from '../checks/finding';
import { openTable } from '../records/table';
import {
  type Cell,
  describeCell,
  isBlank,
  plainDate,
  plainText,
  readDate,
  readText,
} from '../workbook/cells';
import { a1, type CellRef } from '../workbook/places';
import { type CellContext, type CellReader, normaliseHeader } from '../workbook/tabs';
import { LEARNING_LOG_COLUMNS, LEARNING_LOG_TAB, type LogColumn } from './columns';

export { LEARNING_LOG_COLUMNS, LEARNING_LOG_TAB };

const TEXT: CellReader<string> = {
  read(cell, { days }) {
    const value = readText(cell, days);
    return value
      ? { ok: true, value }
      : { ok: false, fault: `must be text, found ${describeCell(cell, days)}` };
  },
  plain: (cell) => plainText(cell),
};

const DATE: CellReader<string> = {
  expects: 'a date such as 31/03/2026',
  read(cell, { dateOrder, days }) {
    const result = readDate(cell, dateOrder, days);
    if (result.ok) return result;
    const reason = result.reason ? ` (${result.reason})` : '';
    return {
      ok: false,
      fault: `must be a date such as 31/03/2026, found ${describeCell(cell, days)}${reason}`,
    };
  },
  plain: (cell, { days }) => plainDate(cell, days),
};

type Key = LogColumn['key'];

const READERS: Readonly<Record<Key, CellReader<string>>> = {
  date: DATE,
  about: TEXT,
  found: TEXT,
  why: TEXT,
  change: TEXT,
  owner: TEXT,
  reviewBy: DATE,
  watch: TEXT,
};

/** One row of the Learning log, read. `about` is an indicator's or a theory-of-change item's ID. */
export interface LogRow {
  /** The row as Sheets numbers it. */
  row: number;
  date: string;
  about: string;
  found: string;
  why?: string;
  change?: string;
  owner?: string;
  /** The day the decision is to be looked at again. */
  reviewBy?: string;
  /** The indicator that should show whether the change worked. */
  watch?: string;
}

export interface ReadLog {
  rows: LogRow[];
  problems: Finding[];
}

function logFinding(cell: CellRef, message: string): Finding {
  return { checkId: 'data-error', severity: 'error', message, place: a1(cell), cell, docs: 'docs/review.md' };
}

/**
 * The Learning log as `getValues()` gives it, each cell through its column's reader. A row with any problem is left
 * out, and every problem names its cell. A tab that is not there is an empty log: the review needs none to start.
 */
export function readLearningLog(table: readonly Cell[][] | undefined, context: CellContext): ReadLog {
  const tab = openTable(LEARNING_LOG_TAB, table);
  const rows: LogRow[] = [];
  const problems: Finding[] = [];
  if (tab.headerRow === 0) return { rows, problems };
  const indexOf = new Map<Key, number>();
  for (const spec of LEARNING_LOG_COLUMNS) {
    const index = tab.indexOf.get(normaliseHeader(spec.header));
    if (index !== undefined) indexOf.set(spec.key, index);
  }
  const missing = LEARNING_LOG_COLUMNS.filter((c) => c.required && !indexOf.has(c.key)).map(
    (c) => `"${c.header}"`,
  );
  if (missing.length > 0) {
    const cell = { tab: LEARNING_LOG_TAB, row: tab.headerRow, column: 1 };
    const message = `The Learning log has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} in its header row (row ${tab.headerRow}); run Set up impact workbook to repair the tab.`;
    return { rows, problems: [logFinding(cell, message)] };
  }
  for (const line of tab.rows) {
    const cellOf = (key: Key): CellRef => ({
      tab: LEARNING_LOG_TAB,
      row: line.number,
      column: (indexOf.get(key) ?? 0) + 1,
    });
    if (![...indexOf.values()].some((i) => !isBlank(line.cells[i]))) continue;
    const values: Partial<Record<Key, string>> = {};
    let ok = true;
    for (const spec of LEARNING_LOG_COLUMNS) {
      const index = indexOf.get(spec.key);
      const cell = index === undefined ? '' : line.cells[index];
      if (isBlank(cell)) {
        if (spec.required) {
          ok = false;
          problems.push(logFinding(cellOf(spec.key), `${spec.header} is missing.`));
        }
        continue;
      }
      const read = READERS[spec.key].read(cell, context);
      if (read.ok) values[spec.key] = read.value;
      else {
        ok = false;
        problems.push(logFinding(cellOf(spec.key), `${spec.header} ${read.fault}.`));
      }
    }
    if (ok) rows.push({ row: line.number, ...(values as Pick<LogRow, 'date' | 'about' | 'found'>) });
  }
  return { rows, problems };
}
