import type { Finding } from '../checks/finding';
import type { Cell } from '../workbook/cells';
import { a1, type CellRef } from '../workbook/places';
import { dataFinding } from '../workbook/result';
import { cellOf, openTab, readRow } from '../workbook/sheet-tab';
import type { CellContext, ColumnSpec, DataTab } from '../workbook/tabs';

/** One row whose every cell could be read, with the cell of each column for messages about the row as a whole. */
export interface ReadRow<K extends string> {
  number: number;
  values: Partial<Record<K, unknown>>;
  cellOf(key: K): CellRef;
}

export interface ReadRows<K extends string> {
  rows: ReadRow<K>[];
  problems: Finding[];
  /** Reports a problem the caller finds in a row (docs/claims.md explains them). */
  report(cell: CellRef, message: string): void;
}

/**
 * A tab read by its headers, as `getValues()` gives it, by the workbook's own tab reader: each cell through its
 * column's reader. A row with a cell that cannot be read is left out, and every problem names its cell.
 */
export function readRows<K extends string>(
  name: string,
  table: Cell[][] | undefined,
  specs: readonly ColumnSpec<K>[],
  context: CellContext,
): ReadRows<K> {
  const problems: Finding[] = [];
  const report = (cell: CellRef, message: string) => {
    problems.push({ ...dataFinding({ place: a1(cell), cell }, message), docs: 'docs/claims.md' });
  };
  // The tab reader takes the workbook's tab names for its messages and cells; Claims is read the same way.
  const tab = openTab(name as DataTab, table, specs, report);
  const rows: ReadRow<K>[] = [];
  for (const number of tab.rows) {
    const read = readRow(tab, number, { context, report });
    if (read.ok)
      rows.push({
        number,
        values: read.values as ReadRow<K>['values'],
        cellOf: (key) => cellOf(tab, number, key),
      });
  }
  return { rows, problems, report };
}
