import type { Measurement } from '../model/schema';
import type { Cell } from './cells';
import type { PlacedColumn, SheetTab } from './sheet-tab';
import type { CellContext, DATA_COLUMNS } from './tabs';

type DataColumn = (typeof DATA_COLUMNS)[number];

/** Each Data column by key, with its index in the tab. */
type DataColumns = { [C in DataColumn as C['key']]: PlacedColumn<C> };

function cellAt(cells: readonly Cell[], index: number | undefined): Cell {
  return index === undefined ? '' : cells[index];
}

/** Empty as Sheets hands it over; a cell of spaces is blank too, but readRow tells it apart. */
function isEmpty(cell: Cell): boolean {
  return cell === '' || cell === null || cell === undefined;
}

/**
 * Reads a Data row's measurement by position, each column's index found once for the tab and each cell through its
 * column's plain reading, when every cell is plain (text, a finite number, a Date, or empty) and reads without a
 * problem: the values readRow would give, in the columns' order. Gives undefined for any other row, which readRow
 * then reads and reports. Each column is read on its own line so that each call site sees one reader: through
 * readRow, which builds a row's values by key through every column's reader in turn, 10,000 plain rows took twice
 * as long.
 */
export function plainMeasurements(
  tab: SheetTab<DataColumn>,
  context: CellContext,
): (cells: readonly Cell[]) => Measurement | undefined {
  const columns = Object.fromEntries(tab.columns.map((column) => [column.spec.key, column])) as DataColumns;
  const { indicator, periodEnd, value, achieved, outOf, note } = columns;
  return (cells) => {
    const indicatorValue = indicator.spec.reader.plain(cellAt(cells, indicator.index), context);
    const periodEndValue = periodEnd.spec.reader.plain(cellAt(cells, periodEnd.index), context);
    if (indicatorValue === undefined || periodEndValue === undefined) return undefined;
    // Begun empty, an object has room for four fields in itself; a literal of two takes a second block for more.
    const measurement = {} as Measurement;
    measurement.indicator = indicatorValue;
    measurement.periodEnd = periodEndValue;
    let cell = cellAt(cells, value.index);
    if (!isEmpty(cell)) {
      const read = value.spec.reader.plain(cell, context);
      if (read === undefined) return undefined;
      measurement.value = read;
    }
    cell = cellAt(cells, achieved.index);
    if (!isEmpty(cell)) {
      const read = achieved.spec.reader.plain(cell, context);
      if (read === undefined) return undefined;
      measurement.achieved = read;
    }
    cell = cellAt(cells, outOf.index);
    if (!isEmpty(cell)) {
      const read = outOf.spec.reader.plain(cell, context);
      if (read === undefined) return undefined;
      measurement.outOf = read;
    }
    cell = cellAt(cells, note.index);
    if (!isEmpty(cell)) {
      const read = note.spec.reader.plain(cell, context);
      if (read === undefined) return undefined;
      measurement.note = read;
    }
    return measurement;
  };
}
